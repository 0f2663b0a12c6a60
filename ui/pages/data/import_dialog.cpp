#include "ui/pages/data/import_dialog.h"

#include "ui/jobs/background_read.h"

#include "core/common/error.h"
#include "core/dataset/importer_registry.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QRegularExpression>
#include <QSpinBox>
#include <QTimer>
#include <QVBoxLayout>

namespace clipft::ui {

// What a background read of the annotations found.
struct ImportDialog::Preview {
    QString source, format;  // format: the importer's name
    QString evidence;        // why detection chose it
    QString error;           // the core's sentence when the source cannot be read
    bool cancelled = false;
    bool has_splits = false;
    qint64 images = 0, captions = 0, problems = 0;
    qint64 train = 0, val = 0, test = 0;  // images per split, when the source has its own
};

namespace {

// The formats by importer name, as the user reads them.
QString formatTitle(const QString& name) {
    if (name == "folder") return ImportDialog::tr("Folder with caption files");
    if (name == "csv") return ImportDialog::tr("CSV / TSV table");
    if (name == "jsonl") return ImportDialog::tr("JSON Lines");
    if (name == "flickr8k") return ImportDialog::tr("Flickr8k");
    if (name == "flickr30k") return ImportDialog::tr("Flickr30k");
    if (name == "coco") return ImportDialog::tr("MS-COCO captions");
    if (name == "karpathy") return ImportDialog::tr("Karpathy splits (JSON)");
    if (name == "clip-benchmark") return ImportDialog::tr("CLIP_benchmark retrieval file");
    return name;
}

bool hasColumns(const QString& format) { return format == "csv" || format == "jsonl"; }

QString uniqueName(const QString& path, const QStringList& taken) {
    QString base = QFileInfo(path).completeBaseName();
    if (base.isEmpty()) base = QFileInfo(path).fileName();
    base.replace(QRegularExpression("[^A-Za-z0-9_.-]+"), "-");
    if (base.isEmpty()) base = "dataset";
    QString name = base;
    for (int i = 2; taken.contains(name); ++i) name = QString("%1-%2").arg(base).arg(i);
    return name;
}

}  // namespace

ImportDialog::ImportDialog(const QStringList& taken, QWidget* parent) : QDialog(parent), taken_(taken) {
    setObjectName("importDialog");
    setWindowTitle(tr("Import captioned images"));
    auto* layout = new QVBoxLayout(this);

    // Where from, and what is there.
    auto* source_box = new QGroupBox(tr("Source"), this);
    auto* source_form = new QFormLayout(source_box);
    auto* source_row = new QHBoxLayout;
    source_ = new QLineEdit(source_box);
    source_->setObjectName("importSource");
    source_->setPlaceholderText(tr("A folder, or an annotation file (CSV, JSONL, Flickr, COCO, Karpathy)"));
    source_->setClearButtonEnabled(true);
    auto* pick_folder = new QPushButton(tr("Folder…"), source_box);
    auto* pick_file = new QPushButton(tr("File…"), source_box);
    source_row->addWidget(source_, 1);
    source_row->addWidget(pick_folder);
    source_row->addWidget(pick_file);
    source_form->addRow(tr("Path:"), source_row);
    format_ = new QComboBox(source_box);
    format_->setObjectName("importFormat");
    format_->addItem(tr("Detect automatically"), "auto");
    for (const CaptionImporter* importer : allImporters()) {
        const QString name = QString::fromStdString(importer->name());
        format_->addItem(formatTitle(name), name);
        format_->setItemData(format_->count() - 1, QString::fromStdString(importer->description()), Qt::ToolTipRole);
    }
    source_form->addRow(tr("Format:"), format_);
    detection_ = new QLabel(source_box);
    detection_->setObjectName("importDetection");
    detection_->setWordWrap(true);
    detection_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    source_form->addRow(tr("Detected:"), detection_);
    found_ = new QLabel(source_box);
    found_->setObjectName("importFound");
    found_->setWordWrap(true);
    found_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    source_form->addRow(tr("Found:"), found_);
    layout->addWidget(source_box);

    // Where it goes, and where its images are.
    auto* dataset_box = new QGroupBox(tr("Dataset"), this);
    auto* dataset_form = new QFormLayout(dataset_box);
    name_ = new QLineEdit(dataset_box);
    name_->setObjectName("importName");
    dataset_form->addRow(tr("Name in the project:"), name_);
    auto* images_row = new QHBoxLayout;
    images_dir_ = new QLineEdit(dataset_box);
    images_dir_->setObjectName("importImagesDir");
    images_dir_->setPlaceholderText(tr("Where the format keeps them, beside the annotations"));
    images_dir_->setToolTip(tr("The folder the annotations' image names start from (clipft import --images)"));
    images_dir_->setClearButtonEnabled(true);
    auto* pick_images = new QPushButton(tr("Browse…"), dataset_box);
    images_row->addWidget(images_dir_, 1);
    images_row->addWidget(pick_images);
    dataset_form->addRow(tr("Images folder:"), images_row);
    layout->addWidget(dataset_box);

    // Splits, for sources without their own.
    auto* options_row = new QHBoxLayout;
    splits_ = new QGroupBox(tr("Splits"), this);
    auto* splits_form = new QFormLayout(splits_);
    const auto percent = [this](int value, const QString& name) {
        auto* box = new QSpinBox(splits_);
        box->setObjectName(name);
        box->setRange(0, 100);
        box->setSuffix(tr(" %"));
        box->setValue(value);
        return box;
    };
    train_ = percent(80, "importTrain");
    val_ = percent(10, "importVal");
    test_ = percent(10, "importTest");
    seed_ = new QSpinBox(splits_);
    seed_->setObjectName("importSeed");
    seed_->setRange(0, 999999);
    seed_->setToolTip(tr("The same seed gives every image the same split on every import"));
    splits_form->addRow(tr("Training:"), train_);
    splits_form->addRow(tr("Validation:"), val_);
    splits_form->addRow(tr("Test:"), test_);
    splits_form->addRow(tr("Seed:"), seed_);
    splits_note_ = new QLabel(splits_);
    splits_note_->setWordWrap(true);
    splits_form->addRow(splits_note_);
    options_row->addWidget(splits_);

    auto* right = new QVBoxLayout;
    columns_ = new QGroupBox(tr("Columns"), this);
    auto* columns_form = new QFormLayout(columns_);
    separator_ = new QComboBox(columns_);
    separator_->setObjectName("importSeparator");
    separator_->addItem(tr("From the header line"), 0);
    separator_->addItem(tr("Comma"), int(','));
    separator_->addItem(tr("Tab"), int('\t'));
    separator_->addItem(tr("Semicolon"), int(';'));
    image_column_ = new QLineEdit(columns_);
    image_column_->setObjectName("importImageColumn");
    image_column_->setPlaceholderText(tr("filepath (CSV), image (JSONL)"));
    caption_column_ = new QLineEdit(columns_);
    caption_column_->setObjectName("importCaptionColumn");
    caption_column_->setPlaceholderText(tr("title (CSV), caption (JSONL)"));
    columns_form->addRow(tr("Separator:"), separator_);
    columns_form->addRow(tr("Image column:"), image_column_);
    columns_form->addRow(tr("Caption column:"), caption_column_);
    right->addWidget(columns_);

    auto* images_box = new QGroupBox(tr("Images"), this);
    auto* images_form = new QFormLayout(images_box);
    min_side_ = new QSpinBox(images_box);
    min_side_->setObjectName("importMinSide");
    min_side_->setRange(1, 4096);
    min_side_->setValue(32);
    min_side_->setSuffix(tr(" px"));
    min_side_->setToolTip(tr("Images with a shorter side are left out and reported as too small"));
    duplicates_ = new QComboBox(images_box);
    duplicates_->setObjectName("importDuplicates");
    duplicates_->addItem(tr("As the format does"), QString());
    duplicates_->addItem(tr("Keep byte-identical images"), "keep");
    duplicates_->addItem(tr("Drop byte-identical images"), "drop");
    duplicates_->setToolTip(tr("By default published benchmarks keep theirs, so that their counts and recall "
                               "are the published ones; other sources drop them"));
    images_form->addRow(tr("Minimum side:"), min_side_);
    images_form->addRow(tr("Duplicates:"), duplicates_);
    right->addWidget(images_box);
    right->addStretch(1);
    options_row->addLayout(right, 1);
    layout->addLayout(options_row);

    problem_ = new QLabel(this);
    problem_->setObjectName("importProblem");
    problem_->setWordWrap(true);
    layout->addWidget(problem_);
    buttons_ = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    import_button_ = buttons_->addButton(tr("Import"), QDialogButtonBox::AcceptRole);
    import_button_->setObjectName("importButton");
    import_button_->setDefault(true);
    layout->addWidget(buttons_);

    debounce_ = new QTimer(this);
    debounce_->setSingleShot(true);
    debounce_->setInterval(250);
    connect(debounce_, &QTimer::timeout, this, &ImportDialog::startPreview);
    connect(buttons_, &QDialogButtonBox::accepted, this, [this] {
        if (canImport()) accept();
    });
    connect(buttons_, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(pick_folder, &QPushButton::clicked, this, [this] {
        const QString dir = QFileDialog::getExistingDirectory(this, tr("Import a folder of captioned images"), source());
        if (!dir.isEmpty()) setSource(dir);
    });
    connect(pick_file, &QPushButton::clicked, this, [this] {
        const QString file = QFileDialog::getOpenFileName(this, tr("Import an annotation file"), source(),
                                                          tr("Annotations (*.csv *.tsv *.jsonl *.json *.txt *.token);;All files (*)"));
        if (!file.isEmpty()) setSource(file);
    });
    connect(pick_images, &QPushButton::clicked, this, [this] {
        const QString dir = QFileDialog::getExistingDirectory(this, tr("The folder of the images"), images_dir_->text());
        if (!dir.isEmpty()) images_dir_->setText(dir);
    });
    connect(source_, &QLineEdit::textEdited, this, [this](const QString& path) {
        if (!name_edited_) name_->setText(uniqueName(path, taken_));
        schedulePreview();
    });
    connect(name_, &QLineEdit::textEdited, this, [this] {
        name_edited_ = true;
        validate();
    });
    connect(format_, &QComboBox::currentIndexChanged, this, &ImportDialog::schedulePreview);
    for (QLineEdit* edit : {images_dir_, image_column_, caption_column_})
        connect(edit, &QLineEdit::textChanged, this, &ImportDialog::schedulePreview);
    connect(separator_, &QComboBox::currentIndexChanged, this, &ImportDialog::schedulePreview);
    for (QSpinBox* box : {train_, val_, test_}) connect(box, &QSpinBox::valueChanged, this, &ImportDialog::validate);

    resize(720, sizeHint().height());
    updateOptions();
    startPreview();
}

ImportDialog::~ImportDialog() {
    if (preview_cancel_) preview_cancel_->cancel();
}

void ImportDialog::setSource(const QString& path) {
    source_->setText(QDir::toNativeSeparators(path));
    if (!name_edited_) name_->setText(uniqueName(path, taken_));
    startPreview();
}

QString ImportDialog::source() const { return QDir::fromNativeSeparators(source_->text().trimmed()); }

QString ImportDialog::chosenFormat() const { return format_->currentData().toString(); }

ImportOptions ImportDialog::importOptions() const {
    ImportOptions options;
    options.csv_separator = char(separator_->currentData().toInt());
    options.image_column = image_column_->text().trimmed().toStdString();
    options.caption_column = caption_column_->text().trimmed().toStdString();
    return options;
}

DatasetImportRequest ImportDialog::defaultRequest(const QString& path, const QStringList& taken) {
    DatasetImportRequest request;
    request.name = uniqueName(path, taken).toStdString();
    request.source = path.toStdString();
    return request;
}

DatasetImportRequest ImportDialog::request() const {
    DatasetImportRequest request;
    request.name = name_->text().trimmed().toStdString();
    request.format = chosenFormat().toStdString();
    request.source = source().toStdString();
    request.images_dir = QDir::fromNativeSeparators(images_dir_->text().trimmed()).toStdString();
    request.options = importOptions();
    request.min_side = min_side_->value();
    request.ratios = SplitRatios{train_->value() / 100.0, val_->value() / 100.0, test_->value() / 100.0};
    request.seed = uint64_t(seed_->value());
    const QString duplicates = duplicates_->currentData().toString();
    if (!duplicates.isEmpty()) request.keep_duplicates = duplicates == "keep";
    return request;
}

void ImportDialog::schedulePreview() {
    // What is being read now no longer matches the form: drop it.
    if (preview_cancel_) preview_cancel_->cancel();
    ++preview_request_;
    readable_ = false;
    previewing_ = true;
    validate();
    debounce_->start();
}

void ImportDialog::startPreview() {
    debounce_->stop();
    if (preview_cancel_) preview_cancel_->cancel();
    const QString path = source();
    if (path.isEmpty()) {
        ++preview_request_;  // whatever is still reading is stale
        previewing_ = false;
        readable_ = false;
        detected_.clear();
        detection_->setText(tr("Choose a folder or an annotation file."));
        found_->clear();
        updateOptions();
        validate();
        return;
    }
    previewing_ = true;
    readable_ = false;
    detection_->setText(tr("Looking at %1…").arg(QFileInfo(path).fileName()));
    found_->clear();
    validate();
    auto cancel = std::make_shared<CancelToken>();
    preview_cancel_ = cancel;
    const std::string source = path.toStdString();
    const std::string format = chosenFormat().toStdString();
    const std::string images_dir = QDir::fromNativeSeparators(images_dir_->text().trimmed()).toStdString();
    const ImportOptions options = importOptions();
    readInBackground<Preview>(
        this, preview_request_,
        [=] {
            Preview p;
            p.source = path;
            try {
                const CaptionImporter& importer =
                    format == "auto" ? detectImporter(source, options) : importerByName(format);
                p.format = QString::fromStdString(importer.name());
                p.evidence = QString::fromStdString(importer.detect(source, options).evidence);
                const ImportManifest manifest = importer.read(source, images_dir, options, nullptr, cancel.get());
                p.has_splits = manifest.has_splits;
                p.images = qint64(manifest.images.size());
                for (const ImportedImage& image : manifest.images) {
                    p.captions += qint64(image.captions.size());
                    if (image.split == "train") ++p.train;
                    else if (image.split == "val") ++p.val;
                    else if (image.split == "test") ++p.test;
                }
                p.problems = qint64(manifest.problems.size());
            } catch (const Cancelled&) {
                p.cancelled = true;
            } catch (const std::exception& e) {
                p.error = QString::fromUtf8(e.what());
            }
            return p;
        },
        [this](const Preview& p) { showPreview(p); });
}

void ImportDialog::showPreview(const Preview& p) {
    if (p.cancelled) return;  // a newer read follows
    previewing_ = false;
    readable_ = p.error.isEmpty();
    detected_ = readable_ ? p.format : QString();
    own_splits_ = p.has_splits;
    const QLocale locale;
    if (!readable_) {
        detection_->setText(tr("Nothing to import here."));
        found_->setText(QString("<span style='color:#c0392b'>%1</span>").arg(p.error.toHtmlEscaped()));
    } else {
        detection_->setText(p.evidence.isEmpty() ? QString("<b>%1</b>").arg(formatTitle(p.format).toHtmlEscaped())
                                                 : QString("<b>%1</b> — %2").arg(formatTitle(p.format).toHtmlEscaped(),
                                                                                 p.evidence.toHtmlEscaped()));
        QString found = tr("%1 image names, %2 captions").arg(locale.toString(p.images), locale.toString(p.captions));
        if (p.has_splits)
            found += tr(", its own splits (%1 training, %2 validation, %3 test)")
                         .arg(locale.toString(p.train), locale.toString(p.val), locale.toString(p.test));
        else
            found += tr(", no splits of its own");
        found += ". ";
        found += p.problems == 0 ? tr("No problem in the annotations.")
                                 : tr("%n problem(s) in the annotations, listed in the report after the import.", "",
                                      int(p.problems));
        found += ' ' + tr("The images are opened and checked during the import.");
        found_->setText(found.toHtmlEscaped());
    }
    updateOptions();
    validate();
    emit previewReady(readable_);
}

void ImportDialog::updateOptions() {
    const QString format = chosenFormat() == "auto" ? detected_ : chosenFormat();
    columns_->setEnabled(hasColumns(format));
    columns_->setToolTip(hasColumns(format) ? QString() : tr("Only CSV and JSON Lines sources have columns to choose"));
    const bool own = readable_ && own_splits_;
    for (QSpinBox* box : {train_, val_, test_, seed_}) box->setEnabled(!own);
    splits_note_->setText(own ? tr("The source has its own splits; they are kept.")
                              : tr("Images are assigned to splits by these shares; the same seed always gives the "
                                   "same assignment."));
}

QString ImportDialog::foundText() const { return found_->text(); }

bool ImportDialog::canImport() const { return import_button_->isEnabled(); }

void ImportDialog::validate() {
    QString problem;
    const QString name = name_->text().trimmed();
    if (source().isEmpty()) problem = tr("Choose a folder or an annotation file to import.");
    else if (previewing_) problem = tr("Reading the annotations…");
    else if (!readable_) problem = tr("This source cannot be imported as it is: see above.");
    else if (name.isEmpty()) problem = tr("Give the dataset a name.");
    else if (taken_.contains(name)) problem = tr("The project already has a dataset named %1; choose another name.").arg(name);
    else if (!own_splits_ && train_->value() + val_->value() + test_->value() != 100)
        problem = tr("The splits add up to %1 %; they must add up to 100 %.")
                      .arg(train_->value() + val_->value() + test_->value());
    problem_->setText(problem);
    import_button_->setEnabled(problem.isEmpty());
}

}  // namespace clipft::ui
