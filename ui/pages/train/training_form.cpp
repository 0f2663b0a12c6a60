#include "ui/pages/train/training_form.h"

#include "core/common/compute_devices.h"
#include "core/jobs/training_command_line.h"
#include "core/model/clip_config.h"
#include "core/train/memory_estimate.h"
#include "core/train/mixed_precision.h"
#include "core/train/training_options.h"
#include "core/train/training_presets.h"

#include <nlohmann/json.hpp>

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QLocale>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>
#include <QToolButton>
#include <QVBoxLayout>

#include <cmath>
#include <limits>

namespace clipft::ui {

namespace {

// "What it does (open_clip: --name)": every option's tooltip names its open_clip counterpart.
QString tip(const QString& what, const QString& open_clip) {
    return open_clip.isEmpty() ? what : QString("<p>%1</p><p><i>open_clip</i>: <tt>%2</tt></p>").arg(what, open_clip);
}

QLabel* reasonLabel(QWidget* parent) {
    auto* label = new QLabel(parent);
    label->setWordWrap(true);
    QPalette p = label->palette();
    p.setColor(QPalette::WindowText, QColor(200, 40, 40));
    label->setPalette(p);
    label->hide();
    return label;
}

QString presetLabel(const QString& id) {
    if (id == "quick-cpu-demo") return TrainingForm::tr("Quick CPU demo");
    if (id == "finetuner-study") return TrainingForm::tr("Finetuner study (lr 1e-6, 5 epochs)");
    if (id == "small-dataset") return TrainingForm::tr("Small data set (image tower locked)");
    return id;
}

QString presetDescription(const QString& id) {
    if (id == "quick-cpu-demo")
        return TrainingForm::tr("A short run sized for a laptop CPU: a high learning rate and frequent evaluations, "
                                "so that the charts move within a minute or two on the demo.");
    if (id == "finetuner-study")
        return TrainingForm::tr("The settings of Jina AI's Finetuner study: a learning rate of 1e-6 for 5 epochs. "
                                "Gentle, for real photos and a pre-trained model worth keeping.");
    if (id == "small-dataset")
        return TrainingForm::tr("Only the text tower learns: with a few hundred images, training the image tower "
                                "too mostly memorises them.");
    return {};
}

struct MetricChoice {
    const char* key;
    const char* label;
};
const MetricChoice kMetrics[] = {
    {"image_retrieval_recall@5", QT_TRANSLATE_NOOP("clipft::ui::TrainingForm", "Image recall@5 (text → image)")},
    {"image_retrieval_recall@1", QT_TRANSLATE_NOOP("clipft::ui::TrainingForm", "Image recall@1 (text → image)")},
    {"image_retrieval_recall@10", QT_TRANSLATE_NOOP("clipft::ui::TrainingForm", "Image recall@10 (text → image)")},
    {"text_retrieval_recall@5", QT_TRANSLATE_NOOP("clipft::ui::TrainingForm", "Text recall@5 (image → text)")},
    {"text_retrieval_recall@1", QT_TRANSLATE_NOOP("clipft::ui::TrainingForm", "Text recall@1 (image → text)")},
    {"clip_val_loss", QT_TRANSLATE_NOOP("clipft::ui::TrainingForm", "Validation loss (lower is better)")},
};

// What a number field accepts.
struct NumberRule {
    double minimum = 0;
    bool minimum_allowed = true;  // false: strictly above
};

double parseNumber(const QLineEdit* field, bool* ok) {
    return QLocale::c().toDouble(field->text().trimmed(), ok);
}

QString formatNumber(double value) {
    // The shortest text that reads back as the same double ("3e-04" stays "0.0003").
    for (int precision = 1; precision <= 17; ++precision) {
        const QString text = QLocale::c().toString(value, 'g', precision);
        if (QLocale::c().toDouble(text) == value) return text;
    }
    return QLocale::c().toString(value, 'g', 17);
}

}  // namespace

TrainingForm::TrainingForm(QWidget* parent) : QWidget(parent) {
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);

