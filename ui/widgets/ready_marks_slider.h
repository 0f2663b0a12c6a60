// A horizontal slider whose tick positions can be marked "ready" (a dot under the tick): the
// Search page's WiSE-FT α slider shows which mixes are already built and cached, so that the user
// knows which positions answer at once.
#pragma once
#include <QSet>
#include <QSlider>

namespace clipft::ui {

class ReadyMarksSlider : public QSlider {
    Q_OBJECT
public:
    explicit ReadyMarksSlider(QWidget* parent = nullptr);
    void setReadyValues(const QSet<int>& values);
    QSet<int> readyValues() const { return ready_; }

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    QSet<int> ready_;
};

}  // namespace clipft::ui
