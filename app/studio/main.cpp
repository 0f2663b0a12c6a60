// clipft-studio [PROJECT]: the desktop application. With a project file, it opens on its Data page.
#include "ui/jobs/job_runner.h"
#include "ui/pages/data/data_page.h"
#include "ui/pages/data/import_dialog.h"
#include "ui/pages/runs/runs_page.h"
#include "ui/pages/search/search_page.h"
#include "ui/pages/train/train_page.h"
#include "ui/pages/train/training_form.h"
#include "ui/pages/train/training_session.h"
#include "ui/settings.h"
#include "ui/studio_window.h"

#include "core/common/runtime.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QTableWidget>
#include <QEvent>
#include <QFile>
#include <QCommandLineParser>
#include <QLocale>
#include <QTimer>
#include <QTranslator>

#include <cstdio>
#include <functional>
#include <memory>
#include <utility>

#include <unistd.h>

namespace {

// Milliseconds since this process started (from /proc, so that loading the shared libraries counts),
// -1 where /proc does not tell.
qint64 msSinceProcessStart() {
    QFile stat("/proc/self/stat"), uptime("/proc/uptime");
    if (!stat.open(QIODevice::ReadOnly) || !uptime.open(QIODevice::ReadOnly)) return -1;
    const QByteArray line = stat.readAll();
    const QList<QByteArray> fields = line.mid(line.lastIndexOf(')') + 2).split(' ');  // from field 3 on
    if (fields.size() < 20) return -1;
    const double started_s = fields[19].toDouble() / double(sysconf(_SC_CLK_TCK));  // field 22: starttime
    const double now_s = uptime.readAll().split(' ').value(0).toDouble();
    return qint64((now_s - started_s) * 1000.0);
}

// Calls `then` once, on the event-loop turn after the widget's first paint.
class FirstPaint : public QObject {
public:
    FirstPaint(QWidget* widget, std::function<void()> then) : QObject(widget), then_(std::move(then)) {
        widget->installEventFilter(this);
    }
    bool eventFilter(QObject* watched, QEvent* event) override {
        if (event->type() == QEvent::Paint && then_) {
            QTimer::singleShot(0, this, std::exchange(then_, {}));
        }
        return QObject::eventFilter(watched, event);
    }

private:
    std::function<void()> then_;
};

}  // namespace

