#include "ui/pages/runs/report_writer.h"

#include "ui/pages/runs/report_html.h"
#include "ui/pages/runs/run_details.h"
#include "ui/widgets/metric_chart.h"

#include <qcustomplot.h>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QMarginsF>
#include <QPageLayout>
#include <QPageSize>
#include <QPrinter>
#include <QSaveFile>
#include <QTextDocument>
#include <QUrl>

namespace clipft::ui {

namespace {

// The charts are laid out at 600×320 (the width they are shown at in the page) and drawn at twice
// that, so that their text is legible in print and sharp on screen.
constexpr int kChartWidth = 600, kChartHeight = 320;
constexpr double kChartScale = 2.0;

bool writeText(const QString& path, const QByteArray& text) {
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) return false;
    file.write(text);
    return file.commit();
}

bool writeText(const QString& path, const std::string& text) {
    return writeText(path, QByteArray::fromRawData(text.data(), qsizetype(text.size())));
}

void addCurve(MetricChart& chart, const RunReport& report, const std::string& name, int series) {
    const auto found = report.curves.find(name);
    if (found == report.curves.end()) return;
    QVector<double> x, y;
    for (const auto& [step, value] : found->second) {
        x << double(step);
        y << value;
    }
    chart.addPoints(series, x, y);
}

// The chart as PNG: MetricChart's own export, or else a grab of the widget at that size.
bool renderChart(MetricChart& chart, const QString& path) {
    chart.resize(kChartWidth, kChartHeight);
    chart.replotNow();
    if (chart.plot()->savePng(path, kChartWidth, kChartHeight, kChartScale) && QFileInfo(path).size() > 0) return true;
    if (chart.exportPng(path, int(kChartWidth * kChartScale), int(kChartHeight * kChartScale)) && QFileInfo(path).size() > 0)
        return true;
    return chart.grab().save(path, "PNG");
}

}  // namespace

void ReportWriter::leaveOutOfLegend(MetricChart& chart, int series) {
    QCustomPlot* plot = chart.plot();
    for (int i = 0; i < plot->graphCount(); ++i)
        if (plot->graph(i)->name() == chart.seriesName(series)) plot->graph(i)->removeFromLegend();
}

void ReportWriter::fillLossChart(MetricChart& chart, const RunReport& report) {
    chart.setAxisLabels(tr("step"), tr("loss"));
    const int raw = chart.addSeries(tr("training loss"), QColor(31, 119, 180), MetricChart::Style::Faint);
    leaveOutOfLegend(chart, raw);
    chart.addSmoothedSeries(raw, tr("training loss (smoothed)"), QColor(31, 119, 180));
    addCurve(chart, report, "loss", raw);
    if (report.curves.count("val/clip_val_loss")) {
        const int val = chart.addSeries(tr("validation loss"), QColor(214, 39, 40), MetricChart::Style::LineAndPoints);
        addCurve(chart, report, "val/clip_val_loss", val);
    }
}

void ReportWriter::fillRecallChart(MetricChart& chart, const RunReport& report) {
    chart.setAxisLabels(tr("step"), tr("recall@5 (val split)"));
    const int image = chart.addSeries(RunText::metric("image_retrieval_recall@5"), QColor(31, 119, 180),
                                      MetricChart::Style::LineAndPoints);
    const int text = chart.addSeries(RunText::metric("text_retrieval_recall@5"), QColor(255, 127, 14),
                                     MetricChart::Style::LineAndPoints);
    addCurve(chart, report, "val/image_retrieval_recall@5", image);
    addCurve(chart, report, "val/text_retrieval_recall@5", text);
}

bool ReportWriter::printPdf(const QString& html, const QList<QPair<QString, QString>>& images, const QString& pdf_path) {
    QTextDocument document;
    for (const auto& [name, file] : images) {
        const QImage image(file);
        if (!image.isNull()) document.addResource(QTextDocument::ImageResource, QUrl(name), image);
    }
    document.setHtml(html);
    QPrinter printer(QPrinter::HighResolution);
    printer.setOutputFormat(QPrinter::PdfFormat);
    printer.setOutputFileName(pdf_path);
    // No margins of the printer's own: QTextDocument::print() lays the page out with 2 cm margins
    // (and numbers the pages).
    printer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(0, 0, 0, 0),
                                      QPageLayout::Millimeter));
    printer.setDocName(document.metaInformation(QTextDocument::DocumentTitle));
    printer.setCreator(QStringLiteral("clipft Studio"));
    document.print(&printer);
    return QFileInfo(pdf_path).exists() && QFileInfo(pdf_path).size() > 0;
}

bool ReportWriter::write(const RunReport& report, const QString& html_path, const QString& pdf_path, QString* error,
                         ReportFiles* written) {
    const QFileInfo html_info(html_path);
    const QDir dir = html_info.absoluteDir();
    if (!dir.exists() && !QDir().mkpath(dir.absolutePath())) {
        if (error) *error = tr("The folder %1 cannot be created.").arg(QDir::toNativeSeparators(dir.absolutePath()));
        return false;
    }
    const QString base = html_info.completeBaseName();
    ReportFiles files;
    files.html = html_info.absoluteFilePath();
    files.csv = dir.filePath(base + "-evaluations.csv");
    files.loss_chart = dir.filePath(base + "-loss.png");
    files.recall_chart = dir.filePath(base + "-recall.png");
    files.pdf = pdf_path.isEmpty() ? QString() : QFileInfo(pdf_path).absoluteFilePath();
    const auto fail = [&](const QString& path) {
        if (error) *error = tr("%1 cannot be written: check that the folder is writable and the disk has room.")
                                .arg(QDir::toNativeSeparators(path));
        return false;
    };

    ReportLinks links;
    {
        MetricChart loss(tr("Loss"));
        fillLossChart(loss, report);
        if (renderChart(loss, files.loss_chart)) links.loss_chart = QFileInfo(files.loss_chart).fileName();
        else return fail(files.loss_chart);
    }
    const bool has_recall = report.curves.count("val/image_retrieval_recall@5") || report.curves.count("val/text_retrieval_recall@5");
    if (has_recall) {
        MetricChart recall(tr("Recall"));
        fillRecallChart(recall, report);
        if (renderChart(recall, files.recall_chart)) links.recall_chart = QFileInfo(files.recall_chart).fileName();
        else return fail(files.recall_chart);
    } else {
        files.recall_chart.clear();
    }
    if (!writeText(files.csv, renderRunReportCsv(report))) return fail(files.csv);
    links.csv = QFileInfo(files.csv).fileName();
    const QString html = renderRunReportHtml(report, links);
    if (!writeText(files.html, html.toUtf8())) return fail(files.html);

    if (!files.pdf.isEmpty()) {
        QList<QPair<QString, QString>> images;
        if (!links.loss_chart.isEmpty()) images.append({links.loss_chart, files.loss_chart});
        if (!links.recall_chart.isEmpty()) images.append({links.recall_chart, files.recall_chart});
        QFile::remove(files.pdf);
        if (!printPdf(html, images, files.pdf)) return fail(files.pdf);
    }
    if (written) *written = files;
    return true;
}

}  // namespace clipft::ui
