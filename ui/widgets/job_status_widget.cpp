#include "ui/widgets/job_status_widget.h"

#include "ui/jobs/job_runner.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QToolButton>

namespace clipft::ui {

QString formatDuration(double seconds) {
    const qint64 s = static_cast<qint64>(seconds + 0.5);
    if (s >= 3600) return QString("%1:%2:%3").arg(s / 3600).arg(s / 60 % 60, 2, 10, QChar('0')).arg(s % 60, 2, 10, QChar('0'));
    return QString("%1:%2").arg(s / 60).arg(s % 60, 2, 10, QChar('0'));
}

JobStatusWidget::JobStatusWidget(JobRunner& runner, QWidget* parent) : QWidget(parent), runner_(runner) {
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    title_ = new QLabel(this);
    bar_ = new QProgressBar(this);
    bar_->setFixedWidth(160);
    bar_->setTextVisible(false);
    eta_ = new QLabel(this);
    cancel_ = new QToolButton(this);
    cancel_->setText(tr("Cancel"));
    cancel_->setToolTip(tr("Stop the background job; what was stored before it stays as it was"));
    layout->addWidget(title_);
    layout->addWidget(bar_);
    layout->addWidget(eta_);
    layout->addWidget(cancel_);
    setVisible(false);

    connect(cancel_, &QToolButton::clicked, &runner_, &JobRunner::cancel);
    connect(&runner_, &JobRunner::started, this, [this](quint64, const QString& title) {
        title_->setText(title);
        bar_->setRange(0, 0);  // busy until the first report
        eta_->clear();
        setVisible(true);
    });
    connect(&runner_, &JobRunner::progress, this,
            [this](quint64, const QString& stage, qint64 done, qint64 total, double eta) { showProgress(stage, done, total, eta); });
    connect(&runner_, &JobRunner::finished, this, &JobStatusWidget::ended);
    connect(&runner_, &JobRunner::failed, this, &JobStatusWidget::ended);
    connect(&runner_, &JobRunner::cancelled, this, &JobStatusWidget::ended);
}

void JobStatusWidget::showProgress(const QString& stage, qint64 done, qint64 total, double eta_seconds) {
    const QLocale locale;
    title_->setText(total > 0 ? tr("%1: %2 %3/%4").arg(runner_.currentTitle(), stage, locale.toString(done), locale.toString(total))
                              : tr("%1: %2").arg(runner_.currentTitle(), stage));
    if (total > 0) {
        bar_->setRange(0, 1000);
        bar_->setValue(static_cast<int>(1000 * done / total));
    } else {
        bar_->setRange(0, 0);
    }
    eta_->setText(eta_seconds >= 0 ? tr("%1 left").arg(formatDuration(eta_seconds)) : QString());
}

void JobStatusWidget::ended() { setVisible(false); }

}  // namespace clipft::ui
