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

namespace {
// A group name for a project: its path with the characters QSettings treats specially replaced.
QString projectGroup(const QString& project) {
    QString key = QFileInfo(project).absoluteFilePath();
    key.replace('/', '|').replace('\\', '|');
    return "project/" + key;
}
}  // namespace

QStringList projectModels(const QString& project) {
    QStringList existing;
    for (const QString& dir : store().value(projectGroup(project) + "/models").toStringList())
        if (QFileInfo(dir).isDir()) existing << dir;
    return existing;
}

void addProjectModel(const QString& project, const QString& model_dir) {
    if (project.isEmpty()) return;
    QStringList models = store().value(projectGroup(project) + "/models").toStringList();
    models.removeAll(model_dir);
    models.prepend(model_dir);
    while (models.size() > 20) models.removeLast();
    store().setValue(projectGroup(project) + "/models", models);
}

ComputeSettings projectCompute(const QString& project) {
    ComputeSettings compute;
    QSettings s = store();
    const QString group = projectGroup(project);
    compute.device = s.value(group + "/device", compute.device).toString();
    compute.precision = s.value(group + "/precision", compute.precision).toString();
    compute.cpu_threads = s.value(group + "/cpu_threads", compute.cpu_threads).toInt();
    return compute;
}

void setProjectCompute(const QString& project, const ComputeSettings& compute) {
    if (project.isEmpty()) return;
    QSettings s = store();
    const QString group = projectGroup(project);
    s.setValue(group + "/device", compute.device);
    s.setValue(group + "/precision", compute.precision);
    s.setValue(group + "/cpu_threads", compute.cpu_threads);
}

QString language() { return store().value("view/language").toString(); }
void setLanguage(const QString& language) { store().setValue("view/language", language); }

}  // namespace clipft::ui::settings
