// What Studio shows with no project open: start a project, open one, reopen a recent one (with
// its dataset and run counts), or try the built-in demo without bringing any data.
#pragma once
#include <QWidget>

class QListWidget;

namespace clipft::ui {

class WelcomePage : public QWidget {
    Q_OBJECT
public:
    explicit WelcomePage(QWidget* parent = nullptr);
    void refreshRecent();  // re-reads the recent projects and their counts

signals:
    void newProjectRequested();
    void openProjectRequested();
    void demoRequested();
    void projectChosen(const QString& path);

private:
    QListWidget* recent_ = nullptr;
};

}  // namespace clipft::ui
