// Every QSettings key Studio uses, in one place (organisation "clipft", application "clipft Studio").
#pragma once
#include <QByteArray>
#include <QString>
#include <QStringList>

namespace clipft::ui::settings {

enum class Theme { System, Light, Dark };

QByteArray windowGeometry();
void setWindowGeometry(const QByteArray& geometry);
QByteArray windowState();
void setWindowState(const QByteArray& state);

QString lastPage();  // the page's object name
void setLastPage(const QString& page);

QStringList recentProjects();           // most recent first, existing files only
void addRecentProject(const QString& path);  // moves it to the front, keeps 10

Theme theme();
void setTheme(Theme theme);

QString language();  // "" : the system's
void setLanguage(const QString& language);

}  // namespace clipft::ui::settings