    auto* preset_row = new QHBoxLayout;
    preset_ = new QComboBox(this);
    preset_->setObjectName("trainPreset");
    preset_->addItem(tr("Custom"), QString());
    for (const TrainingPreset& preset : trainingPresets()) {
        const QString id = QString::fromStdString(preset.id);
        preset_->addItem(presetLabel(id), id);
    }
    preset_->setToolTip(tr("Fills the form with settings known to work; any field can be changed afterwards."));
    auto* preset_label = new QLabel(tr("Preset"), this);
    preset_label->setBuddy(preset_);
    preset_row->addWidget(preset_label);
    preset_row->addWidget(preset_, 1);
    layout->addLayout(preset_row);
    preset_note_ = new QLabel(this);
    preset_note_->setWordWrap(true);
    preset_note_->setEnabled(false);  // the palette's quieter text
    preset_note_->hide();
    layout->addWidget(preset_note_);
    connect(preset_, qOverload<int>(&QComboBox::activated), this, [this](int index) {
        const QString id = preset_->itemData(index).toString();
        if (!id.isEmpty()) applyPreset(id);
    });

    layout->addWidget(buildBasic());
    advanced_toggle_ = new QToolButton(this);
    advanced_toggle_->setText(tr("Advanced"));
    advanced_toggle_->setCheckable(true);
    advanced_toggle_->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    advanced_toggle_->setArrowType(Qt::RightArrow);
    advanced_toggle_->setAutoRaise(true);
    layout->addWidget(advanced_toggle_);
    advanced_ = buildAdvanced();
    advanced_->hide();
    layout->addWidget(advanced_);
    connect(advanced_toggle_, &QToolButton::toggled, this, [this](bool open) {
        advanced_->setVisible(open);
        advanced_toggle_->setArrowType(open ? Qt::DownArrow : Qt::RightArrow);
    });
    layout->addWidget(buildRun());
    problem_ = reasonLabel(this);
    layout->addWidget(problem_);
    layout->addStretch(1);
    setOptionsJson(QString::fromStdString(trainingOptionsToJson(TrainingOptions{})));
}

TrainingForm::~TrainingForm() = default;

QLineEdit* TrainingForm::numberField(const QString& text, const QString& tooltip) {
    auto* field = new QLineEdit(text, this);
    field->setToolTip(tooltip);
    field->setAlignment(Qt::AlignRight);
    connect(field, &QLineEdit::textChanged, this, &TrainingForm::fieldChanged);
    return field;
}

QWidget* TrainingForm::buildBasic() {
    auto* box = new QGroupBox(tr("Basic"), this);
    auto* form = new QFormLayout(box);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);

    dataset_ = new QComboBox(box);
    dataset_->setObjectName("trainDataset");
    dataset_->setToolTip(tr("The data set to train on: its train split is trained on, its val split evaluated."));
    form->addRow(tr("Dataset"), dataset_);

    auto* model_row = new QHBoxLayout;
    model_ = new QComboBox(box);
    model_->setObjectName("trainModel");
    model_->setToolTip(tip(tr("The pre-trained model to start from: an open_clip or Hugging Face transformers folder."),
                           "--model / --pretrained"));
    browse_model_ = new QToolButton(box);
    browse_model_->setText(tr("Choose…"));
    browse_model_->setToolTip(tr("Choose a model folder"));
    model_row->addWidget(model_, 1);
    model_row->addWidget(browse_model_);
    form->addRow(tr("Model"), model_row);
    connect(browse_model_, &QToolButton::clicked, this, &TrainingForm::chooseModelFolderRequested);
    connect(model_, qOverload<int>(&QComboBox::currentIndexChanged), this, [this] {
        emit modelChanged(modelDir());
        fieldChanged();
    });

    epochs_ = new QSpinBox(box);
    epochs_->setRange(1, 10000);
    epochs_->setToolTip(tip(tr("Passes over the training images."), "--epochs"));
    form->addRow(tr("Epochs"), epochs_);
    steps_ = new QSpinBox(box);
    steps_->setRange(0, 100000000);
    steps_->setSpecialValueText(tr("by epochs"));
    steps_->setToolTip(tr("Train exactly this many optimizer steps, whatever the epochs say. (clipft only)"));
    form->addRow(tr("Steps"), steps_);
    lr_ = numberField("1e-5", tip(tr("The peak learning rate, reached after the warmup and then decayed on a cosine."),
                                  "--lr"));
    lr_->setObjectName("trainLearningRate");
    form->addRow(tr("Learning rate"), lr_);
    batch_ = new QSpinBox(box);
    batch_->setRange(2, 65536);
    batch_->setToolTip(tip(tr("Images per batch; every other image of the batch is a negative for the contrastive loss."),
                           "--batch-size"));
    form->addRow(tr("Batch size"), batch_);
    for (QSpinBox* spin : {epochs_, steps_, batch_}) {
        spin->setAlignment(Qt::AlignRight);
        connect(spin, qOverload<int>(&QSpinBox::valueChanged), this, &TrainingForm::fieldChanged);
    }
    connect(dataset_, qOverload<int>(&QComboBox::currentIndexChanged), this, &TrainingForm::fieldChanged);
    return box;
}

