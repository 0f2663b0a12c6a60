// One chart of training metrics (QCustomPlot), as PlotJuggler and TensorBoard draw them: named
// series of (step, value) points, optionally an exponentially smoothed copy of a series (the
// smoothing slider), horizontal reference lines (the pre-trained model's value), a second y axis.
// Points can arrive hundreds a second; the chart redraws at most ~20 times a second. The mouse
// zooms (wheel) and pans (drag), a double click shows everything again, hovering shows the nearest
// point's value, and the context menu exports the chart as PNG or PDF and its data as CSV.
#pragma once
#include <QColor>
#include <QString>
#include <QVector>
#include <QWidget>

class QCustomPlot;
class QCPGraph;
class QCPItemStraightLine;
class QCPItemText;
class QTimer;

namespace clipft::ui {

class MetricChart : public QWidget {
    Q_OBJECT
public:
    enum class Axis { Left, Right };
    enum class Style { Line, Faint, Dashed, LineAndPoints };

    explicit MetricChart(const QString& title, QWidget* parent = nullptr);

    void setAxisLabels(const QString& x, const QString& left, const QString& right = {});
    void setLogarithmicLeftAxis(bool on);  // learning rates span decades

    // Returns the series' index.
    int addSeries(const QString& name, const QColor& color, Style style = Style::Line, Axis axis = Axis::Left);
    // A series drawn as the exponential moving average of `source` (debiased, as TensorBoard's
    // smoothing), recomputed when points arrive or the weight changes.
    int addSmoothedSeries(int source, const QString& name, const QColor& color);
    void setSmoothing(double weight);  // 0 (none) .. 0.99
    double smoothing() const { return smoothing_; }

    // Appends points (x ascending); the chart redraws soon after, at most ~20 times a second.
    void addPoint(int series, double x, double y);
    void addPoints(int series, const QVector<double>& x, const QVector<double>& y);
    void clearData();  // every series' points and the reference lines; the series stay
    // Drops every point at x >= `x` (a run resumed from an earlier checkpoint redoes those steps).
    void removePointsFrom(double x);

    // A horizontal dashed line at `y` labelled `label` (e.g. "pre-trained 0.412").
    void addReferenceLine(const QString& label, double y, const QColor& color);
    QVector<double> referenceValues() const;

    int seriesCount() const { return series_.size(); }
    QString seriesName(int series) const;
    int pointCount(int series) const;
    QVector<double> xValues(int series) const;
    QVector<double> yValues(int series) const;  // smoothed series: the smoothed values

    bool exportPng(const QString& path, int width = 1200, int height = 700);
    bool exportPdf(const QString& path);
    // step,<series 1>,<series 2>,...: one row per step that any series has, empty where one lacks it.
    bool exportCsv(const QString& path) const;

    void replotNow();    // what the throttle would do at its next tick
    void resetView();    // show every point
    QCustomPlot* plot() const { return plot_; }

protected:
    void contextMenuEvent(QContextMenuEvent* event) override;

private:
    struct Series {
        QString name;
        QCPGraph* graph = nullptr;
        int source = -1;  // smoothed series: the raw one
        QVector<double> x, y;
    };
    void scheduleReplot();
    void recomputeSmoothed(int series);
    void showValueAt(const QPoint& position);
    void exportWithDialog();

    QCustomPlot* plot_ = nullptr;
    QTimer* replot_timer_ = nullptr;
    QVector<Series> series_;
    QVector<double> references_;
    double smoothing_ = 0.6;
    bool user_moved_view_ = false;  // after a zoom or pan, new points no longer rescale the axes
    QString title_;
};

}  // namespace clipft::ui
