#include "ui/widgets/ready_marks_slider.h"

#include <QPainter>
#include <QStyle>
#include <QStyleOptionSlider>

namespace clipft::ui {

ReadyMarksSlider::ReadyMarksSlider(QWidget* parent) : QSlider(Qt::Horizontal, parent) {
    setTickPosition(QSlider::TicksAbove);
    setMinimumHeight(sizeHint().height() + 8);  // room for the dots below the groove
}

void ReadyMarksSlider::setReadyValues(const QSet<int>& values) {
    if (values == ready_) return;
    ready_ = values;
    update();
}

void ReadyMarksSlider::paintEvent(QPaintEvent* event) {
    QSlider::paintEvent(event);
    if (ready_.isEmpty()) return;
    QStyleOptionSlider option;
    initStyleOption(&option);
    const QRect groove = style()->subControlRect(QStyle::CC_Slider, &option, QStyle::SC_SliderGroove, this);
    const QRect handle = style()->subControlRect(QStyle::CC_Slider, &option, QStyle::SC_SliderHandle, this);
    // The handle's centre travels from groove.left + handle/2 to groove.right - handle/2.
    const int span = groove.width() - handle.width();
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(Qt::NoPen);
    painter.setBrush(palette().color(QPalette::Highlight));
    for (int value : ready_) {
        if (value < minimum() || value > maximum()) continue;
        const int x = groove.left() + handle.width() / 2 +
                      QStyle::sliderPositionFromValue(minimum(), maximum(), value, span, option.upsideDown);
        painter.drawEllipse(QPointF(x, height() - 4), 2.5, 2.5);
    }
}

}  // namespace clipft::ui
