// The import dialog: a folder or an annotation file, the format detected in it and what it holds
// ("Flickr8k: 8,092 image names, 40,460 captions, official splits"), and the options that apply to
// that format (images folder, split ratios and seed, CSV columns, minimum side, duplicates).
// Choosing a folder in the file dialogs, dropping one onto the window, and File > Import… all open
// it; its Import hands one DatasetImportRequest to DataPage::startImport().
//
// What it found comes from the importer's own read() of the annotations (no image is decoded),
// run in the background; editing the path or the options starts a new read, the old one is
// cancelled, and a stale result is dropped.
#pragma once
#include "core/jobs/dataset_import_job.h"

#include <QDialog>

#include <memory>

class QComboBox;
class QDialogButtonBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTimer;

namespace clipft {
class CancelToken;
}

namespace clipft::ui {

class ImportDialog : public QDialog {
    Q_OBJECT
public:
    // taken: the project's dataset names (the new one must differ).
    explicit ImportDialog(const QStringList& taken, QWidget* parent = nullptr);
    ~ImportDialog() override;  // cancels a read still running

    void setSource(const QString& path);  // fills the name and starts detection
    QString source() const;

    // What the Import button imports.
    DatasetImportRequest request() const;
    // The request for `path` with every option at its default (what the dialog starts with).
    static DatasetImportRequest defaultRequest(const QString& path, const QStringList& taken);

    // The format detected (an importer name such as "flickr8k"), "" while unknown; and the
    // sentence saying what the source holds, or why it cannot be read. For tests and screenshots.
    QString detectedFormat() const { return detected_; }
    QString foundText() const;
    bool canImport() const;

signals:
    void previewReady(bool readable);  // the detection and counts for the current form are shown

private:
    struct Preview;
    void schedulePreview();  // debounced: typing a path reads once it stops changing
    void startPreview();
    void showPreview(const Preview& preview);
    void updateOptions();  // which groups apply to the chosen (or detected) format
    void validate();       // enables Import, or says why not
    QString chosenFormat() const;  // the format combo's importer name, "auto" for detection
    ImportOptions importOptions() const;

    QStringList taken_;
    QLineEdit* source_ = nullptr;
    QComboBox* format_ = nullptr;
    QLabel* detection_ = nullptr;
    QLabel* found_ = nullptr;
    QLineEdit* name_ = nullptr;
    QLineEdit* images_dir_ = nullptr;
    QGroupBox* splits_ = nullptr;
    QLabel* splits_note_ = nullptr;
    QSpinBox* train_ = nullptr;
    QSpinBox* val_ = nullptr;
    QSpinBox* test_ = nullptr;
    QSpinBox* seed_ = nullptr;
    QGroupBox* columns_ = nullptr;
    QComboBox* separator_ = nullptr;
    QLineEdit* image_column_ = nullptr;
    QLineEdit* caption_column_ = nullptr;
    QSpinBox* min_side_ = nullptr;
    QComboBox* duplicates_ = nullptr;
    QLabel* problem_ = nullptr;
    QDialogButtonBox* buttons_ = nullptr;
    QPushButton* import_button_ = nullptr;
    QTimer* debounce_ = nullptr;

    QString detected_;       // importer name of the last preview, "" when none
    bool readable_ = false;  // the last preview read the source
    bool own_splits_ = false;
    bool previewing_ = false;
    bool name_edited_ = false;  // the user typed a name: a new source no longer replaces it
    quint64 preview_request_ = 0;
    std::shared_ptr<CancelToken> preview_cancel_;
};

}  // namespace clipft::ui
