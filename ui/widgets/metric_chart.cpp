#include "ui/widgets/metric_chart.h"

#include <qcustomplot.h>

#include <QContextMenuEvent>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QMap>
#include <QMenu>
#include <QTextStream>
#include <QTimer>
#include <QToolTip>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>
#include <limits>

namespace clipft::ui {

namespace {

constexpr int kReplotIntervalMs = 50;  // ~20 redraws a second, however fast points come
constexpr double kHoverRadiusPx = 24;

QString formatValue(double value) {
    if (!std::isfinite(value)) return QString::number(value);
    const double magnitude = std::abs(value);
    if (magnitude != 0 && (magnitude < 1e-3 || magnitude >= 1e5)) return QString::number(value, 'e', 3);
    return QString::number(value, 'f', magnitude < 1 ? 4 : 3);
}

}  // namespace

MetricChart::MetricChart(const QString& title, QWidget* parent) : QWidget(parent), title_(title) {
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    plot_ = new QCustomPlot(this);
    plot_->setMinimumSize(240, 150);
    plot_->setInteractions(QCP::iRangeDrag | QCP::iRangeZoom);
    plot_->setNoAntialiasingOnDrag(true);
    plot_->setContextMenuPolicy(Qt::NoContextMenu);  // ours, from contextMenuEvent
    plot_->setMouseTracking(true);
    layout->addWidget(plot_);

    // Follow the palette (light or dark theme), not QCustomPlot's white.
    const QPalette p = palette();
    plot_->setBackground(p.color(QPalette::Base));
    for (QCPAxis* axis : {plot_->xAxis, plot_->yAxis, plot_->yAxis2}) {
        axis->setBasePen(QPen(p.color(QPalette::Mid)));
        axis->setTickPen(QPen(p.color(QPalette::Mid)));
        axis->setSubTickPen(QPen(p.color(QPalette::Mid)));
        axis->setTickLabelColor(p.color(QPalette::Text));
        axis->setLabelColor(p.color(QPalette::Text));
        axis->grid()->setPen(QPen(p.color(QPalette::Midlight), 0, Qt::DotLine));
    }
    // Steps are whole numbers: ticks at 1, 2, 5, 10, ... steps apart, never at 2.5.
    QSharedPointer<QCPAxisTickerFixed> steps(new QCPAxisTickerFixed);
    steps->setTickStep(1.0);
    steps->setScaleStrategy(QCPAxisTickerFixed::ssMultiples);
    plot_->xAxis->setTicker(steps);
    plot_->plotLayout()->insertRow(0);
    auto* heading = new QCPTextElement(plot_, title, QFont(font().family(), font().pointSize(), QFont::DemiBold));
    heading->setTextColor(p.color(QPalette::Text));
    plot_->plotLayout()->addElement(0, 0, heading);
    // The legend goes in a row under the axes, never over the curves.
    plot_->legend->setVisible(true);
    plot_->axisRect()->insetLayout()->take(plot_->legend);
    plot_->plotLayout()->addElement(2, 0, plot_->legend);
    plot_->plotLayout()->setRowStretchFactor(2, 0.001);
    plot_->legend->setFillOrder(QCPLayoutGrid::foColumnsFirst);
    plot_->legend->setWrap(3);
    plot_->legend->setBrush(Qt::NoBrush);
    plot_->legend->setBorderPen(Qt::NoPen);
    plot_->legend->setTextColor(p.color(QPalette::Text));
    QFont small = font();
    small.setPointSizeF(small.pointSizeF() * 0.9);
    plot_->legend->setFont(small);
    plot_->legend->setMargins(QMargins(6, 0, 6, 2));
    plot_->legend->setRowSpacing(0);
    plot_->axisRect()->setRangeZoomAxes(plot_->xAxis, plot_->yAxis);

    replot_timer_ = new QTimer(this);
    replot_timer_->setSingleShot(true);
    replot_timer_->setInterval(kReplotIntervalMs);
    connect(replot_timer_, &QTimer::timeout, this, &MetricChart::replotNow);

    connect(plot_, &QCustomPlot::mouseMove, this, [this](QMouseEvent* event) {
        if (event->buttons() != Qt::NoButton) user_moved_view_ = true;  // a drag pans
        showValueAt(event->pos());
    });
    connect(plot_, &QCustomPlot::mouseWheel, this, [this](QWheelEvent*) { user_moved_view_ = true; });
    connect(plot_, &QCustomPlot::mouseDoubleClick, this, [this](QMouseEvent*) { resetView(); });
}

void MetricChart::setAxisLabels(const QString& x, const QString& left, const QString& right) {
    plot_->xAxis->setLabel(x);
    plot_->yAxis->setLabel(left);
    plot_->yAxis2->setLabel(right);
    plot_->yAxis2->setVisible(!right.isEmpty());
    scheduleReplot();
}

void MetricChart::setLogarithmicLeftAxis(bool on) {
    plot_->yAxis->setScaleType(on ? QCPAxis::stLogarithmic : QCPAxis::stLinear);
    if (on)
        plot_->yAxis->setTicker(QSharedPointer<QCPAxisTickerLog>(new QCPAxisTickerLog));
    else
        plot_->yAxis->setTicker(QSharedPointer<QCPAxisTicker>(new QCPAxisTicker));
    scheduleReplot();
}

int MetricChart::addSeries(const QString& name, const QColor& color, Style style, Axis axis) {
    QCPAxis* value_axis = axis == Axis::Right ? plot_->yAxis2 : plot_->yAxis;
    if (axis == Axis::Right) plot_->yAxis2->setVisible(true);
    Series series;
    series.name = name;
    series.graph = plot_->addGraph(plot_->xAxis, value_axis);
    series.graph->setName(name);
    QPen pen(color, 2);
    switch (style) {
    case Style::Line: break;
    case Style::Faint:  // the raw values under their smoothed line, as TensorBoard draws them
        pen.setWidthF(1);
        pen.setColor(QColor(color.red(), color.green(), color.blue(), 90));
        break;
    case Style::Dashed: pen.setStyle(Qt::DashLine); break;
    case Style::LineAndPoints:
        series.graph->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssDisc, color, color, 6));
        break;
    }
    series.graph->setPen(pen);
    series_.push_back(series);
    return series_.size() - 1;
}

