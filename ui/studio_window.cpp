#include "ui/studio_window.h"

#include "ui/jobs/job_runner.h"
#include "ui/pages/data/data_page.h"
#include "ui/pages/model/model_page.h"
#include "ui/pages/runs/runs_page.h"
#include "ui/pages/search/search_page.h"
#include "ui/pages/train/train_page.h"
#include "ui/pages/welcome/welcome_page.h"
#include "ui/settings.h"
#include "ui/widgets/job_status_widget.h"

#include "core/common/runtime.h"
#include "core/jobs/demo_project_job.h"
#include "core/store/project_store.h"

#include <ATen/Parallel.h>
#include <opencv2/core/version.hpp>
#include <torch/version.h>

#include <QAction>
#include <QApplication>
#include <QActionGroup>
#include <QCloseEvent>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStatusBar>
#include <QStyleFactory>
#include <QTemporaryDir>
#include <QTimer>
#include <QToolBar>

// The icons are compiled into the static clipft_ui library; Q_INIT_RESOURCE must be outside any namespace.
static void initStudioResources() { Q_INIT_RESOURCE(studio); }

namespace clipft::ui {

namespace {

// "AMD EPYC 7B13, 2 threads": the CPU's model name from /proc/cpuinfo.
QString cpuDescription() {
    QString model;
    QFile cpuinfo("/proc/cpuinfo");
    if (cpuinfo.open(QIODevice::ReadOnly)) {
        for (const QByteArray& line : cpuinfo.readAll().split('\n'))
            if (line.startsWith("model name")) {
                model = QString::fromUtf8(line.mid(line.indexOf(':') + 1)).trimmed();
                break;
            }
    }
    if (model.isEmpty()) model = QObject::tr("CPU");
    const int threads = at::get_num_threads();
    return threads == 1 ? QObject::tr("%1, 1 thread").arg(model) : QObject::tr("%1, %2 threads").arg(model).arg(threads);
}

void applyTheme(settings::Theme theme) {
    if (theme == settings::Theme::System) {
        QApplication::setPalette(QApplication::style()->standardPalette());
        return;
    }
    QApplication::setStyle(QStyleFactory::create("Fusion"));
    QPalette p = QApplication::style()->standardPalette();
    if (theme == settings::Theme::Dark) {
        const QColor window(45, 47, 51), base(32, 34, 37), text(226, 228, 232), accent(47, 125, 225);
        p.setColor(QPalette::Window, window);
        p.setColor(QPalette::WindowText, text);
        p.setColor(QPalette::Base, base);
        p.setColor(QPalette::AlternateBase, window);
        p.setColor(QPalette::Text, text);
        p.setColor(QPalette::Button, window);
        p.setColor(QPalette::ButtonText, text);
        p.setColor(QPalette::ToolTipBase, base);
        p.setColor(QPalette::ToolTipText, text);
        p.setColor(QPalette::Highlight, accent);
        p.setColor(QPalette::HighlightedText, Qt::white);
        p.setColor(QPalette::PlaceholderText, QColor(140, 144, 150));
        p.setColor(QPalette::Disabled, QPalette::Text, QColor(120, 124, 130));
        p.setColor(QPalette::Disabled, QPalette::ButtonText, QColor(120, 124, 130));
    }
    QApplication::setPalette(p);
}

}  // namespace

StudioWindow::StudioWindow(QWidget* parent) : QMainWindow(parent), runner_(new JobRunner(this)) {
    initStudioResources();
    setWindowIcon(QIcon(":/icons/clipft.svg"));
    setAcceptDrops(true);
    applyTheme(settings::theme());

    auto* central = new QWidget(this);
    auto* layout = new QHBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    // The mode bar: one checkable button per page, icon above label, as in Qt Creator.
    sidebar_ = new QToolBar(tr("Pages"), this);
    sidebar_->setObjectName("sidebar");
    sidebar_->setMovable(false);
    sidebar_->setFloatable(false);
    sidebar_->setIconSize(QSize(28, 28));
    sidebar_->setToolButtonStyle(Qt::ToolButtonTextUnderIcon);
    sidebar_->setStyleSheet("QToolButton { min-width: 72px; padding: 6px 2px; }");
    addToolBar(Qt::LeftToolBarArea, sidebar_);
    auto* page_group = new QActionGroup(this);
    pages_ = new QStackedWidget(central);
    welcome_ = new WelcomePage(pages_);
    data_ = new DataPage(*runner_, pages_);
    model_ = new ModelPage(*runner_, pages_);
    train_ = new TrainPage(pages_);
    search_ = new SearchPage(*runner_, pages_);
    runs_ = new RunsPage(*runner_, pages_);
    const struct {
        QWidget* page;
        const char* icon;
        QString label;
    } entries[] = {{welcome_, ":/icons/welcome.svg", tr("Welcome")},
                   {data_, ":/icons/data.svg", tr("Data")},
                   {model_, ":/icons/model.svg", tr("Model")},
                   {train_, ":/icons/train.svg", tr("Train")},
                   {search_, ":/icons/search.svg", tr("Search")},
                   {runs_, ":/icons/runs.svg", tr("Runs")}};
    for (const auto& entry : entries) {
        pages_->addWidget(entry.page);
        QAction* action = sidebar_->addAction(QIcon(entry.icon), entry.label);
        action->setCheckable(true);
        action->setData(entry.page->objectName());
        page_group->addAction(action);
        QWidget* page = entry.page;
        connect(action, &QAction::triggered, this, [this, page] {
            pages_->setCurrentWidget(page);
            settings::setLastPage(page->objectName());
            // The Model page reads the built-in model when first shown (in the background).
            if (page == model_ && model_->currentModel().isEmpty() && !runner_->isRunning()) model_->showModel(QString());
        });
    }
    layout->addWidget(pages_, 1);
    setCentralWidget(central);

    // The status bar: the project, the device, and the background job.
    project_label_ = new QLabel(this);
    statusBar()->addWidget(project_label_);
    auto* device = new QLabel(QString::fromUtf8(" · ") + cpuDescription(), this);
    device->setObjectName("statusDevice");
    statusBar()->addWidget(device);
    // Training has a runner of its own (a search or an import never cancels it): two job views.
    statusBar()->addPermanentWidget(new JobStatusWidget(train_->session().runner(), this));
    statusBar()->addPermanentWidget(new JobStatusWidget(*runner_, this));

    connect(welcome_, &WelcomePage::newProjectRequested, this, &StudioWindow::newProject);
    connect(welcome_, &WelcomePage::openProjectRequested, this, &StudioWindow::chooseProject);
    connect(welcome_, &WelcomePage::demoRequested, this, &StudioWindow::startDemo);
    connect(welcome_, &WelcomePage::projectChosen, this, [this](const QString& path) { openProject(path); });
    connect(data_, &DataPage::message, this, &StudioWindow::showMessage);
    connect(model_, &ModelPage::message, this, &StudioWindow::showMessage);
    connect(search_, &SearchPage::message, this, &StudioWindow::showMessage);
    connect(train_, &TrainPage::message, this, &StudioWindow::showMessage);
    connect(runs_, &RunsPage::message, this, &StudioWindow::showMessage);
    // Train and Runs hand runs to each other; Search compares a run with its pre-trained model.
    connect(data_, &DataPage::datasetsChanged, search_, &SearchPage::forgetIndexes);
    connect(train_, &TrainPage::runsChanged, this, [this] {
        runs_->refresh();
        search_->refreshRuns();
    });
    connect(train_, &TrainPage::trainingStarted, runs_, &RunsPage::refresh);
    connect(train_, &TrainPage::openRunRequested, this, [this](qint64 run) {
        showPage("runs");
        runs_->selectRuns({run});
    });
    connect(train_, &TrainPage::searchRunRequested, this, &StudioWindow::compareRunInSearch);
    connect(runs_, &RunsPage::continueRequested, this, [this](qint64 run) {
        showPage("train");
        train_->continueRun(run);
    });
    connect(runs_, &RunsPage::copySettingsRequested, this, [this](qint64 run) {
        showPage("train");
        train_->copySettingsFromRun(run);
    });
    connect(runs_, &RunsPage::openInSearchRequested, this, &StudioWindow::compareRunInSearch);
    connect(runner_, &JobRunner::failed, this, [this](quint64, const QString& error) { showMessage(error); });

    buildMenus();
    if (!restoreGeometry(settings::windowGeometry())) resize(1280, 800);
    restoreState(settings::windowState());
    showPage("welcome");
    updateTitle();
}

StudioWindow::~StudioWindow() = default;

void StudioWindow::buildMenus() {
    QMenu* file = menuBar()->addMenu(tr("&File"));
    QToolBar* toolbar = addToolBar(tr("Main"));
    toolbar->setObjectName("mainToolbar");
    toolbar->setMovable(false);
    toolbar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    QAction* create = file->addAction(QIcon(":/icons/new.svg"), tr("&New Project…"), this, &StudioWindow::newProject);
    create->setShortcut(QKeySequence::New);
    QAction* open = file->addAction(QIcon(":/icons/open.svg"), tr("&Open Project…"), this, &StudioWindow::chooseProject);
    open->setShortcut(QKeySequence::Open);
    recent_menu_ = file->addMenu(tr("Open &Recent"));
    rebuildRecentMenu();
    file->addSeparator();
    QAction* import = file->addAction(QIcon(":/icons/import.svg"), tr("&Import…"), this, [this] {
        showPage("data");
        data_->openImportDialog();
    });
    import->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    file->addAction(tr("&Close Project"), this, &StudioWindow::closeProject);
    file->addSeparator();
    QAction* quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);
    toolbar->addAction(create);
    toolbar->addAction(open);
    toolbar->addAction(import);

