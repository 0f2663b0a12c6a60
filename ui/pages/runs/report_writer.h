// A run's report as files a colleague can open: the HTML of report_html.h (translated) with its two
// charts (loss, recall) rendered by MetricChart as PNG beside it and its evaluations as CSV beside
// it (linked), and the same document printed to PDF with Qt's own printing (QTextDocument, the
// charts as its image resources, QPrinter at high resolution).
#pragma once
#include "core/jobs/run_report.h"

#include <QCoreApplication>
#include <QString>

namespace clipft::ui {

class MetricChart;

struct ReportFiles {
    QString html, pdf, csv, loss_chart, recall_chart;
};

class ReportWriter {
    Q_DECLARE_TR_FUNCTIONS(ReportWriter)
public:
    // Writes `html_path` with <name>-loss.png, <name>-recall.png and <name>-evaluations.csv beside
    // it (<name>: the HTML file's name without its suffix), and `pdf_path` unless it is empty.
    // False, with `error` saying which file could not be written, on failure.
    static bool write(const RunReport& report, const QString& html_path, const QString& pdf_path, QString* error,
                      ReportFiles* written = nullptr);
    // The report's two charts of one run (the chart widgets are the page's own kind).
    static void fillLossChart(MetricChart& chart, const RunReport& report);
    static void fillRecallChart(MetricChart& chart, const RunReport& report);
    // A raw series drawn faint under its smoothed line needs no legend entry of its own.
    static void leaveOutOfLegend(MetricChart& chart, int series);
    // Prints `html` (its images given as resources under the names its <img src> uses) to PDF.
    static bool printPdf(const QString& html, const QList<QPair<QString, QString>>& images, const QString& pdf_path);
};

}  // namespace clipft::ui
