// The status bar's view of the background job: what runs, a progress bar, the time left and a
// Cancel button; hidden while nothing runs. Fed by the JobRunner's signals.
#pragma once
#include <QWidget>

class QLabel;
class QProgressBar;
class QToolButton;

namespace clipft::ui {

class JobRunner;

class JobStatusWidget : public QWidget {
    Q_OBJECT
public:
    explicit JobStatusWidget(JobRunner& runner, QWidget* parent = nullptr);

private:
    void showProgress(const QString& stage, qint64 done, qint64 total, double eta_seconds);
    void ended();

    JobRunner& runner_;
    QLabel* title_ = nullptr;
    QProgressBar* bar_ = nullptr;
    QLabel* eta_ = nullptr;
    QToolButton* cancel_ = nullptr;
};

// "1:05" or "1:02:03" for a number of seconds.
QString formatDuration(double seconds);

}  // namespace clipft::ui