    QMenu* view = menuBar()->addMenu(tr("&View"));
    QMenu* theme = view->addMenu(tr("&Theme"));
    auto* themes = new QActionGroup(this);
    const std::pair<settings::Theme, QString> choices[] = {
        {settings::Theme::System, tr("Follow the system")}, {settings::Theme::Light, tr("Light")}, {settings::Theme::Dark, tr("Dark")}};
    for (const auto& [value, label] : choices) {
        QAction* action = theme->addAction(label, this, [value = value] {
            settings::setTheme(value);
            applyTheme(value);
        });
        action->setCheckable(true);
        action->setChecked(settings::theme() == value);
        themes->addAction(action);
    }

    // Languages take effect at the next start (every widget's text is set once, when built).
    QMenu* language = view->addMenu(tr("&Language"));
    auto* languages = new QActionGroup(this);
    const std::pair<QString, QString> tongues[] = {{"", tr("Follow the system")}, {"en", "English"}, {"de", "Deutsch"},
                                                   {"es", "Español"}, {"fr", "Français"}, {"zh_CN", "中文（简体）"}};
    for (const auto& [code, label] : tongues) {
        QAction* action = language->addAction(label, this, [this, code = code] {
            settings::setLanguage(code);
            showMessage(tr("The language changes when clipft Studio starts again."));
        });
        action->setCheckable(true);
        action->setChecked(settings::language() == code);
        languages->addAction(action);
    }

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    QAction* keys = help->addAction(tr("&Keyboard Shortcuts"), this, [this] {
        QMessageBox::information(this, tr("Keyboard shortcuts"),
                                 tr("<table cellspacing=6>"
                                    "<tr><td><b>Ctrl+N</b></td><td>New project</td></tr>"
                                    "<tr><td><b>Ctrl+O</b></td><td>Open project</td></tr>"
                                    "<tr><td><b>Ctrl+I</b></td><td>Import a folder</td></tr>"
                                    "<tr><td><b>Ctrl+Q</b></td><td>Quit</td></tr>"
                                    "<tr><td><b>F1</b></td><td>This list</td></tr></table>"));
    });
    keys->setShortcut(QKeySequence::HelpContents);
    help->addAction(tr("&About clipft Studio"), this, [this] {
        QMessageBox::about(this, tr("About clipft Studio"),
                           tr("<h3>clipft Studio %1</h3><p>Fine-tune CLIP on your own captioned images.</p>"
                              "<p>Qt %2 · LibTorch %3 · OpenCV %4</p><p>Compute device: %5</p>")
                               .arg(CLIPFT_VERSION, qVersion(), TORCH_VERSION, CV_VERSION,
                                    QString::fromStdString(describeDevice(parseDevice("auto")))));
    });
}

