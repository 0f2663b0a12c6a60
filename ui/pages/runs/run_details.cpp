#include "ui/pages/runs/run_details.h"

#include <QDir>
#include <QFont>
#include <QHash>
#include <QLocale>
#include <QStandardItemModel>

#include <algorithm>
#include <cmath>

namespace clipft::ui {

QString RunText::status(RunStatus status) {
    switch (status) {
        case RunStatus::Created: return tr("created");
        case RunStatus::Running: return tr("running");
        case RunStatus::Completed: return tr("completed");
        case RunStatus::Failed: return tr("failed");
        case RunStatus::Cancelled: return tr("stopped");
        case RunStatus::Interrupted: return tr("interrupted");
    }
    return QString();
}

QString RunText::statusDetail(const RunOverview& run) {
    const QString message = QString::fromStdString(run.run.status_message);
    switch (run.status) {
        case RunStatus::Interrupted:
            return tr("Interrupted: the process training it ended without stopping it (closed, killed or crashed). "
                      "Continue it from its last checkpoint.");
        case RunStatus::Failed: return tr("Failed: %1").arg(message.isEmpty() ? tr("no reason was recorded") : message);
        case RunStatus::Cancelled: return tr("Stopped: %1. Continue it from its last checkpoint.").arg(message);
        case RunStatus::Running: return tr("Training now");
        case RunStatus::Completed:
            // The stored message says it ("completed 24 steps", "stopped early at step 300").
            return message.isEmpty() ? status(run.status) : message;
        default: return message.isEmpty() ? status(run.status) : tr("%1: %2").arg(status(run.status), message);
    }
}

QString RunText::metric(const QString& key) {
    static const QHash<QString, QString> names{
        {"image_retrieval_recall@1", tr("image R@1")},
        {"image_retrieval_recall@5", tr("image R@5")},
        {"image_retrieval_recall@10", tr("image R@10")},
        {"text_retrieval_recall@1", tr("text R@1")},
        {"text_retrieval_recall@5", tr("text R@5")},
        {"text_retrieval_recall@10", tr("text R@10")},
        {"image_retrieval_mean_rank", tr("image mean rank")},
        {"image_retrieval_median_rank", tr("image median rank")},
        {"text_retrieval_mean_rank", tr("text mean rank")},
        {"text_retrieval_median_rank", tr("text median rank")},
        {"clip_val_loss", tr("val loss")},
    };
    return names.value(key, key);
}

QString RunText::settingLabel(const RunSetting& setting) {
    static const QHash<QString, QString> labels{
        {"epochs", tr("Epochs")},
        {"max_steps", tr("Steps (at most)")},
        {"batch_size", tr("Batch size")},
        {"accum_steps", tr("Gradient accumulation (micro-batches)")},
        {"lr", tr("Learning rate")},
        {"weight_decay", tr("Weight decay")},
        {"beta1", tr("AdamW β1")},
        {"beta2", tr("AdamW β2")},
        {"eps", tr("AdamW ε")},
        {"warmup_steps", tr("Warmup steps")},
        {"grad_clip_norm", tr("Gradient clipping (norm)")},
        {"lock_image", tr("Image tower: trainable groups")},
        {"lock_text", tr("Text tower: trainable groups")},
        {"augment", tr("Augmentation")},
        {"include_search_feedback", tr("Train on search feedback")},
        {"train_logit_scale", tr("Train the logit scale")},
        {"precision", tr("Precision")},
        {"eval_every", tr("Evaluate every (steps)")},
        {"eval_at_start", tr("Evaluate before training")},
        {"checkpoint_every", tr("Checkpoint every (steps)")},
        {"log_every", tr("Log every (steps)")},
        {"best_metric", tr("Best model by")},
        {"early_stopping_patience", tr("Early stopping patience")},
        {"early_stopping_min_delta", tr("Early stopping minimum change")},
        {"max_bad_steps", tr("Bad steps tolerated")},
        {"seed", tr("Seed")},
        {"loader_threads", tr("Loader threads")},
    };
    const QString key = QString::fromStdString(setting.key);
    return labels.value(key, QString::fromStdString(setting.label));
}

QString RunText::settingValue(const RunSetting& setting) {
    // The words core/jobs/run_report.cpp uses for values whose raw form says little.
    static const QHash<QString, QString> words{
        {"yes", tr("yes")},
        {"no", tr("no")},
        {"off", tr("off")},
        {"all (not locked)", tr("all (not locked)")},
        {"— (the epochs decide)", tr("— (the epochs decide)")},
        {"each epoch's end", tr("each epoch's end")},
        {"at each evaluation", tr("at each evaluation")},
        {"one per core", tr("one per core")},
        {"automatic (10%, at most 500)", tr("automatic (10%, at most 500)")},
    };
    const QString value = QString::fromStdString(setting.value);
    if (setting.key == "best_metric") return metric(value);
    return words.value(value, value);
}

QString RunText::recall(double value) {
    if (std::isnan(value)) return QStringLiteral("—");
    return QLocale().toString(value, 'f', 3);
}

QString RunText::signedDelta(double value) {
    if (std::isnan(value)) return QStringLiteral("—");
    const QString number = QLocale().toString(std::abs(value), 'f', 3);
    return (value < 0 ? QStringLiteral("−") : QStringLiteral("+")) + number;
}

QString RunText::metricValue(const QString& key, double value) {
    if (std::isnan(value)) return QStringLiteral("—");
    if (key.contains("recall")) return recall(value);
    if (key.contains("rank")) return QLocale().toString(value, 'f', 1);
    return QLocale().toString(value, 'f', 4);
}

QString RunText::duration(qint64 ms) {
    const qint64 s = std::max<qint64>(0, ms / 1000);
    if (s >= 3600) return tr("%1 h %2 min").arg(s / 3600).arg(s / 60 % 60, 2, 10, QChar('0'));
    if (s >= 60) return tr("%1 min %2 s").arg(s / 60).arg(s % 60, 2, 10, QChar('0'));
    return tr("%1 s").arg(s);
}

QString RunText::runLabel(qint64 run) { return tr("run %1").arg(run); }

void fillSettingsTable(QStandardItemModel* model, const QList<const RunReport*>& runs) {
    model->clear();
    QStringList header{RunText::tr("Setting")};
    for (const RunReport* r : runs)
        header << (runs.size() == 1 ? RunText::tr("Value") : RunText::runLabel(r->overview.run.id));
    model->setHorizontalHeaderLabels(header);

    // The rows: the run's context first, then its settings in their order (union over the runs).
    struct Row {
        QString key, label;
        QStringList values;
    };
    QList<Row> rows;
    const auto rowOf = [&](const QString& key, const QString& label) -> Row& {
        for (Row& row : rows)
            if (row.key == key) return row;
        rows.append({key, label, QStringList()});
        for (int i = 0; i < runs.size(); ++i) rows.last().values << QStringLiteral("—");
        return rows.last();
    };
    for (int i = 0; i < runs.size(); ++i) {
        const RunOverview& o = runs[i]->overview;
        rowOf("@dataset", RunText::tr("Dataset")).values[i] = QString::fromStdString(o.dataset);
        rowOf("@model", RunText::tr("Base model")).values[i] = QDir::toNativeSeparators(QString::fromStdString(o.run.base_model_path));
        rowOf("@output", RunText::tr("Output folder")).values[i] = QDir::toNativeSeparators(QString::fromStdString(o.run.output_dir));
    }
    for (int i = 0; i < runs.size(); ++i)
        for (const RunSetting& s : runs[i]->settings)
            rowOf(QString::fromStdString(s.key), RunText::settingLabel(s)).values[i] = RunText::settingValue(s);

    for (const Row& row : rows) {
        QList<QStandardItem*> items;
        auto* label = new QStandardItem(row.label);
        if (!row.key.startsWith('@')) label->setToolTip(row.key);
        items << label;
        bool differs = false;
        for (const QString& v : row.values) {
            differs |= v != row.values.first();
            auto* item = new QStandardItem(v);
            item->setToolTip(v);
            items << item;
        }
        if (differs && runs.size() > 1 && !row.key.startsWith('@')) {
            for (QStandardItem* item : items) {
                QFont font = item->font();
                font.setBold(true);
                item->setFont(font);
            }
            label->setToolTip(RunText::tr("%1: differs between the runs").arg(row.key));
        }
        for (QStandardItem* item : items) item->setEditable(false);
        model->appendRow(items);
    }
}

void fillEvaluationsTable(QStandardItemModel* model, const RunReport& report) {
    model->clear();
    QStringList header{RunText::tr("Step"), RunText::tr("WiSE-FT α"), RunText::tr("Split")};
    for (const std::string& key : report.metric_keys) header << RunText::metric(QString::fromStdString(key));
    model->setHorizontalHeaderLabels(header);
    const Qt::Alignment right = Qt::AlignRight | Qt::AlignVCenter;
    for (int c = 0; c < int(report.metric_keys.size()); ++c) {
        model->horizontalHeaderItem(3 + c)->setToolTip(QString::fromStdString(report.metric_keys[size_t(c)]));
        model->horizontalHeaderItem(3 + c)->setTextAlignment(right);
    }
    model->horizontalHeaderItem(0)->setTextAlignment(right);
    model->horizontalHeaderItem(1)->setTextAlignment(right);
    const QLocale locale;
    for (const RunEvaluation& e : report.evaluations) {
        QList<QStandardItem*> items;
        auto* step = new QStandardItem(e.step ? locale.toString(qlonglong(*e.step)) : QStringLiteral("—"));
        step->setData(e.step ? QVariant(qlonglong(*e.step)) : QVariant(), Qt::UserRole);
        step->setTextAlignment(right);
        if (!e.step)
            step->setToolTip(RunText::tr("Evaluated after training (%1)").arg(QString::fromStdString(formatLocalTime(e.created_ms))));
        auto* alpha = new QStandardItem(e.wise_ft_alpha ? locale.toString(*e.wise_ft_alpha, 'f', 2) : QStringLiteral("—"));
        alpha->setData(e.wise_ft_alpha ? QVariant(*e.wise_ft_alpha) : QVariant(), Qt::UserRole);
        alpha->setTextAlignment(right);
        items << step << alpha << new QStandardItem(QString::fromStdString(e.split));
        for (const std::string& key : report.metric_keys) {
            const auto value = e.metric(key);
            auto* item = new QStandardItem(value ? RunText::metricValue(QString::fromStdString(key), *value) : QStringLiteral("—"));
            if (value) item->setData(*value, Qt::UserRole);
            item->setTextAlignment(right);
            items << item;
        }
        for (QStandardItem* item : items) item->setEditable(false);
        model->appendRow(items);
    }
}

}  // namespace clipft::ui