QWidget* TrainingForm::buildAdvanced() {
    auto* box = new QGroupBox(tr("Advanced"), this);
    auto* form = new QFormLayout(box);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    auto spin = [&](int low, int high, const QString& special, const QString& tooltip) {
        auto* s = new QSpinBox(box);
        s->setRange(low, high);
        s->setAlignment(Qt::AlignRight);
        if (!special.isEmpty()) s->setSpecialValueText(special);
        s->setToolTip(tooltip);
        connect(s, qOverload<int>(&QSpinBox::valueChanged), this, &TrainingForm::fieldChanged);
        return s;
    };
    accum_ = spin(1, 1024, {}, tip(tr("Batches whose embeddings are gathered before one optimizer step: a larger "
                                      "effective batch (more negatives) in the same memory."),
                                   "--accum-freq"));
    form->addRow(tr("Accumulation"), accum_);
    warmup_ = spin(-1, 10000000, tr("auto (10%, at most 500)"),
                   tip(tr("Steps over which the learning rate rises linearly from 0."), "--warmup"));
    form->addRow(tr("Warmup steps"), warmup_);
    weight_decay_ = numberField("0.1", tip(tr("AdamW's decoupled weight decay, on weights only (not on biases, "
                                              "norms, embeddings or the temperature)."),
                                           "--wd"));
    form->addRow(tr("Weight decay"), weight_decay_);
    grad_clip_ = numberField("1", tip(tr("Clips the gradients' global norm to this value; 0 turns clipping off."),
                                      "--grad-clip-norm"));
    form->addRow(tr("Gradient clipping"), grad_clip_);
    lock_image_ = spin(-1, 1000, tr("not locked"),
                       tip(tr("Freezes the image tower except its last N layer groups: 0 freezes all of it, 1 leaves "
                              "the projection trainable, 2 also the last block."),
                           "--lock-image --lock-image-unlocked-groups N"));
    form->addRow(tr("Lock image tower"), lock_image_);
    lock_text_ = spin(-1, 1000, tr("not locked"),
                      tip(tr("Freezes the text tower except its last N layer groups, counted as for the image tower."),
                          "--lock-text --lock-text-unlocked-layers N"));
    form->addRow(tr("Lock text tower"), lock_text_);
    learn_logit_scale_ = new QCheckBox(tr("Learn the temperature"), box);
    learn_logit_scale_->setToolTip(
        tip(tr("Trains the logit scale (the softmax temperature's inverse), clamped to at most 100 as open_clip does."),
            tr("always learned")));
    form->addRow(tr("Logit scale"), learn_logit_scale_);
    precision_ = new QComboBox(box);
    precision_->addItem(tr("fp32 (full precision)"), "fp32");
    precision_->addItem(tr("amp (fp16 autocast, CUDA)"), "amp");
    precision_->addItem(tr("bf16 (bfloat16 autocast, CUDA)"), "bf16");
    precision_->setToolTip(tip(tr("Arithmetic precision. Autocast halves activation memory and speeds up a GPU; "
                                  "the CPU trains in fp32."),
                               "--precision"));
    form->addRow(tr("Precision"), precision_);
    eval_every_ = spin(0, 10000000, tr("each epoch"),
                       tip(tr("Also evaluate on the val split every N steps (always at each epoch's end)."),
                           tr("--val-frequency (in epochs)")));
    form->addRow(tr("Evaluate every"), eval_every_);
    checkpoint_every_ = spin(0, 10000000, tr("at evaluations"),
                             tip(tr("Write the resumable checkpoint every N steps."), tr("--save-frequency (in epochs)")));
    form->addRow(tr("Checkpoint every"), checkpoint_every_);
    log_every_ = spin(1, 100000, {}, tip(tr("Steps between stored metrics and log lines."), "--log-every-n-steps"));
    form->addRow(tr("Log every"), log_every_);
    best_metric_ = new QComboBox(box);
    for (const MetricChoice& choice : kMetrics) best_metric_->addItem(tr(choice.label), QString(choice.key));
    best_metric_->setToolTip(tr("The validation metric that picks the best model and drives early stopping."));
    form->addRow(tr("Best model by"), best_metric_);
    patience_ = spin(0, 1000, tr("off"),
                     tr("Stop after this many evaluations without improvement of the best-model metric."));
    form->addRow(tr("Early stopping"), patience_);
    min_delta_ = numberField("0", tr("The smallest change that counts as an improvement for early stopping."));
    form->addRow(tr("Minimum improvement"), min_delta_);
    seed_ = spin(0, std::numeric_limits<int>::max(), {}, tip(tr("Seeds shuffling and augmentation: the same seed "
                                                                "trains the same model."),
                                                             "--seed"));
    form->addRow(tr("Seed"), seed_);
    augment_ = new QCheckBox(tr("Random resized crop"), box);
    augment_->setToolTip(tip(tr("open_clip's training augmentation: crops of 90–100% of the image."),
                             "RandomResizedCrop(scale=(0.9, 1.0))"));
    form->addRow(tr("Augmentation"), augment_);
    feedback_ = new QCheckBox(tr("Include my search feedback"), box);
    feedback_->setToolTip(tr("Also train on the captions you confirmed on the Search page (\"This is a match\") "
                             "for training images."));
    form->addRow(tr("Feedback"), feedback_);
    for (QCheckBox* check : {learn_logit_scale_, augment_, feedback_})
        connect(check, &QCheckBox::toggled, this, &TrainingForm::fieldChanged);
    for (QComboBox* combo : {precision_, best_metric_})
        connect(combo, qOverload<int>(&QComboBox::currentIndexChanged), this, &TrainingForm::fieldChanged);
    return box;
}