void StudioWindow::rebuildRecentMenu() {
    recent_menu_->clear();
    const QStringList recent = settings::recentProjects();
    for (const QString& path : recent) recent_menu_->addAction(path, this, [this, path] { openProject(path); });
    recent_menu_->setEnabled(!recent.isEmpty());
}

bool StudioWindow::openProject(const QString& path) {
    try {
        ProjectStore::open(path.toStdString());  // creates it, or checks it is a clipft project
    } catch (const std::exception& e) {
        QMessageBox::warning(this, tr("Cannot open the project"), QString::fromUtf8(e.what()));
        return false;
    }
    const QString absolute = QFileInfo(path).absoluteFilePath();
    if (absolute != project_ &&
        !stopTrainingFirst(tr("A run of %1 is training. Stop it and open %2? It keeps a checkpoint to continue from.")
                               .arg(QFileInfo(project_).fileName(), QFileInfo(absolute).fileName())))
        return false;
    runner_->discard();  // what a job of the previous project still reports is no longer wanted
    project_ = absolute;
    settings::addRecentProject(project_);
    rebuildRecentMenu();
    welcome_->refreshRecent();
    data_->setProject(project_);
    model_->setProject(project_);
    train_->setProject(project_);
    search_->setProject(project_);
    runs_->setProject(project_);
    updateTitle();
    showPage("data");
    return true;
}

