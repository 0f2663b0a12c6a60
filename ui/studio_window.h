// clipft Studio's main window: a side bar of pages as Qt Creator's mode bar (Welcome, Data,
// Model, Train, Search, Runs), menus and a toolbar, and a status bar
// with the project, the compute device and the background job. Geometry and the open page are
// kept in QSettings; a folder or annotation file dropped anywhere on the window is imported.
#pragma once
#include <QMainWindow>

class QLabel;
class QToolBar;
class QStackedWidget;

namespace clipft::ui {

class DataPage;
class JobRunner;
class ModelPage;
class RunsPage;
class SearchPage;
class TrainPage;
class WelcomePage;

class StudioWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit StudioWindow(QWidget* parent = nullptr);
    ~StudioWindow() override;

    // Opens an existing project (or creates it when the file does not exist) on its Data page.
    bool openProject(const QString& path);
    void closeProject();
    QString projectPath() const { return project_; }
    JobRunner& runner() { return *runner_; }
    DataPage& dataPage() { return *data_; }
    SearchPage& searchPage() { return *search_; }
    TrainPage& trainPage() { return *train_; }
    RunsPage& runsPage() { return *runs_; }
    void showPage(const QString& name);  // "welcome", "data", "model", "train", "search", "runs"
    // Try the demo: a new project with the synthetic demo data sets, made in the background and
    // then opened (what the Welcome page's button and `clipft-studio --demo` do).
    void startDemo();
    QString currentPage() const;

protected:
    void closeEvent(QCloseEvent* event) override;
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;

private:
    void buildMenus();
    void newProject();
    void chooseProject();
    void showMessage(const QString& text);
    void updateTitle();
    void rebuildRecentMenu();
    void compareRunInSearch(qint64 run);
    // Asks `question` when a training runs, and stops it (waiting for its checkpoint) on Yes.
    bool stopTrainingFirst(const QString& question);

    JobRunner* runner_ = nullptr;
    QString project_;
    QToolBar* sidebar_ = nullptr;
    QStackedWidget* pages_ = nullptr;
    WelcomePage* welcome_ = nullptr;
    DataPage* data_ = nullptr;
    ModelPage* model_ = nullptr;
    SearchPage* search_ = nullptr;
    TrainPage* train_ = nullptr;
    RunsPage* runs_ = nullptr;
    QLabel* project_label_ = nullptr;
    QMenu* recent_menu_ = nullptr;
};

}  // namespace clipft::ui