QWidget* TrainingForm::buildRun() {
    auto* box = new QGroupBox(tr("Run"), this);
    auto* form = new QFormLayout(box);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    run_name_ = new QLineEdit(box);
    run_name_->setPlaceholderText(tr("automatic"));
    run_name_->setToolTip(tip(tr("How the run is listed on the Runs page."), "--name"));
    form->addRow(tr("Name"), run_name_);
    device_ = new QComboBox(box);
    device_->setObjectName("trainDevice");
    device_->addItem(tr("Automatic (a GPU when there is one)"), "auto");
    device_->addItem(tr("CPU"), "cpu");  // the full list (names, memory, GPUs) follows: setDevices()
    for (QComboBox* combo : {device_, model_, dataset_, best_metric_, precision_, preset_}) {
        combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        combo->setMinimumContentsLength(14);
    }
    device_->setToolTip(tr("Where the model trains: the CPU, or a CUDA GPU."));
    form->addRow(tr("Device"), device_);
    memory_ = new QLabel(box);
    memory_->setWordWrap(true);
    memory_->setToolTip(tr("Weights, gradients, AdamW's two moments and the activations autograd keeps, for this "
                           "model, batch size and precision. An estimate: allocators add some."));
    form->addRow(tr("Memory needed"), memory_);
    connect(run_name_, &QLineEdit::textChanged, this, &TrainingForm::fieldChanged);
    connect(device_, qOverload<int>(&QComboBox::currentIndexChanged), this, &TrainingForm::fieldChanged);
    return box;
}

QList<DeviceChoice> readDeviceChoices() {
    QList<DeviceChoice> choices;
    for (const ComputeDevice& device : listComputeDevices()) {
        DeviceChoice choice;
        choice.id = QString::fromStdString(device.id);
        choice.usable = device.usable;
        choice.note = QString::fromStdString(device.note);
        const QString memory = device.total_bytes > 0
                                   ? TrainingForm::tr("%1 free of %2")
                                         .arg(QString::fromStdString(formatBytes(device.free_bytes)),
                                              QString::fromStdString(formatBytes(device.total_bytes)))
                                   : TrainingForm::tr("memory unknown");
        choice.label = device.id == "cpu"
                           ? TrainingForm::tr("CPU: %1 · %2").arg(QString::fromStdString(device.name), memory)
                           : TrainingForm::tr("%1: %2 · %3").arg(choice.id, QString::fromStdString(device.name), memory);
        choices << choice;
    }
    return choices;
}