int MetricChart::addSmoothedSeries(int source, const QString& name, const QColor& color) {
    const QCPAxis* axis = series_[source].graph->valueAxis();
    const int index = addSeries(name, color, Style::Line, axis == plot_->yAxis2 ? Axis::Right : Axis::Left);
    series_[index].source = source;
    recomputeSmoothed(index);
    return index;
}

void MetricChart::setSmoothing(double weight) {
    smoothing_ = std::clamp(weight, 0.0, 0.99);
    for (int i = 0; i < series_.size(); ++i)
        if (series_[i].source >= 0) recomputeSmoothed(i);
    scheduleReplot();
}

void MetricChart::recomputeSmoothed(int index) {
    // TensorBoard's debiased exponential moving average: the first points are not pulled to 0.
    Series& smoothed = series_[index];
    const Series& raw = series_[smoothed.source];
    smoothed.x = raw.x;
    smoothed.y.resize(raw.y.size());
    double accumulated = 0;
    int counted = 0;
    double last = std::numeric_limits<double>::quiet_NaN();
    for (int i = 0; i < raw.y.size(); ++i) {
        const double y = raw.y[i];
        if (std::isfinite(y)) {  // a NaN step (skipped) does not poison the average
            accumulated = accumulated * smoothing_ + (1 - smoothing_) * y;
            ++counted;
            last = accumulated / (1 - std::pow(smoothing_, counted));
        }
        smoothed.y[i] = last;
    }
    smoothed.graph->setData(smoothed.x, smoothed.y, true);
}