bool StudioWindow::stopTrainingFirst(const QString& question) {
    if (!train_->session().isRunning()) return true;
    if (QMessageBox::question(this, tr("A training is running"), question) != QMessageBox::Yes) return false;
    // The run ends after its current step with a checkpoint; that may take a moment on a CPU.
    QApplication::setOverrideCursor(Qt::WaitCursor);
    showMessage(tr("Stopping the training: it finishes its step and writes a checkpoint…"));
    train_->session().stop();
    train_->session().runner().cancelAndWait();
    QApplication::restoreOverrideCursor();
    return true;
}

void StudioWindow::closeProject() {
    if (!stopTrainingFirst(tr("A run of %1 is training. Stop it and close the project? It keeps a checkpoint to "
                              "continue from.")
                               .arg(QFileInfo(project_).fileName())))
        return;
    project_.clear();
    data_->setProject(QString());
    model_->setProject(QString());
    train_->setProject(QString());
    search_->setProject(QString());
    runs_->setProject(QString());
    updateTitle();
    showPage("welcome");
}

void StudioWindow::newProject() {
    QString path = QFileDialog::getSaveFileName(this, tr("New project"), QDir::homePath() + "/project.clipft",
                                                tr("clipft projects (*.clipft)"));
    if (path.isEmpty()) return;
    if (!path.endsWith(".clipft")) path += ".clipft";
    QFile::remove(path);  // the dialog asked before overwriting
    openProject(path);
}

void StudioWindow::chooseProject() {
    const QString path = QFileDialog::getOpenFileName(this, tr("Open project"), QDir::homePath(),
                                                      tr("clipft projects (*.clipft);;All files (*)"));
    if (!path.isEmpty()) openProject(path);
}

