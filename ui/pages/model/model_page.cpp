#include "ui/pages/model/model_page.h"

#include "ui/jobs/job_runner.h"
#include "ui/settings.h"

#include "core/common/resource_paths.h"
#include "core/common/runtime.h"
#include "core/model/model_fingerprint.h"
#include "core/model/model_folder.h"
#include "core/text/sentencepiece_tokenizer.h"

#include <torch/cuda.h>

#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QFormLayout>
#include <QPushButton>
#include <QSpinBox>
#include <QThread>
#include <QTableWidget>
#include <QVBoxLayout>

#include <filesystem>

namespace clipft::ui {

namespace {

// The model's description as rows of the details table (computed on the worker thread).
QString describeModel(const std::string& dir, ProgressObserver* observer, const CancelToken* cancel) {
    const LoadedModel loaded = loadModel(dir, c10::Device(c10::kCPU), observer, cancel);
    const ClipConfig& c = loaded.model->config;
    int64_t parameters = 0;
    for (const auto& p : loaded.model->parameters()) parameters += p.numel();
    int64_t bytes = 0;
    for (const auto& entry : std::filesystem::directory_iterator(dir))
        if (entry.is_regular_file()) bytes += static_cast<int64_t>(entry.file_size());
    const QLocale l;
    const bool sentencepiece = dynamic_cast<const SentencePieceTokenizer*>(loaded.tokenizer.get()) != nullptr;
    const auto row = [](const QString& key, const QString& value) {
        return QString("<tr><td><b>%1</b></td><td>%2</td></tr>").arg(key, value);
    };
    QString html = "<table cellspacing=6>";
    html += row(ModelPage::tr("Folder"), QString::fromStdString(dir).toHtmlEscaped());
    html += row(ModelPage::tr("Layout"), QString::fromLatin1(layoutName(loaded.folder.layout)));
    html += row(ModelPage::tr("Image tower"), ModelPage::tr("ViT: %1 layers, width %2, %3 heads, patch %4, %5×%5 images")
                                                   .arg(c.vision.layers).arg(c.vision.width).arg(c.vision.heads)
                                                   .arg(c.vision.patch_size).arg(c.vision.image_size));
    html += row(ModelPage::tr("Text tower"), ModelPage::tr("%1 layers, width %2, %3 heads, context %4, vocabulary %5")
                                                  .arg(c.text.layers).arg(c.text.width).arg(c.text.heads)
                                                  .arg(c.text.context_length).arg(l.toString(c.text.vocab_size)));
    html += row(ModelPage::tr("Embedding"), ModelPage::tr("%1 dimensions").arg(c.embed_dim));
    html += row(ModelPage::tr("Activation"), c.quick_gelu ? ModelPage::tr("QuickGELU (OpenAI, laion400m)") : ModelPage::tr("GELU"));
    html += row(ModelPage::tr("Parameters"), l.toString(static_cast<qlonglong>(parameters)));
    html += row(ModelPage::tr("Tokenizer"), sentencepiece ? ModelPage::tr("sentencepiece") : ModelPage::tr("CLIP byte-level BPE"));
    html += row(ModelPage::tr("Preprocessing"),
                ModelPage::tr("resize the shortest side to %1 (bicubic, antialiased), centre crop, mean (%2, %3, %4), std (%5, %6, %7)")
                    .arg(c.vision.image_size)
                    .arg(c.preprocess.mean[0], 0, 'f', 4).arg(c.preprocess.mean[1], 0, 'f', 4).arg(c.preprocess.mean[2], 0, 'f', 4)
                    .arg(c.preprocess.std[0], 0, 'f', 4).arg(c.preprocess.std[1], 0, 'f', 4).arg(c.preprocess.std[2], 0, 'f', 4));
    html += row(ModelPage::tr("Fingerprint"), QString::fromStdString(modelFingerprint(*loaded.model.ptr())).left(16));
    html += row(ModelPage::tr("Size on disk"), l.formattedDataSize(bytes));
    return html + "</table>";
}

}  // namespace

ModelPage::ModelPage(JobRunner& runner, QWidget* parent) : QWidget(parent), runner_(runner) {
    setObjectName("model");
    auto* layout = new QVBoxLayout(this);
    auto* top = new QHBoxLayout;
    models_ = new QComboBox(this);
    models_->setObjectName("models");
    models_->setMinimumWidth(320);
    auto* open = new QPushButton(QIcon(":/icons/open.svg"), tr("Open model folder…"), this);
    open->setToolTip(tr("An open_clip folder (open_clip_config.json + open_clip_model.safetensors) or a transformers "
                        "folder (config.json + model.safetensors), with its tokenizer files"));
    top->addWidget(new QLabel(tr("Model:"), this));
    top->addWidget(models_, 1);
    top->addWidget(open);
    layout->addLayout(top);

    details_ = new QLabel(this);
    details_->setObjectName("modelDetails");
    details_->setTextFormat(Qt::RichText);
    details_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    details_->setWordWrap(true);
    details_->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    auto* details_box = new QGroupBox(tr("Details"), this);
    (new QVBoxLayout(details_box))->addWidget(details_);
    layout->addWidget(details_box);

    auto* known_box = new QGroupBox(tr("Known architectures, and where to get real weights"), this);
    auto* known = new QTableWidget(0, 3, known_box);
    known->setHorizontalHeaderLabels({tr("Architecture"), tr("open_clip layout"), tr("transformers layout")});
    const char* rows[][3] = {{"ViT-B-32 (OpenAI)", "timm/vit_base_patch32_clip_224.openai", "openai/clip-vit-base-patch32"},
                             {"ViT-B-32-quickgelu (laion400m_e32)", "timm/vit_base_patch32_clip_224.laion400m_e32", "—"},
                             {"ViT-B-16-plus-240 (laion400m_e32)", "timm/vit_base_patch16_plus_clip_240.laion400m_e32", "—"},
                             {"ViT-B-16 (OpenAI)", "timm/vit_base_patch16_clip_224.openai", "openai/clip-vit-base-patch16"},
                             {"ViT-L-14 (OpenAI)", "timm/vit_large_patch14_clip_224.openai", "openai/clip-vit-large-patch14"}};
    for (const auto& r : rows) {
        const int at = known->rowCount();
        known->insertRow(at);
        for (int column = 0; column < 3; ++column) known->setItem(at, column, new QTableWidgetItem(QString::fromUtf8(r[column])));
    }
    known->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    known->horizontalHeader()->setStretchLastSection(true);
    known->verticalHeader()->hide();
    known->setEditTriggers(QAbstractItemView::NoEditTriggers);
    known->setSizeAdjustPolicy(QAbstractScrollArea::AdjustToContents);  // as tall as its five rows
    known->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    auto* known_layout = new QVBoxLayout(known_box);
    known_layout->addWidget(known);
    known_layout->addWidget(new QLabel(
        tr("Download the files of a Hugging Face repository above (\"Files and versions\") into a folder, then open it here."),
        known_box));
    layout->addWidget(known_box);
    layout->addStretch(1);

    // Where this project's jobs run: kept per project, passed to training and evaluation.
    auto* compute_box = new QGroupBox(tr("Compute for this project's jobs"), this);
    auto* form = new QFormLayout(compute_box);
    device_ = new QComboBox(compute_box);
    device_->setObjectName("device");
    device_->addItem(tr("Automatic (%1)").arg(QString::fromStdString(describeDevice(parseDevice("auto")))), "auto");
    device_->addItem(tr("CPU (%1)").arg(QString::fromStdString(describeDevice(c10::Device(c10::kCPU)))), "cpu");
    const int gpus = static_cast<int>(torch::cuda::device_count());
    for (int i = 0; i < gpus; ++i) device_->addItem(tr("CUDA device %1").arg(i), QString("cuda:%1").arg(i));
    if (gpus == 0) device_->setToolTip(tr("No CUDA device is visible to this build (see Help > About)"));
    precision_ = new QComboBox(compute_box);
    precision_->setObjectName("precision");
    precision_->setToolTip(tr("fp16 (amp, with loss scaling) and bf16 autocast need a CUDA device; on the CPU training runs in fp32"));
    threads_ = new QSpinBox(compute_box);
    threads_->setObjectName("cpuThreads");
    threads_->setRange(0, std::max(1, QThread::idealThreadCount()));
    threads_->setSpecialValueText(tr("all cores"));
    threads_->setToolTip(tr("Threads for work on the CPU (clipft's --threads)"));
    form->addRow(tr("Device:"), device_);
    form->addRow(tr("Precision:"), precision_);
    form->addRow(tr("CPU threads:"), threads_);
    form->setFieldGrowthPolicy(QFormLayout::FieldsStayAtSizeHint);  // short fields, not page-wide ones
    compute_box->setEnabled(false);  // until a project is open
    layout->insertWidget(layout->count() - 1, compute_box);  // above the stretch, with the others
    fillPrecisions();
    connect(device_, &QComboBox::currentIndexChanged, this, [this] {
        fillPrecisions();
        storeCompute();
    });
    connect(precision_, &QComboBox::currentIndexChanged, this, [this] { storeCompute(); });
    connect(threads_, &QSpinBox::valueChanged, this, [this] { storeCompute(); });

    connect(open, &QPushButton::clicked, this, [this] {
        const QString dir = QFileDialog::getExistingDirectory(this, tr("Open a model folder"));
        if (!dir.isEmpty()) showModel(dir);
    });
    connect(models_, &QComboBox::activated, this, [this](int index) { showModel(models_->itemData(index).toString()); });
}

void ModelPage::showModel(const QString& requested) {
    QString dir = requested;
    if (dir.isEmpty()) {
        try {
            dir = QString::fromStdString(demoModelDir());
        } catch (const std::exception& e) {
            details_->setText(QString::fromUtf8(e.what()).toHtmlEscaped());
            return;
        }
    }
    current_ = dir;
    if (!requested.isEmpty()) settings::addProjectModel(project_, dir);
    if (models_->findData(dir) < 0)
        models_->addItem(requested.isEmpty() ? tr("Built-in demo model") : QDir(dir).dirName(), dir);
    models_->setCurrentIndex(models_->findData(dir));
    details_->setText(tr("Reading %1…").arg(dir.toHtmlEscaped()));
    const quint64 token = runner_.start(tr("Reading model %1").arg(QDir(dir).dirName()), [dir](JobContext& context) {
        return QVariant(describeModel(dir.toStdString(), context.observer(), context.cancelToken()));
    });
    runner_.whenDone(
        token, this, [this](const QVariant& html) { details_->setText(html.toString()); },
        [this](const QString& error) { details_->setText(tr("<b>This folder cannot be used:</b> %1").arg(error.toHtmlEscaped())); });
}

void ModelPage::fillPrecisions() {
    const QString keep = precision_->currentData().toString();
    const QString device = device_->currentData().toString();
    const bool cuda = device.startsWith("cuda") || (device == "auto" && torch::cuda::device_count() > 0);
    const QSignalBlocker block(precision_);
    precision_->clear();
    precision_->addItem(tr("fp32"), "fp32");
    if (cuda) {
        precision_->addItem(tr("amp (fp16 with loss scaling)"), "amp");
        precision_->addItem(tr("bf16"), "bf16");
    }
    const int found = precision_->findData(keep);
    precision_->setCurrentIndex(found >= 0 ? found : 0);
}

void ModelPage::storeCompute() {
    if (project_.isEmpty()) return;
    settings::ComputeSettings compute;
    compute.device = device_->currentData().toString();
    compute.precision = precision_->currentData().toString();
    compute.cpu_threads = threads_->value();
    settings::setProjectCompute(project_, compute);
}

void ModelPage::setProject(const QString& project) {
    project_.clear();  // no stores while the controls are set from the settings
    const settings::ComputeSettings compute = settings::projectCompute(project);
    const int device = device_->findData(compute.device);
    device_->setCurrentIndex(device >= 0 ? device : 0);
    fillPrecisions();
    const int precision = precision_->findData(compute.precision);
    precision_->setCurrentIndex(precision >= 0 ? precision : 0);
    threads_->setValue(compute.cpu_threads);
    device_->parentWidget()->setEnabled(!project.isEmpty());
    project_ = project;
    // The models used with this project, after the built-in one.
    for (int i = models_->count() - 1; i >= 0; --i)
        if (models_->itemData(i).toString() != current_) models_->removeItem(i);
    for (const QString& dir : settings::projectModels(project))
        if (models_->findData(dir) < 0) models_->addItem(QDir(dir).dirName(), dir);
}

}  // namespace clipft::ui