void MetricChart::addPoint(int series, double x, double y) { addPoints(series, {x}, {y}); }

void MetricChart::addPoints(int index, const QVector<double>& x, const QVector<double>& y) {
    if (index < 0 || index >= series_.size() || x.size() != y.size() || x.isEmpty()) return;
    Series& series = series_[index];
    series.x += x;
    series.y += y;
    series.graph->addData(x, y, true);
    for (int i = 0; i < series_.size(); ++i)
        if (series_[i].source == index) recomputeSmoothed(i);
    scheduleReplot();
}

void MetricChart::clearData() {
    for (Series& series : series_) {
        series.x.clear();
        series.y.clear();
        series.graph->data()->clear();
    }
    references_.clear();
    plot_->clearItems();
    user_moved_view_ = false;
    scheduleReplot();
}

void MetricChart::removePointsFrom(double x) {
    for (int i = 0; i < series_.size(); ++i) {
        Series& series = series_[i];
        if (series.source >= 0) continue;  // recomputed from its source below
        const int keep = std::lower_bound(series.x.begin(), series.x.end(), x) - series.x.begin();
        if (keep == series.x.size()) continue;
        series.x.resize(keep);
        series.y.resize(keep);
        series.graph->setData(series.x, series.y, true);
    }
    for (int i = 0; i < series_.size(); ++i)
        if (series_[i].source >= 0) recomputeSmoothed(i);
    scheduleReplot();
}

void MetricChart::addReferenceLine(const QString& label, double y, const QColor& color) {
    if (!std::isfinite(y)) return;
    references_.push_back(y);
    auto* line = new QCPItemStraightLine(plot_);
    line->setPen(QPen(color, 1.5, Qt::DashLine));
    line->point1->setCoords(0, y);
    line->point2->setCoords(1, y);
    auto* text = new QCPItemText(plot_);
    text->setPositionAlignment(Qt::AlignLeft | Qt::AlignBottom);
    text->position->setTypeX(QCPItemPosition::ptAxisRectRatio);
    text->position->setTypeY(QCPItemPosition::ptPlotCoords);
    text->position->setCoords(0.02, y);
    text->setText(label);
    text->setColor(color);
    text->setFont(font());
    scheduleReplot();
}

QVector<double> MetricChart::referenceValues() const { return references_; }

QString MetricChart::seriesName(int series) const { return series_.value(series).name; }
int MetricChart::pointCount(int series) const { return series_.value(series).x.size(); }
QVector<double> MetricChart::xValues(int series) const { return series_.value(series).x; }
QVector<double> MetricChart::yValues(int series) const { return series_.value(series).y; }

void MetricChart::scheduleReplot() {
    if (!replot_timer_->isActive()) replot_timer_->start();
}

void MetricChart::replotNow() {
    replot_timer_->stop();
    if (!user_moved_view_) {
        // Fit the points and the reference lines, with a little room above and below.
        plot_->rescaleAxes(true);
        for (QCPAxis* axis : {plot_->yAxis, plot_->yAxis2}) {
            QCPRange range = axis->range();
            if (axis == plot_->yAxis)
                for (double y : references_) range.expand(y);
            if (axis->scaleType() == QCPAxis::stLinear) {
                const double pad = range.size() > 0 ? range.size() * 0.06 : std::max(std::abs(range.lower) * 0.05, 0.01);
                range = QCPRange(range.lower - pad, range.upper + pad);
            }
            axis->setRange(range);
        }
    }
    plot_->replot(QCustomPlot::rpQueuedReplot);
}

void MetricChart::resetView() {
    user_moved_view_ = false;
    replotNow();
}

