// clipft-studio [PROJECT]: the desktop application. With a project file, it opens on its Data page.
#include "ui/jobs/job_runner.h"
#include "ui/settings.h"
#include "ui/studio_window.h"

#include "core/common/runtime.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QLocale>
#include <QTimer>
#include <QTranslator>

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
    QCommandLineOption page("page", QApplication::translate("main", "The page to show: welcome, data or model"), "PAGE");
    QCommandLineOption size("size", QApplication::translate("main", "The window size, WIDTHxHEIGHT"), "SIZE");
    QCommandLineOption demo("demo", QApplication::translate("main", "Start with a new demo project (Try the demo)"));
    parser.addOptions({screenshot, page, size, demo});
    parser.process(app);

    clipft::ui::StudioWindow window;
    if (!parser.positionalArguments().isEmpty()) window.openProject(parser.positionalArguments().first());
    if (parser.isSet(size)) {
        const QStringList wh = parser.value(size).split('x');
        if (wh.size() == 2) window.resize(wh[0].toInt(), wh[1].toInt());
    }
    if (parser.isSet(page)) window.showPage(parser.value(page));
    if (parser.isSet(demo)) window.startDemo();
    window.show();
    if (parser.isSet(screenshot)) {
        // Once the window is laid out and any page's background reading is done, grab it.
        const QString file = parser.value(screenshot);
        auto grab = [&window, file] {
            window.grab().save(file);
            QApplication::quit();
        };
        QTimer::singleShot(1500, &window, [&window, grab] {
            if (!window.runner().isRunning()) return grab();
            QObject::connect(&window.runner(), &clipft::ui::JobRunner::finished, &window, [grab] { QTimer::singleShot(200, grab); });
        });
    }
    return app.exec();
}