void TrainingForm::setDevices(const QList<DeviceChoice>& devices) {
    const QString keep = pending_device_.isEmpty() ? device() : pending_device_;
    {
        const QSignalBlocker block(device_);
        while (device_->count() > 1) device_->removeItem(1);  // "Automatic" stays
        for (const DeviceChoice& choice : devices) {
            device_->addItem(choice.label, choice.id);
            const int index = device_->count() - 1;
            if (!choice.note.isEmpty()) device_->setItemData(index, choice.note, Qt::ToolTipRole);
            if (!choice.usable) device_->setItemData(index, 0, Qt::UserRole - 1);  // disabled: this build cannot train there
        }
        const int found = device_->findData(keep);
        device_->setCurrentIndex(found >= 0 ? found : 0);
    }
    pending_device_.clear();
    fieldChanged();
}

void TrainingForm::setDatasets(const QStringList& names) {
    const QString current = dataset();
    const QSignalBlocker block(dataset_);
    dataset_->clear();
    dataset_->addItems(names);
    if (!current.isEmpty() && names.contains(current)) dataset_->setCurrentText(current);
    fieldChanged();
}

void TrainingForm::setModels(const QList<QPair<QString, QString>>& models) {
    const QString current = modelDir();
    {
        const QSignalBlocker block(model_);
        model_->clear();
        for (const auto& [label, dir] : models) {
            model_->addItem(label, dir);
            model_->setItemData(model_->count() - 1, dir, Qt::ToolTipRole);
        }
        const int keep = model_->findData(current);
        if (keep >= 0) model_->setCurrentIndex(keep);
    }
    if (modelDir() != current) emit modelChanged(modelDir());
    fieldChanged();
}

void TrainingForm::addModel(const QString& label, const QString& dir) {
    if (model_->findData(dir) < 0) {
        model_->addItem(label, dir);
        model_->setItemData(model_->count() - 1, dir, Qt::ToolTipRole);
    }
    selectModel(dir);
}

void TrainingForm::setModelConfig(std::shared_ptr<const ClipConfig> config) {
    config_ = std::move(config);
    updateEstimate();
}

QString TrainingForm::dataset() const { return dataset_->currentText(); }
QString TrainingForm::modelDir() const { return model_->currentData().toString(); }
QString TrainingForm::device() const { return device_->currentData().toString(); }
QString TrainingForm::runName() const { return run_name_->text().trimmed(); }
void TrainingForm::selectDataset(const QString& name) {
    const int index = dataset_->findText(name);
    if (index >= 0) dataset_->setCurrentIndex(index);
}
void TrainingForm::selectModel(const QString& dir) {
    const int index = model_->findData(dir);
    if (index >= 0) model_->setCurrentIndex(index);
}
void TrainingForm::selectDevice(const QString& id) {
    const int index = device_->findData(id);
    if (index >= 0) device_->setCurrentIndex(index);
    else pending_device_ = id;  // a GPU not listed yet
}

QString TrainingForm::optionsJson() const {
    TrainingOptions o;
    o.epochs = epochs_->value();
    o.max_steps = steps_->value();
    o.batch_size = batch_->value();
    o.accum_steps = accum_->value();
    bool ok = false;
    double v = parseNumber(lr_, &ok);
    if (ok && v > 0) o.adamw.lr = v;
    v = parseNumber(weight_decay_, &ok);
    if (ok && v >= 0) o.adamw.weight_decay = v;
    o.warmup_steps = warmup_->value();
    v = parseNumber(grad_clip_, &ok);
    if (ok && v >= 0) o.grad_clip_norm = v;
    if (lock_image_->value() >= 0) o.lock_image = lock_image_->value();
    if (lock_text_->value() >= 0) o.lock_text = lock_text_->value();
    o.augment = augment_->isChecked();
    o.include_search_feedback = feedback_->isChecked();
    o.train_logit_scale = learn_logit_scale_->isChecked();
    o.precision = parsePrecision(precision_->currentData().toString().toStdString());
    o.eval_every = eval_every_->value();
    o.checkpoint_every = checkpoint_every_->value();
    o.log_every = log_every_->value();
    o.best_metric = best_metric_->currentData().toString().toStdString();
    o.early_stopping_patience = patience_->value();
    v = parseNumber(min_delta_, &ok);
    if (ok && v >= 0) o.early_stopping_min_delta = v;
    o.seed = static_cast<uint64_t>(seed_->value());
    return QString::fromStdString(trainingOptionsToJson(o));
}