void StudioWindow::startDemo() {
    const QString base = QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation);
    QDir().mkpath(base);
    const QString work = QDir(base).filePath(QString("demo-%1").arg(QDateTime::currentDateTime().toString("yyyyMMdd-HHmmss")));
    const quint64 token = runner_->start(tr("Preparing the demo"), [work](JobContext& context) {
        DemoProjectRequest request;
        request.work_dir = work.toStdString();
        return QVariant(QString::fromStdString(createDemoProject(request, context.observer(), context.cancelToken()).project_path));
    });
    runner_->whenDone(token, this, [this](const QVariant& project) {
        openProject(project.toString());
        showMessage(tr("The demo project is ready: a synthetic data set the demo model never saw, and one it knows."));
    });
}

void StudioWindow::showPage(const QString& name) {
    for (QAction* action : sidebar_->actions())
        if (action->data().toString() == name) {
            action->setChecked(true);
            action->trigger();  // checkable in an exclusive group: stays checked
        }
}

QString StudioWindow::currentPage() const { return pages_->currentWidget()->objectName(); }

void StudioWindow::showMessage(const QString& text) { statusBar()->showMessage(text, 15000); }

void StudioWindow::updateTitle() {
    setWindowTitle(project_.isEmpty() ? tr("clipft Studio") : tr("%1 — clipft Studio").arg(QFileInfo(project_).fileName()));
    project_label_->setText(project_.isEmpty() ? tr("No project") : project_);
}

void StudioWindow::compareRunInSearch(qint64 run) {
    // A (the pre-trained model) is the run's base model; B its best model (or its final one).
    QString base, from = "best";
    try {
        ProjectStore store = ProjectStore::open(project_.toStdString());  // one row: no need for a thread
        if (const auto info = store.findRun(run)) {
            base = QString::fromStdString(info->base_model_path);
            if (!QFileInfo::exists(QDir(QString::fromStdString(info->output_dir)).filePath("best"))) from = "final";
        }
    } catch (const std::exception& e) {
        showMessage(QString::fromUtf8(e.what()));
        return;
    }
    showPage("search");
    if (!base.isEmpty()) search_->selectModel(0, "dir:" + base);
    search_->selectModel(1, QString("run:%1:%2").arg(run).arg(from));
}

void StudioWindow::closeEvent(QCloseEvent* event) {
    if (train_->session().isRunning()) {
        const auto answer = QMessageBox::question(
            this, tr("A training is running"),
            tr("The training is still running. Stop it and quit? It keeps a checkpoint, so you can continue it "
               "from the Runs page."));
        event->ignore();
        if (answer != QMessageBox::Yes) return;
        // Quit once the run has ended after its step, with its checkpoint: the window stays live meanwhile.
        showMessage(tr("Stopping the training: it finishes its step and writes a checkpoint, then clipft Studio quits…"));
        auto* once = new QObject(this);
        const auto quit = [this, once] {
            delete once;
            QTimer::singleShot(0, this, &QWidget::close);
        };
        connect(&train_->session(), &TrainingSession::finished, once, quit);
        connect(&train_->session(), &TrainingSession::failed, once, quit);
        train_->session().stop();
        return;
    }
    if (runner_->isRunning()) {
        const auto answer = QMessageBox::question(
            this, tr("A job is running"),
            tr("%1 is still running. Stop it and quit? What it has not finished is not stored.").arg(runner_->currentTitle()));
        if (answer != QMessageBox::Yes) {
            event->ignore();
            return;
        }
        runner_->cancelAndWait();
    }
    settings::setWindowGeometry(saveGeometry());
    settings::setWindowState(saveState());
    event->accept();
}

void StudioWindow::dragEnterEvent(QDragEnterEvent* event) {
    if (event->mimeData()->hasUrls() && event->mimeData()->urls().first().isLocalFile()) event->acceptProposedAction();
}

void StudioWindow::dropEvent(QDropEvent* event) {
    const QString path = event->mimeData()->urls().first().toLocalFile();
    if (path.endsWith(".clipft")) {
        openProject(path);
        return;
    }
    showPage("data");
    data_->openImportDialog(path);
}

}  // namespace clipft::ui
