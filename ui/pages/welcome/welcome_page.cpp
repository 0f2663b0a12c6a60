#include "ui/pages/welcome/welcome_page.h"

#include "ui/settings.h"

#include "core/store/project_store.h"

#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace clipft::ui {

namespace {

QPushButton* bigButton(const QString& icon, const QString& text, const QString& detail, QWidget* parent) {
    auto* button = new QPushButton(QIcon(icon), text, parent);
    button->setIconSize(QSize(24, 24));
    button->setToolTip(detail);
    button->setMinimumHeight(40);
    button->setStyleSheet("text-align: left; padding-left: 10px;");
    return button;
}

// "2 datasets · 1 run", read without changing the file (a project of a newer clipft says so).
QString projectSummary(const QString& path) {
    try {
        ProjectStore store = ProjectStore::open(path.toStdString());
        const int datasets = static_cast<int>(store.datasets().size());
        const int runs = static_cast<int>(store.runs().size());
        return WelcomePage::tr("%n dataset(s)", nullptr, datasets) + QString::fromUtf8(" · ") +
               WelcomePage::tr("%n run(s)", nullptr, runs);
    } catch (const std::exception& e) {
        return QString::fromUtf8(e.what());
    }
}

}  // namespace

WelcomePage::WelcomePage(QWidget* parent) : QWidget(parent) {
    setObjectName("welcome");
    auto* outer = new QHBoxLayout(this);
    outer->addStretch(1);
    auto* column = new QVBoxLayout;
    outer->addLayout(column, 3);
    outer->addStretch(1);

    auto* title = new QLabel(tr("clipft Studio"), this);
    QFont big = title->font();
    big.setPointSizeF(big.pointSizeF() * 2.0);
    big.setBold(true);
    title->setFont(big);
    auto* tagline = new QLabel(tr("Fine-tune CLIP on your own captioned images and see how much search improves."), this);
    tagline->setWordWrap(true);
    column->addStretch(1);
    column->addWidget(title);
    column->addWidget(tagline);
    column->addSpacing(16);

    auto* demo = bigButton(":/icons/demo.svg", tr("Try the demo"),
                           tr("A project with a synthetic captioned data set and the built-in demo model, ready to train"), this);
    auto* create = bigButton(":/icons/new.svg", tr("New project…"), tr("Start an empty project file (.clipft)"), this);
    auto* open = bigButton(":/icons/open.svg", tr("Open project…"), tr("Open a project file (.clipft)"), this);
    column->addWidget(demo);
    column->addWidget(create);
    column->addWidget(open);
    column->addSpacing(16);

    auto* recent_title = new QLabel(tr("Recent projects"), this);
    QFont bold = recent_title->font();
    bold.setBold(true);
    recent_title->setFont(bold);
    column->addWidget(recent_title);
    recent_ = new QListWidget(this);
    recent_->setObjectName("recentProjects");
    recent_->setMinimumHeight(120);
    column->addWidget(recent_, 2);
    column->addStretch(1);

    connect(demo, &QPushButton::clicked, this, &WelcomePage::demoRequested);
    connect(create, &QPushButton::clicked, this, &WelcomePage::newProjectRequested);
    connect(open, &QPushButton::clicked, this, &WelcomePage::openProjectRequested);
    connect(recent_, &QListWidget::itemActivated, this,
            [this](QListWidgetItem* item) { emit projectChosen(item->data(Qt::UserRole).toString()); });
    refreshRecent();
}

void WelcomePage::refreshRecent() {
    recent_->clear();
    const QStringList projects = settings::recentProjects();
    for (const QString& path : projects) {
        auto* item = new QListWidgetItem(QIcon(":/icons/open.svg"),
                                         tr("%1 — %2\n%3").arg(QFileInfo(path).fileName(), projectSummary(path), path));
        item->setData(Qt::UserRole, path);
        recent_->addItem(item);
    }
    if (projects.isEmpty()) {
        auto* item = new QListWidgetItem(tr("No recent projects yet: try the demo, or start a new project."));
        item->setFlags(Qt::NoItemFlags);
        recent_->addItem(item);
    }
}

}  // namespace clipft::ui
