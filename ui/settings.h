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

// Per project (keyed by its absolute path): the model folders used with it, most recent first,
// and the compute settings its jobs run with.
QStringList projectModels(const QString& project);
void addProjectModel(const QString& project, const QString& model_dir);
struct ComputeSettings {
    QString device = "auto";     // "auto", "cpu", "cuda:N" (clipft's --device)
    QString precision = "fp32";  // "fp32", "amp", "bf16" (clipft's --precision)
    int cpu_threads = 0;         // 0: all cores
};
ComputeSettings projectCompute(const QString& project);
void setProjectCompute(const QString& project, const ComputeSettings& compute);

}  // namespace clipft::ui::settings