void TrainingForm::setOptionsJson(const QString& json) {
    TrainingOptions o;
    try {
        o = trainingOptionsFromJson(json.toStdString());
    } catch (const std::exception&) {
        return;  // applyConfigurationJson reports it; stored runs always hold valid settings
    }
    applying_ = true;
    epochs_->setValue(static_cast<int>(o.epochs));
    steps_->setValue(static_cast<int>(o.max_steps));
    batch_->setValue(o.batch_size);
    accum_->setValue(o.accum_steps);
    lr_->setText(formatNumber(o.adamw.lr));
    weight_decay_->setText(formatNumber(o.adamw.weight_decay));
    warmup_->setValue(static_cast<int>(o.warmup_steps));
    grad_clip_->setText(formatNumber(o.grad_clip_norm));
    lock_image_->setValue(o.lock_image ? *o.lock_image : -1);
    lock_text_->setValue(o.lock_text ? *o.lock_text : -1);
    augment_->setChecked(o.augment);
    feedback_->setChecked(o.include_search_feedback);
    learn_logit_scale_->setChecked(o.train_logit_scale);
    precision_->setCurrentIndex(std::max(0, precision_->findData(QString(precisionName(o.precision)))));
    eval_every_->setValue(static_cast<int>(o.eval_every));
    checkpoint_every_->setValue(static_cast<int>(o.checkpoint_every));
    log_every_->setValue(static_cast<int>(o.log_every));
    const int metric = best_metric_->findData(QString::fromStdString(o.best_metric));
    if (metric < 0) best_metric_->addItem(QString::fromStdString(o.best_metric), QString::fromStdString(o.best_metric));
    best_metric_->setCurrentIndex(best_metric_->findData(QString::fromStdString(o.best_metric)));
    patience_->setValue(o.early_stopping_patience);
    min_delta_->setText(formatNumber(o.early_stopping_min_delta));
    seed_->setValue(static_cast<int>(std::min<uint64_t>(o.seed, std::numeric_limits<int>::max())));
    applying_ = false;
    fieldChanged();
}

QString TrainingForm::validationMessage() const {
    struct Check {
        const QLineEdit* field;
        QString name;
        NumberRule rule;
    };
    const Check checks[] = {{lr_, tr("Learning rate"), {0, false}},
                            {weight_decay_, tr("Weight decay"), {0, true}},
                            {grad_clip_, tr("Gradient clipping"), {0, true}},
                            {min_delta_, tr("Minimum improvement"), {0, true}}};
    for (const Check& check : checks) {
        bool ok = false;
        const double value = parseNumber(check.field, &ok);
        if (!ok || !std::isfinite(value))
            return tr("%1: \"%2\" is not a number (write it as 0.0003 or 3e-4)").arg(check.name, check.field->text());
        if (check.rule.minimum_allowed ? value < check.rule.minimum : value <= check.rule.minimum)
            return check.rule.minimum_allowed ? tr("%1: must not be negative").arg(check.name)
                                              : tr("%1: must be greater than 0").arg(check.name);
    }
    if (dataset_->count() == 0) return tr("Dataset: the project has no data set yet; import one on the Data page");
    if (model_->count() == 0) return tr("Model: choose a model folder");
    if (precision_->currentData().toString() != "fp32" && device() == "cpu")
        return tr("Precision: autocast needs a CUDA GPU; the CPU trains in fp32");
    try {
        trainingOptionsFromJson(optionsJson().toStdString()).validate();
    } catch (const std::exception& e) {
        return QString::fromUtf8(e.what());
    }
    return {};
}

QStringList TrainingForm::presetIds() const {
    QStringList ids;
    for (const TrainingPreset& preset : trainingPresets()) ids << QString::fromStdString(preset.id);
    return ids;
}

void TrainingForm::applyPreset(const QString& id) {
    const auto preset = findTrainingPreset(id.toStdString());
    if (!preset) return;
    setOptionsJson(QString::fromStdString(trainingOptionsToJson(preset->options)));
    const QSignalBlocker block(preset_);
    preset_->setCurrentIndex(std::max(0, preset_->findData(id)));
    preset_note_->setText(presetDescription(id));
    preset_note_->setVisible(!preset_note_->text().isEmpty());
}

