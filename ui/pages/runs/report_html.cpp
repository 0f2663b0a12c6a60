#include "ui/pages/runs/report_html.h"

#include "ui/pages/runs/run_details.h"

#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QLocale>
#include <QStringList>

#include <cmath>
#include <vector>

namespace clipft::ui {

namespace {

const QString kHeadline = QStringLiteral("image_retrieval_recall@5");
const QString kDash = QStringLiteral("—");

// No grid lines (QTextDocument and browsers draw those differently); a shaded header row.
const QString kTable = QStringLiteral("<table cellspacing=\"0\" cellpadding=\"4\">\n");
const QString kWideTable = QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"4\">\n");
// QTextDocument puts no space between a table and what follows it.
const QString kGap = QStringLiteral("<p class=\"gap\">&nbsp;</p>\n");

QString esc(const QString& text) { return text.toHtmlEscaped(); }

QString path(const std::string& text) { return QDir::toNativeSeparators(QString::fromStdString(text)); }

QString count(int64_t value) { return QLocale().toString(qlonglong(value)); }

QString when(int64_t unix_ms) {
    return QLocale().toString(QDateTime::fromMSecsSinceEpoch(unix_ms), QLocale::ShortFormat);
}

// The locale's sign always, as "+0.034" / "-0.010" (also "+0.000"): a change reads as one.
QString signedNumber(double value, int decimals) {
    const QLocale locale;
    return (std::signbit(value) ? locale.negativeSign() : locale.positiveSign()) +
           locale.toString(std::abs(value), 'f', decimals);
}

QString signedDelta(double value) { return std::isnan(value) ? kDash : signedNumber(value, 3); }

QString relative(double value) {
    return std::isnan(value) ? kDash : signedNumber(100.0 * value, 1) + QLocale().percent();
}

// The dataset's split as a user reads it ("train", "val", "test": the names clipft's options use).
QString splitName(const std::string& split) {
    if (split == "train") return ReportHtml::tr("train", "the dataset's training split");
    if (split == "val") return ReportHtml::tr("val", "the dataset's validation split");
    if (split == "test") return ReportHtml::tr("test", "the dataset's test split");
    return QString::fromStdString(split);
}

// The status word as the Runs page says it; the stored message (the engine's English) only where
// it tells what nothing else in the report does: why a run failed.
QString statusText(const RunOverview& o) {
    const QString status = RunText::status(o.status);
    const std::string& message = o.run.status_message;
    switch (o.status) {
        case RunStatus::Completed:
            // "stopped early at step 300" (early stopping) or "completed 300 steps": the steps show beside.
            if (message.rfind("stopped early", 0) == 0)
                return ReportHtml::tr("%1 (stopped early)", "a completed run's status").arg(status);
            return status;
        case RunStatus::Failed:
            return message.empty() ? status
                                   : ReportHtml::tr("%1 (%2)", "a failed run's status (the reason)")
                                         .arg(status, QString::fromStdString(message));
        default: return status;
    }
}

// A table row; each cell is plain text (escaped here).
void appendRow(QString& out, const QStringList& cells, const std::vector<bool>& right, bool header = false) {
    const QString tag = header ? QStringLiteral("th") : QStringLiteral("td");
    out += QStringLiteral("<tr>");
    for (int i = 0; i < cells.size(); ++i) {
        out += QStringLiteral("<%1 align=\"%2\"%3>%4</%1>")
                   .arg(tag,
                        size_t(i) < right.size() && right[size_t(i)] ? QStringLiteral("right") : QStringLiteral("left"),
                        i == 0 ? QStringLiteral(" nowrap") : QString(), esc(cells[i]));
    }
    out += QStringLiteral("</tr>\n");
}

double valueOf(const std::map<std::string, double>& metrics, const QString& key) {
    const auto found = metrics.find(key.toStdString());
    return found == metrics.end() ? std::nan("") : found->second;
}

void appendBeforeAfter(QString& out, const BeforeAfter& ba) {
    out += QStringLiteral("<h2>%1</h2>\n").arg(esc(ReportHtml::tr("Before and after fine-tuning")));
    if (!ba.available) {
        out += QStringLiteral("<p>%1</p>\n")
                   .arg(esc(ReportHtml::tr(
                       "This run has no evaluation before training and after it to compare (it evaluates on the "
                       "dataset's val split; a run without one, or stopped before its first evaluation, has none).")));
        return;
    }
    const QString headline = RunText::metric(kHeadline);
    out += kWideTable;
    appendRow(out,
              {ReportHtml::tr("model"), ReportHtml::tr("dataset"),
               ReportHtml::tr("%1 before", "the column of the metric before training").arg(headline),
               ReportHtml::tr("after"), ReportHtml::tr("relative", "the relative change")},
              {false, false, true, true, true}, true);
    appendRow(out,
              {QString::fromStdString(ba.model),
               ReportHtml::tr("%1 (%2 split, %Ln image(s))", "dataset name, split name, the split's images",
                              int(ba.split_images))
                   .arg(QString::fromStdString(ba.dataset), splitName(ba.split)),
               RunText::recall(valueOf(ba.before, kHeadline)), RunText::recall(valueOf(ba.after, kHeadline)),
               ba.relative_improvement ? relative(*ba.relative_improvement) : kDash},
              {false, false, true, true, true});
    out += QStringLiteral("</table>\n") + kGap + kWideTable;

    QStringList header{QString()}, before{ReportHtml::tr("before")}, after{ReportHtml::tr("after")},
        change{ReportHtml::tr("change")};
    std::vector<bool> right{false};
    for (const std::string& key : beforeAfterMetricKeys()) {
        const QString name = QString::fromStdString(key);
        header << RunText::metric(name);
        right.push_back(true);
        const double b = valueOf(ba.before, name), a = valueOf(ba.after, name);
        before << RunText::recall(b);
        after << RunText::recall(a);
        change << signedDelta(a - b);
    }
    appendRow(out, header, right, true);
    appendRow(out, before, right);
    appendRow(out, after, right);
    appendRow(out, change, right);
    out +=
        QStringLiteral("</table>\n<p class=\"note\">%1</p>\n")
            .arg(esc(ReportHtml::tr(
                         "before: the model at step %1 (the pre-trained one); after: the run's best model (step %2). "
                         "image = text-to-image recall (a caption finds its image), text = image-to-text recall; "
                         "relative = the change of %3 over its value before.")
                         .arg(count(ba.before_step), count(ba.after_step), headline)));
}

void appendSettings(QString& out, const RunReport& r) {
    out += QStringLiteral("<h2>%1</h2>\n").arg(esc(ReportHtml::tr("Settings"))) + kTable;
    appendRow(out, {ReportHtml::tr("setting"), ReportHtml::tr("value")}, {false, false}, true);
    appendRow(out, {ReportHtml::tr("base model"), path(r.overview.run.base_model_path)}, {false, false});
    appendRow(out, {ReportHtml::tr("output folder"), path(r.overview.run.output_dir)}, {false, false});
    for (const RunSetting& s : r.settings)
        appendRow(out, {RunText::settingLabel(s), RunText::settingValue(s)}, {false, false});
    out += QStringLiteral("</table>\n") + kGap;
}

void appendDataset(QString& out, const RunReport& r) {
    out += QStringLiteral("<h2>%1</h2>\n").arg(esc(ReportHtml::tr("Dataset")));
    if (!r.dataset) {
        out += QStringLiteral("<p>%1</p>\n").arg(esc(ReportHtml::tr("The run's dataset is no longer in the project.")));
        return;
    }
    const DatasetInfo& d = *r.dataset;
    const DatasetStats& s = r.dataset_stats;
    out += kTable;
    appendRow(out, {ReportHtml::tr("name", "the dataset's"), QString::fromStdString(d.name)}, {false, false});
    appendRow(out, {ReportHtml::tr("format", "the dataset's"), QString::fromStdString(d.format)}, {false, false});
    appendRow(out, {ReportHtml::tr("source", "the folder or file the dataset was imported from"), path(d.source_path)},
              {false, false});
    appendRow(out, {ReportHtml::tr("imported", "when the dataset was imported"), when(d.created_ms)}, {false, false});
    out += QStringLiteral("</table>\n") + kGap + kTable;
    appendRow(out, {ReportHtml::tr("split"), ReportHtml::tr("images"), ReportHtml::tr("captions")}, {false, true, true},
              true);
    appendRow(out, {splitName("train"), count(s.train.images), count(s.train.captions)}, {false, true, true});
    appendRow(out, {splitName("val"), count(s.val.images), count(s.val.captions)}, {false, true, true});
    appendRow(out, {splitName("test"), count(s.test.images), count(s.test.captions)}, {false, true, true});
    if (s.unsplit.images > 0)
        appendRow(
            out, {ReportHtml::tr("no split", "images in no split"), count(s.unsplit.images), count(s.unsplit.captions)},
            {false, true, true});
    appendRow(out, {ReportHtml::tr("all", "every split"), count(s.images), count(s.captions)}, {false, true, true});
    out += QStringLiteral("</table>\n") + kGap;
    if (s.problem_images > 0)
        out += QStringLiteral("<p class=\"note\">%1</p>\n")
                   .arg(esc(ReportHtml::tr("%Ln image(s) were not usable at import (see the import report).", nullptr,
                                           int(s.problem_images))));
}

void appendEvaluations(QString& out, const RunReport& r, const ReportLinks& links) {
    out += QStringLiteral("<h2>%1</h2>\n").arg(esc(ReportHtml::tr("Evaluations")));
    if (r.evaluations.empty()) {
        out += QStringLiteral("<p>%1</p>\n").arg(esc(ReportHtml::tr("None yet.", "no evaluations")));
        return;
    }
    if (!links.csv.isEmpty()) {
        const QString link =
            QStringLiteral("<a href=\"%1\">%2</a>").arg(esc(links.csv), esc(QFileInfo(links.csv).fileName()));
        out += QStringLiteral("<p>%1</p>\n")
                   .arg(esc(ReportHtml::tr("Every number below, with the ranks and the validation loss: %1 (CSV)."))
                            .arg(link));
    }
    QStringList keys;
    for (const std::string& key : r.metric_keys)
        if (key.find("recall") != std::string::npos || key == "clip_val_loss") keys << QString::fromStdString(key);
    out += kTable;
    QStringList header{ReportHtml::tr("step"), ReportHtml::tr("WiSE-FT α"), ReportHtml::tr("split")};
    std::vector<bool> right{true, true, false};
    for (const QString& key : keys) {
        header << RunText::metric(key);
        right.push_back(true);
    }
    appendRow(out, header, right, true);
    const QLocale locale;
    for (const RunEvaluation& e : r.evaluations) {
        QStringList cells{e.step ? count(*e.step) : kDash,
                          e.wise_ft_alpha ? locale.toString(*e.wise_ft_alpha, 'f', 2) : kDash, splitName(e.split)};
        for (const QString& key : keys) {
            const auto v = e.metric(key.toStdString());
            cells << (v ? RunText::metricValue(key, *v) : kDash);
        }
        appendRow(out, cells, right);
    }
    out += QStringLiteral("</table>\n");
}

}  // namespace