void MetricChart::showValueAt(const QPoint& position) {
    // The point nearest the mouse, of any visible series, within a small radius.
    int best_series = -1, best_index = -1;
    double best_distance = kHoverRadiusPx;
    for (int s = 0; s < series_.size(); ++s) {
        const Series& series = series_[s];
        if (series.x.isEmpty() || !series.graph->visible()) continue;
        const double key = series.graph->keyAxis()->pixelToCoord(position.x());
        const int at = std::lower_bound(series.x.begin(), series.x.end(), key) - series.x.begin();
        for (int i : {at - 1, at}) {
            if (i < 0 || i >= series.x.size() || !std::isfinite(series.y[i])) continue;
            const QPointF pixel = series.graph->coordsToPixels(series.x[i], series.y[i]);
            const double distance = std::hypot(pixel.x() - position.x(), pixel.y() - position.y());
            if (distance < best_distance) {
                best_distance = distance;
                best_series = s;
                best_index = i;
            }
        }
    }
    if (best_series < 0) {
        QToolTip::hideText();
        return;
    }
    const Series& series = series_[best_series];
    QToolTip::showText(plot_->mapToGlobal(position),
                       tr("%1\n%2 %3: %4")
                           .arg(series.name, plot_->xAxis->label().isEmpty() ? tr("step") : plot_->xAxis->label())
                           .arg(series.x[best_index])
                           .arg(formatValue(series.y[best_index])),
                       plot_);
}

bool MetricChart::exportPng(const QString& path, int width, int height) {
    replotNow();
    return plot_->savePng(path, width, height, 1.0, -1, 96);
}

bool MetricChart::exportPdf(const QString& path) {
    replotNow();
    return plot_->savePdf(path, 800, 480);
}

bool MetricChart::exportCsv(const QString& path) const {
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate | QIODevice::Text)) return false;
    QTextStream out(&file);
    // One row per x that any series has; the names are quoted (they may hold commas).
    QMap<double, QVector<double>> rows;
    const double missing = std::numeric_limits<double>::quiet_NaN();
    for (int s = 0; s < series_.size(); ++s)
        for (int i = 0; i < series_[s].x.size(); ++i) {
            QVector<double>& row = rows[series_[s].x[i]];
            if (row.isEmpty()) row.fill(missing, series_.size());
            row[s] = series_[s].y[i];
        }
    const QString x_name = plot_->xAxis->label().isEmpty() ? QStringLiteral("step") : plot_->xAxis->label();
    out << '"' << QString(x_name).replace('"', "\"\"") << '"';
    for (const Series& series : series_) out << ",\"" << QString(series.name).replace('"', "\"\"") << '"';
    out << '\n';
    for (auto it = rows.begin(); it != rows.end(); ++it) {
        out << QString::number(it.key(), 'g', 10);
        for (double v : it.value()) out << ',' << (std::isnan(v) ? QString() : QString::number(v, 'g', 9));
        out << '\n';
    }
    return out.status() == QTextStream::Ok && file.error() == QFile::NoError;
}

void MetricChart::contextMenuEvent(QContextMenuEvent* event) {
    QMenu menu(this);
    menu.addAction(tr("Show everything"), this, &MetricChart::resetView);
    menu.addSeparator();
    menu.addAction(tr("Export as PNG, PDF or CSV…"), this, &MetricChart::exportWithDialog);
    menu.exec(event->globalPos());
}

void MetricChart::exportWithDialog() {
    QString filter;
    QString path = QFileDialog::getSaveFileName(this, tr("Export the chart"), title_ + ".png",
                                                tr("PNG image (*.png);;PDF document (*.pdf);;CSV data (*.csv)"), &filter);
    if (path.isEmpty()) return;
    const QString suffix = QFileInfo(path).suffix().toLower();
    bool ok = false;
    if (suffix == "pdf")
        ok = exportPdf(path);
    else if (suffix == "csv")
        ok = exportCsv(path);
    else
        ok = exportPng(suffix == "png" ? path : path + ".png");
    if (!ok) QToolTip::showText(mapToGlobal(rect().center()), tr("Cannot write %1").arg(path), this);
}

}  // namespace clipft::ui
