// The Model page: a model folder of either layout (the built-in demo model from the start) with
// its config, parameter count, tokenizer, preprocessing, fingerprint and size, read in the
// background; the known architectures with where to get real weights; and the compute device.
#pragma once
#include <QWidget>

class QComboBox;
class QLabel;
class QSpinBox;
class QTableWidget;

namespace clipft::ui {

class JobRunner;

class ModelPage : public QWidget {
    Q_OBJECT
public:
    ModelPage(JobRunner& runner, QWidget* parent = nullptr);
    void showModel(const QString& dir);  // loads in the background; "" : the built-in demo model
    QString currentModel() const { return current_; }
    // The project whose models are remembered and whose compute settings are shown ("" : none).
    void setProject(const QString& project);

signals:
    void message(const QString& text);

private:
    JobRunner& runner_;
    QString current_;
    QComboBox* models_ = nullptr;
    QLabel* details_ = nullptr;
    QString project_;
    QComboBox* device_ = nullptr;
    QComboBox* precision_ = nullptr;
    QSpinBox* threads_ = nullptr;
    void fillPrecisions();  // those the chosen device supports
    void storeCompute();
};

}  // namespace clipft::ui