QString renderRunReportHtml(const RunReport& r, const ReportLinks& links) {
    const RunOverview& o = r.overview;
    const RunInfo& run = o.run;
    const QString id = QString::number(run.id), name = QString::fromStdString(run.name);
    QString out;
    out += QStringLiteral("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\">\n<title>%1</title>\n")
               .arg(esc(ReportHtml::tr("clipft run %1: %2", "the document's title: run id, run name").arg(id, name)));
    out += QStringLiteral(
        "<style>\n"
        "body { font-family: sans-serif; font-size: 10pt; color: #222; }\n"
        "h1 { font-size: 16pt; margin-bottom: 2pt; }\n"
        "h2 { font-size: 12pt; margin-top: 14pt; margin-bottom: 4pt; }\n"
        "table { margin-bottom: 6pt; }\n"
        "th { background-color: #e8e8e8; font-weight: bold; }\n"
        ".meta { color: #555; }\n"
        ".note { color: #555; font-size: 9pt; }\n"
        ".gap { font-size: 4pt; margin: 0; }\n"
        "</style></head>\n<body>\n");
    out += QStringLiteral("<h1>%1</h1>\n")
               .arg(esc(ReportHtml::tr("Run %1: %2", "the heading: run id, run name").arg(id, name)));

    const QStringList meta{
        statusText(o),
        ReportHtml::tr("dataset %1")
            .arg(o.dataset.empty() ? ReportHtml::tr("(deleted)", "the run's dataset")
                                   : QString::fromStdString(o.dataset)),
        ReportHtml::tr("base model %1").arg(QString::fromStdString(o.model)),
        ReportHtml::tr("%Ln step(s)", nullptr, int(o.steps)),
        ReportHtml::tr("started %1").arg(when(run.created_ms)),
        RunText::duration(o.duration_ms).replace(QChar(' '), QChar(0x00A0)),  // "3 min 05 s" on one line
    };
    out += QStringLiteral("<p class=\"meta\">%1</p>\n").arg(esc(meta.join(QStringLiteral(" · "))));

    appendBeforeAfter(out, r.before_after);

    if (!links.loss_chart.isEmpty() || !links.recall_chart.isEmpty()) {
        out += QStringLiteral("<h2>%1</h2>\n").arg(esc(ReportHtml::tr("Training curves")));
        for (const QString& chart : {links.loss_chart, links.recall_chart})
            if (!chart.isEmpty())
                out += QStringLiteral("<p><img src=\"%1\" width=\"%2\"></p>\n")
                           .arg(esc(chart), QString::number(links.chart_width));
    }

    appendSettings(out, r);
    appendDataset(out, r);
    appendEvaluations(out, r, links);
    out += QStringLiteral("<p class=\"note\">%1</p>\n</body></html>\n")
               .arg(esc(ReportHtml::tr("Made by clipft %1 on %2 from the project's records.")
                            .arg(QString::fromUtf8(CLIPFT_VERSION), when(r.generated_ms))));
    return out;
}

}  // namespace clipft::ui