void TrainingForm::fieldChanged() {
    if (applying_) return;
    // A field changed by hand after a preset: the settings are the user's own now.
    if (!preset_->currentData().toString().isEmpty()) {
        const auto preset = findTrainingPreset(preset_->currentData().toString().toStdString());
        if (preset && QString::fromStdString(trainingOptionsToJson(preset->options)) != optionsJson()) {
            const QSignalBlocker block(preset_);
            preset_->setCurrentIndex(0);
            preset_note_->hide();
        }
    }
    // The reason beside the form: the first problem found, and the field marked.
    const QString message = validationMessage();
    problem_->setText(message);
    problem_->setVisible(!message.isEmpty());
    for (QLineEdit* field : {lr_, weight_decay_, grad_clip_, min_delta_}) {
        bool ok = false;
        const double value = parseNumber(field, &ok);
        const bool bad = !ok || !std::isfinite(value) || value < 0 || (field == lr_ && value <= 0);
        field->setStyleSheet(bad ? "QLineEdit { border: 1px solid #c82828; }" : QString());
    }
    updateEstimate();
    const bool valid = message.isEmpty();
    if (valid != valid_) {
        valid_ = valid;
        emit validityChanged(valid);
    }
    emit changed();
}

void TrainingForm::updateEstimate() {
    if (!config_) {
        memory_->setText(tr("reading the model…"));
        return;
    }
    const TrainingOptions o = trainingOptionsFromJson(optionsJson().toStdString());
    const TrainingMemoryEstimate e =
        estimateTrainingMemory(*config_, o.batch_size, o.precision, o.lock_image, o.lock_text);
    memory_->setText(tr("%1 (weights %2, gradients and AdamW %3, activations %4) · %5 parameters")
                         .arg(QString::fromStdString(formatBytes(e.total_bytes)),
                              QString::fromStdString(formatBytes(e.weights_bytes)),
                              QString::fromStdString(formatBytes(e.gradients_bytes + e.optimizer_bytes)),
                              QString::fromStdString(formatBytes(e.activations_bytes)),
                              QLocale().toString(static_cast<qlonglong>(e.parameters))));
}

QString TrainingForm::memoryEstimateText() const { return memory_->text(); }

QString TrainingForm::configurationJson() const {
    nlohmann::json j;
    j["dataset"] = dataset().toStdString();
    j["model"] = modelDir().toStdString();
    j["device"] = device().toStdString();
    j["name"] = runName().toStdString();
    j["options"] = nlohmann::json::parse(optionsJson().toStdString());
    return QString::fromStdString(j.dump(2));
}

bool TrainingForm::applyConfigurationJson(const QString& json, QString* error) {
    try {
        const nlohmann::json j = nlohmann::json::parse(json.toStdString());
        if (!j.is_object()) throw std::runtime_error(tr("it is not a JSON object").toStdString());
        if (j.contains("options")) {
            const std::string options = j.at("options").dump();
            trainingOptionsFromJson(options).validate();  // refuse bad settings before touching the form
            setOptionsJson(QString::fromStdString(options));
        }
        if (j.contains("dataset")) selectDataset(QString::fromStdString(j.at("dataset").get<std::string>()));
        if (j.contains("model")) {
            const QString dir = QString::fromStdString(j.at("model").get<std::string>());
            if (!dir.isEmpty()) addModel(QDir(dir).dirName(), dir);
        }
        if (j.contains("device")) selectDevice(QString::fromStdString(j.at("device").get<std::string>()));
        if (j.contains("name")) run_name_->setText(QString::fromStdString(j.at("name").get<std::string>()));
        return true;
    } catch (const std::exception& e) {
        if (error) *error = QString::fromUtf8(e.what());
        return false;
    }
}

QString TrainingForm::commandLine(const QString& project, const QString& output_dir) const {
    TrainingCommand command;
    command.project = project.toStdString();
    command.dataset = dataset().toStdString();
    command.model_dir = modelDir().toStdString();
    command.output_dir = output_dir.toStdString();
    command.run_name = runName().toStdString();
    command.device = device().toStdString();
    try {
        command.options = trainingOptionsFromJson(optionsJson().toStdString());
        return QString::fromStdString(shellCommandLine(trainingCommandArguments(command)));
    } catch (const std::exception& e) {
        return tr("# cannot be written as a command line: %1").arg(QString::fromUtf8(e.what()));
    }
}

}  // namespace clipft::ui
