// The Train page's settings form: every option of `clipft train`, grouped as a user meets them
// (Basic: data, model, length, learning rate, batch; Advanced: the rest; Run: name and device
// with a memory estimate), presets, checks as you type with the reason beside the field, and the
// configuration as JSON (save, load) or as the exact `clipft train …` command line.
#pragma once
#include <QStringList>
#include <QWidget>

#include <memory>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QToolButton;

namespace clipft {
struct ClipConfig;
}

namespace clipft::ui {

// A compute device as the Device picker offers it.
struct DeviceChoice {
    QString id;     // "cpu", "cuda:0"
    QString label;  // "CPU: AMD EPYC · 20.1 GiB free of 23.4 GiB"
    QString note;   // why it cannot be used ("" when it can)
    bool usable = true;
};

// The devices of this machine (listComputeDevices(), which may wake a GPU: call it off the GUI thread).
QList<DeviceChoice> readDeviceChoices();

class TrainingForm : public QWidget {
    Q_OBJECT
public:
    explicit TrainingForm(QWidget* parent = nullptr);
    ~TrainingForm() override;

    // What the pickers offer.
    void setDatasets(const QStringList& names);
    // (label, folder) pairs; folder "" is never offered: the built-in model is a folder too.
    void setModels(const QList<QPair<QString, QString>>& models);
    void addModel(const QString& label, const QString& dir);  // and selects it
    // The chosen model's architecture, for the memory estimate (nullptr: unknown yet).
    void setModelConfig(std::shared_ptr<const ClipConfig> config);
    void setDevices(const QList<DeviceChoice>& devices);

    QString dataset() const;
    QString modelDir() const;
    QString device() const;  // "auto", "cpu", "cuda:0", ...
    QString runName() const;
    void selectDataset(const QString& name);
    void selectModel(const QString& dir);
    void selectDevice(const QString& id);

    // TrainingOptions as JSON (trainingOptionsToJson), from the fields; throws nothing: an invalid
    // field gives the defaults' value and validationMessage() says why.
    QString optionsJson() const;
    void setOptionsJson(const QString& json);  // fields follow; unknown keys are ignored
    // "" when every field is valid, else the first reason ("Learning rate: must be a positive number").
    QString validationMessage() const;

    QStringList presetIds() const;
    void applyPreset(const QString& id);

    // The whole configuration (dataset, model, device, name and options) as a JSON file.
    QString configurationJson() const;
    bool applyConfigurationJson(const QString& json, QString* error);

    // `clipft train …` for these settings, for a project and an output folder.
    QString commandLine(const QString& project, const QString& output_dir) const;

    QString memoryEstimateText() const;

signals:
    void changed();               // any field
    void modelChanged(const QString& dir);
    void validityChanged(bool valid);
    void chooseModelFolderRequested();

private:
    QWidget* buildBasic();
    QWidget* buildAdvanced();
    QWidget* buildRun();
    void fieldChanged();
    void updateEstimate();
    // A number field checked as the user types; its reason shows under it.
    QLineEdit* numberField(const QString& text, const QString& tooltip);

    QComboBox* preset_ = nullptr;
    QLabel* preset_note_ = nullptr;
    QComboBox* dataset_ = nullptr;
    QComboBox* model_ = nullptr;
    QToolButton* browse_model_ = nullptr;
    QSpinBox* epochs_ = nullptr;
    QSpinBox* steps_ = nullptr;
    QLineEdit* lr_ = nullptr;
    QSpinBox* batch_ = nullptr;
    QToolButton* advanced_toggle_ = nullptr;
    QWidget* advanced_ = nullptr;
    QSpinBox* accum_ = nullptr;
    QSpinBox* warmup_ = nullptr;
    QLineEdit* weight_decay_ = nullptr;
    QLineEdit* grad_clip_ = nullptr;
    QSpinBox* lock_image_ = nullptr;
    QSpinBox* lock_text_ = nullptr;
    QCheckBox* learn_logit_scale_ = nullptr;
    QComboBox* precision_ = nullptr;
    QSpinBox* eval_every_ = nullptr;
    QSpinBox* checkpoint_every_ = nullptr;
    QSpinBox* log_every_ = nullptr;
    QComboBox* best_metric_ = nullptr;
    QSpinBox* patience_ = nullptr;
    QLineEdit* min_delta_ = nullptr;
    QSpinBox* seed_ = nullptr;
    QCheckBox* augment_ = nullptr;
    QCheckBox* feedback_ = nullptr;
    QLineEdit* run_name_ = nullptr;
    QComboBox* device_ = nullptr;
    QLabel* memory_ = nullptr;
    QLabel* problem_ = nullptr;  // the first invalid field's reason, under the form
    std::shared_ptr<const ClipConfig> config_;
    QString pending_device_;  // chosen before the devices were listed
    bool applying_ = false;  // fields set by a preset or a loaded file: one change signal at the end
    bool valid_ = true;
};

}  // namespace clipft::ui
