// The Runs page's words and tables for a run's records: its status, metric and setting names as a
// user reads them (translated), numbers as people compare them (recall to 3 decimals, deltas
// signed), its settings side by side with other runs' (the rows that differ in bold), and its
// evaluations (step, α, split, every metric).
#pragma once
#include "core/jobs/run_report.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

class QStandardItemModel;

namespace clipft::ui {

class RunText {
    Q_DECLARE_TR_FUNCTIONS(RunText)
public:
    static QString status(RunStatus status);          // "completed", "stopped", "interrupted", ...
    static QString statusDetail(const RunOverview& run);  // the status with its message, for a tooltip
    static QString metric(const QString& key);         // "image R@5", "text R@1", "val loss", ...
    static QString settingLabel(const RunSetting& setting);
    static QString settingValue(const RunSetting& setting);
    static QString recall(double value);       // 0.412 (the locale's decimal point)
    static QString signedDelta(double value);  // +0.034, −0.010
    static QString metricValue(const QString& key, double value);  // recall 3 decimals, ranks 1, loss 4
    static QString duration(qint64 milliseconds);
    static QString runLabel(qint64 run);  // "run 3": the chart's legend
};

// Columns: the setting, then one per run. Also the runs' dataset, base model and output folder.
// With two or more runs the rows whose values differ are bold.
void fillSettingsTable(QStandardItemModel* model, const QList<const RunReport*>& runs);
// Columns: step, WiSE-FT α, split, then each metric present; numbers aligned right, with
// Qt::UserRole holding the number (for sorting and tests).
void fillEvaluationsTable(QStandardItemModel* model, const RunReport& report);

}  // namespace clipft::ui