int main(int argc, char** argv) {
    clipft::ensurePassiveOpenMpWaiting(argv);  // before LibTorch starts its thread pool (DESIGN.md)
    clipft::initRuntime();
    QApplication app(argc, argv);
    QApplication::setOrganizationName("clipft");
    QApplication::setApplicationName("clipft Studio");
    QApplication::setApplicationVersion(CLIPFT_VERSION);
    // The language chosen in View > Language, else the system's (translations/clipft_*.ts, built
    // into the program under :/i18n).
    QTranslator translator;
    const QString language = clipft::ui::settings::language();
    const QLocale locale = language.isEmpty() ? QLocale() : QLocale(language);
    // English (and the C locale) get clipft_en, which holds the English plural forms.
    if (translator.load(locale, "clipft", "_", ":/i18n") || translator.load("clipft_en", ":/i18n"))
        QApplication::installTranslator(&translator);
    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "Fine-tune CLIP on your own captioned images."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument("project", QApplication::translate("main", "A project file (.clipft) to open"));
    // For scripts/screenshots.sh: show a page at a size, save the window as a PNG, and quit.
    QCommandLineOption screenshot("screenshot", QApplication::translate("main", "Save the window to FILE.png and quit"), "FILE");
    QCommandLineOption page("page", QApplication::translate("main", "The page to show: welcome, data, report, model, train, train-live, train-summary, search, compare or runs"), "PAGE");
    QCommandLineOption size("size", QApplication::translate("main", "The window size, WIDTHxHEIGHT"), "SIZE");
    QCommandLineOption demo("demo", QApplication::translate("main", "Start with a new demo project (Try the demo)"));
    QCommandLineOption dataset("dataset", QApplication::translate("main", "The dataset the Data and Search pages show"), "NAME");
    QCommandLineOption query("query", QApplication::translate("main", "A query for the Search page"), "TEXT");
    QCommandLineOption import_path("import", QApplication::translate("main", "Open the import dialog on a folder or annotation file"), "PATH");
    QCommandLineOption startup("startup-time", QApplication::translate("main", "Print how long the window took to show, and quit"));
    parser.addOptions({screenshot, page, size, demo, dataset, import_path, startup, query});
    parser.process(app);

    clipft::ui::StudioWindow window;
    if (!parser.positionalArguments().isEmpty()) window.openProject(parser.positionalArguments().first());
    if (parser.isSet(size)) {
        const QStringList wh = parser.value(size).split('x');
        if (wh.size() == 2) window.resize(wh[0].toInt(), wh[1].toInt());
    }
    const bool compare = parser.value(page) == "compare";  // the Search page's comparison tab
    // The Train page mid-run: the Quick CPU demo started on the dataset, grabbed after a few evaluations.
    const bool train_live = parser.value(page) == "train-live";
    // The same run to its end: the summary card, and how long a new user waits for it.
    const bool train_summary = parser.value(page) == "train-summary";
    QElapsedTimer training_clock;
    if (train_live || train_summary) {
        window.showPage("train");
        auto* once = new QObject(&window);
        QObject::connect(&window.trainPage(), &clipft::ui::TrainPage::datasetsListed, once,
                         [&window, &parser, &dataset, &training_clock, once] {
            delete once;
            clipft::ui::TrainPage& train = window.trainPage();
            if (parser.isSet(dataset)) train.form().selectDataset(parser.value(dataset));
            train.form().applyPreset("quick-cpu-demo");
            QTimer::singleShot(300, &train, [&train, &training_clock] {
                training_clock.start();
                train.startTraining();
            });
        });
    } else if (parser.isSet(page)) {
        const bool report = parser.value(page) == "report";  // the Data page's report tab
        window.showPage(report ? QString("data") : compare ? QString("search") : parser.value(page));
        if (report) window.dataPage().showReport();
        if (compare) {
            window.searchPage().showComparisonTab();
            auto* once = new QObject(&window);
            QObject::connect(&window.searchPage(), &clipft::ui::SearchPage::indexesReady, once, [&window, once] {
                delete once;
                window.searchPage().compareOnSplit();
            });
        }
    }
    if (parser.value(page) == "runs") {
        // Two runs overlaid, as a user compares them.
        auto* once = new QObject(&window);
        QObject::connect(&window.runsPage(), &clipft::ui::RunsPage::runsListed, once, [&window, once] {
            delete once;
            window.runsPage().selectRuns({1, 2});
        });
    }
    if (parser.isSet(dataset)) {
        window.dataPage().selectDataset(parser.value(dataset));
        window.searchPage().selectDataset(parser.value(dataset));
    }
    if (parser.isSet(query)) window.searchPage().setQuery(parser.value(query));
    if (parser.isSet(demo)) window.startDemo();
    window.show();
    if (parser.isSet(startup)) {
        new FirstPaint(&window, [] {
            std::printf("clipft Studio: window shown %lld ms after the process started\n", msSinceProcessStart());
            std::fflush(stdout);
            QApplication::quit();
        });
    }
    clipft::ui::ImportDialog* dialog = nullptr;
    if (parser.isSet(import_path)) dialog = window.dataPage().openImportDialog(parser.value(import_path));
    if (parser.isSet(screenshot)) {
        // Once the window is laid out and any page's background reading is done, grab it (or the
        // import dialog, when one is open).
        const QString file = parser.value(screenshot);
        auto grab = [&window, dialog, file] {
            (dialog ? dialog->grab() : window.grab()).save(file);
            // Quitting closes the window, which asks before stopping a training: stop it first.
            window.trainPage().session().stop();
            window.trainPage().session().runner().cancelAndWait();
            QApplication::quit();
        };
        if (train_summary) {
            QObject::connect(&window.trainPage(), &clipft::ui::TrainPage::trainingFinished, &window,
                             [grab, &window, &training_clock] {
                                 const auto before = window.trainPage().referenceMetrics();
                                 std::printf("Quick CPU demo: Start to summary card in %.1f s, image recall@5 %.3f -> %s\n",
                                             training_clock.elapsed() / 1000.0,
                                             before.value("image_retrieval_recall@5"),
                                             qPrintable(window.trainPage().summaryTable()->item(1, 1)->text()));
                                 std::fflush(stdout);
                                 QTimer::singleShot(500, grab);
                             });
        } else if (train_live) {
            auto evaluations = std::make_shared<int>(0);
            QObject::connect(&window.trainPage(), &clipft::ui::TrainPage::probesShown, &window, [grab, evaluations] {
                if (++*evaluations == 5) QTimer::singleShot(400, grab);
            });
        } else if (compare) {
            QObject::connect(&window.searchPage(), &clipft::ui::SearchPage::comparisonShown, &window,
                             [grab] { QTimer::singleShot(300, grab); });
        } else if (parser.isSet(query)) {
            // The Search page: once both grids hold the query's results and their thumbnails.
            QObject::connect(&window.searchPage(), &clipft::ui::SearchPage::resultsShown, &window,
                             [grab] { QTimer::singleShot(1000, grab); });
        } else {
            QTimer::singleShot(1500, &window, [&window, grab] {
                if (!window.runner().isRunning()) return grab();
                QObject::connect(&window.runner(), &clipft::ui::JobRunner::finished, &window,
                                 [grab] { QTimer::singleShot(200, grab); });
            });
        }
    }
    return app.exec();
}
