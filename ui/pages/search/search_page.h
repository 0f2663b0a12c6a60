// The Search page: the chosen dataset split searched with two models side by side, A (usually the
// pre-trained model) and B (a fine-tuned run, or any model folder). Results come as you type
// (debounced; a stale result never overwrites a newer one); when the query is a caption of the
// split its image is outlined in both grids and its rank under A and B is shown with the change.
// An image can be the query too (dropped on the page, or "More like this" on a tile). "Compare on
// split" lists every caption's rank under A and B, sorted by improvement; a row runs its caption.
// The indexes are built in the background on the JobRunner (embeddings from the project's cache)
// and kept, so switching back to a model is instant.
#pragma once
#include <QHash>
#include <QMap>
#include <QStringList>
#include <QVector>
#include <QWidget>

#include <functional>
#include <memory>
#include <mutex>

class QComboBox;
class QLabel;
class QLineEdit;
class QListView;
class QPushButton;
class QSortFilterProxyModel;
class QSpinBox;
class QStandardItemModel;
class QTableView;
class QTabWidget;
class QTimer;

namespace clipft {
class SplitSearchIndex;
}

namespace clipft::ui {

class JobRunner;
class ReadyMarksSlider;
class ResultGridModel;
class ThumbnailLoader;

class SearchPage : public QWidget {
    Q_OBJECT
public:
    SearchPage(JobRunner& runner, QWidget* parent = nullptr);
    ~SearchPage() override;

    void setProject(const QString& project_path);  // "" : none
    // The project's runs changed (one started or ended): the model pickers list them again; the
    // built indexes, the query and its results stay.
    void refreshRuns() { refresh(); }
    // A dataset's images or captions changed (or one was renamed or deleted): the built indexes
    // hold the old ones, so they are dropped and the chosen ones built again (from the embedding
    // cache: only new images are embedded).
    void forgetIndexes();
    // Chooses what is searched; the indexes follow in the background (indexesReady()).
    void selectDataset(const QString& name);
    void selectSplit(const QString& split);  // "train", "val", "test", "all"
    // A model choice key: "dir:<folder>" or "run:<id>:<best|final>". side 0 is A, 1 is B; B ""
    // searches with A alone.
    void selectModel(int side, const QString& key);
    QStringList modelKeys(int side) const;  // what the picker offers now
    // B's WiSE-FT α when B is a run (1: the run's model as it is); the mix's index is built in the
    // background and kept. readyAlphas(): the α values of this run already built.
    void setWiseFtAlpha(double alpha);
    double wiseFtAlpha() const;
    QList<double> readyAlphas() const;

    // Types `text` into the query box (the debounce applies, as for a user).
    void setQuery(const QString& text);
    QString query() const;
    // The query shown in the grids now (after the debounce and the search).
    QString shownQuery() const { return shown_query_; }
    void searchLikeImage(qint64 image_id);       // "More like this": the project's id of the image
    void searchImageFile(const QString& path);   // an image dropped on the page
    void compareOnSplit();                       // fills the compare table in the background
    // "This is a match" / "Not a match" on a tile of the text query shown: stored in the project
    // in the background (feedbackStored() follows). False when the grids show no text query.
    bool markResult(int side, int row, bool match);

    // Parts, for tests and screenshots.
    ResultGridModel* results(int side) const { return side == 0 ? results_a_ : results_b_; }
    QListView* grid(int side) const { return side == 0 ? grid_a_ : grid_b_; }
    QString groundTruthText() const;
    QSortFilterProxyModel* comparisonTable() const { return comparison_filter_; }
    QTableView* comparisonView() const { return comparison_view_; }
    QString comparisonSummary() const;
    void showComparisonTab();
    bool exportComparison(const QString& csv_path);
    bool hasIndexes() const;

signals:
    void indexesReady();          // both chosen models' indexes are built (or taken from the cache)
    void resultsShown(const QString& query);  // the grids hold this query's results now
    void comparisonShown(int captions);
    void feedbackStored(const QString& text, bool match);
    void datasetsListed();
    void message(const QString& text);

protected:
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;
    void showEvent(QShowEvent* event) override;  // the indexes are built when the page is first seen

private:
    struct Shown;  // one query's results under A and B (search_page.cpp)
    QWidget* buildResultsTab();
    QWidget* buildCompareTab();
    void refresh();              // datasets and runs, read in the background
    void fillModelPickers(const QStringList& run_keys, const QStringList& run_labels);
    void rebuildIndexes();       // for the chosen dataset, split and models
    QString indexKey(int side) const;
    QString modelKey(int side) const;  // the picker's key, with B's α appended for a mix
    void updateAlphaRow(int value);
    void runQuery();             // the query box's text, in the background
    void startSearch(const QString& label, std::function<Shown(SplitSearchIndex&, SplitSearchIndex*)> search);
    void show(const Shown& shown);
    void showTileMenu(int side, const QPoint& position);
    void applyComparisonFilter();

    JobRunner& runner_;
    QString project_;
    QComboBox* dataset_ = nullptr;
    QComboBox* split_ = nullptr;
    QComboBox* model_a_ = nullptr;
    QComboBox* model_b_ = nullptr;
    QWidget* alpha_row_ = nullptr;
    ReadyMarksSlider* alpha_ = nullptr;
    QLabel* alpha_label_ = nullptr;
    QSpinBox* count_ = nullptr;
    QLineEdit* query_ = nullptr;
    QTimer* debounce_ = nullptr;
    QLabel* status_ = nullptr;
    QLabel* ground_truth_ = nullptr;
    QLabel* title_a_ = nullptr;
    QLabel* title_b_ = nullptr;
    QTabWidget* tabs_ = nullptr;
    ThumbnailLoader* loader_ = nullptr;
    ResultGridModel* results_a_ = nullptr;
    ResultGridModel* results_b_ = nullptr;
    QListView* grid_a_ = nullptr;
    QListView* grid_b_ = nullptr;
    QStandardItemModel* comparison_ = nullptr;
    QSortFilterProxyModel* comparison_filter_ = nullptr;
    QTableView* comparison_view_ = nullptr;
    QLineEdit* comparison_text_ = nullptr;
    QLabel* comparison_summary_ = nullptr;
    QPushButton* compare_button_ = nullptr;

    // Built indexes by indexKey(); the ones in use are index_[0] (A) and index_[1] (B, may be null).
    QHash<QString, std::shared_ptr<SplitSearchIndex>> built_;
    std::shared_ptr<SplitSearchIndex> index_[2];
    // The indexes are used by one query at a time (their model is not shared between threads). A
    // query waits for it at most kLockWaitMs (a comparison holds it for long), so that the shared
    // read pool is never blocked for long.
    std::shared_ptr<std::timed_mutex> index_lock_ = std::make_shared<std::timed_mutex>();
    quint64 list_slot_ = 0, query_slot_ = 0;  // request tokens: a newer read drops an older one
    QString shown_query_;
    bool shown_is_text_ = false;  // the grids show a text query (not an image's neighbours)
    QString pending_dataset_;
    bool fresh_project_ = true;        // the pickers get their defaults at the project's first listing
    bool waiting_for_runner_ = false;  // another job runs; the indexes are built once it ends
    QMap<int, QString> pending_model_;
};

}  // namespace clipft::ui
