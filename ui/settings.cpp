#include "ui/settings.h"

#include <QFileInfo>
#include <QSettings>

namespace clipft::ui::settings {

namespace {
constexpr int kRecentProjects = 10;
QSettings store() { return QSettings(QStringLiteral("clipft"), QStringLiteral("clipft Studio")); }
}  // namespace

QByteArray windowGeometry() { return store().value("window/geometry").toByteArray(); }
void setWindowGeometry(const QByteArray& geometry) { store().setValue("window/geometry", geometry); }
QByteArray windowState() { return store().value("window/state").toByteArray(); }
void setWindowState(const QByteArray& state) { store().setValue("window/state", state); }

QString lastPage() { return store().value("window/page").toString(); }
void setLastPage(const QString& page) { store().setValue("window/page", page); }

QStringList recentProjects() {
    QStringList existing;
    for (const QString& path : store().value("projects/recent").toStringList())
        if (QFileInfo::exists(path)) existing << path;
    return existing;
}

void addRecentProject(const QString& path) {
    const QString absolute = QFileInfo(path).absoluteFilePath();
    QStringList recent = store().value("projects/recent").toStringList();
    recent.removeAll(absolute);
    recent.prepend(absolute);
    while (recent.size() > kRecentProjects) recent.removeLast();
    store().setValue("projects/recent", recent);
}

Theme theme() {
    const QString name = store().value("view/theme").toString();
    return name == "light" ? Theme::Light : name == "dark" ? Theme::Dark : Theme::System;
}

void setTheme(Theme theme) {
    store().setValue("view/theme", theme == Theme::Light ? "light" : theme == Theme::Dark ? "dark" : "system");
}

QString language() { return store().value("view/language").toString(); }
void setLanguage(const QString& language) { store().setValue("view/language", language); }

}  // namespace clipft::ui::settings
