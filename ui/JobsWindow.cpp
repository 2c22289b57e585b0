// SPDX-License-Identifier: Unlicense
// The jobs window: adding rows, the checks before a row starts, and closing
// without blocking while the workers stop.
#include "JobsWindow.h"

#include "DumpJob.h"
#include "JobRow.h"
#include "PortArrivalWait.h"
#include "PortCatalog.h"
#include "UiText.h"

#include <QCloseEvent>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>

namespace {
#ifdef Q_OS_WIN
constexpr Qt::CaseSensitivity kPathCase = Qt::CaseInsensitive; // COM5 is com5, C:\a is c:\A
#else
constexpr Qt::CaseSensitivity kPathCase = Qt::CaseSensitive;
#endif

bool samePort(const QString &a, const QString &b)
{
    if (PortArrivalWait::isAuto(a) || PortArrivalWait::isAuto(b))
        return PortArrivalWait::isAuto(a) && PortArrivalWait::isAuto(b);
    return a.trimmed().compare(b.trimmed(), kPathCase) == 0;
}

bool samePath(const QString &a, const QString &b)
{
    return !a.isEmpty() && !b.isEmpty()
           && QFileInfo(a).absoluteFilePath().compare(QFileInfo(b).absoluteFilePath(), kPathCase) == 0;
}
} // namespace

JobsWindow::JobsWindow(const DumpEnvironment &env, PortCatalog *ports, JobDefaultsSource defaults,
                       MainDumpSource mainDump, QWidget *parent)
    : QWidget(parent, Qt::Window), m_env(env), m_ports(ports), m_defaults(std::move(defaults)),
      m_mainDump(std::move(mainDump)), m_intro(new QLabel(this)), m_add(new QPushButton(this)),
      m_message(new QLabel(this)), m_table(new QTableWidget(0, JobRow::ColumnCount, this))
{
    setObjectName(QStringLiteral("jobsWindow"));
    m_add->setObjectName(QStringLiteral("addJob"));
    m_message->setObjectName(QStringLiteral("jobsMessage"));
    m_table->setObjectName(QStringLiteral("jobsTable"));

    m_intro->setWordWrap(true);
    m_message->setWordWrap(true);
    m_message->setStyleSheet(QStringLiteral(
        "QLabel { background: #fdecee; color: #b00020; border: 1px solid #e8a0a8; padding: 6px; }"));
    m_message->hide();

    m_table->setSelectionMode(QAbstractItemView::NoSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setFocusPolicy(Qt::NoFocus);
    // Rows are sized by hand when their widgets change: ResizeToContents does
    // not see cell widgets that arrive after the row.
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    QHeaderView *header = m_table->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setSectionResizeMode(JobRow::OutputColumn, QHeaderView::Stretch);
    header->setSectionResizeMode(JobRow::RangeColumn, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(JobRow::ActionsColumn, QHeaderView::ResizeToContents);
    m_table->setColumnWidth(JobRow::PortColumn, 230);
    m_table->setColumnWidth(JobRow::ProgressColumn, 110);
    m_table->setColumnWidth(JobRow::StatusColumn, 200);

    auto *top = new QHBoxLayout;
    top->addWidget(m_intro, 1);
    top->addWidget(m_add, 0, Qt::AlignTop);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_message);
    layout->addWidget(m_table, 1);

    connect(m_add, &QPushButton::clicked, this, [this] { addJob(); });
    retranslateUi();
    resize(1100, 380);
}

JobsWindow::~JobsWindow()
{
    // Each row stops its worker thread before the table takes its widgets away.
    qDeleteAll(m_jobs);
}

int JobsWindow::addJob()
{
    auto *job = new JobRow(m_env, m_ports, this);
    const JobDefaults d = m_defaults ? m_defaults() : JobDefaults{};
    job->setFolder(d.folder);
    if (d.request)
        job->setSettings(*d.request);

    // A port no other row has: one phone per row is the point.
    QString port = QStringLiteral("auto");
    const QList<PortInfo> ports = m_ports ? m_ports->ports() : QList<PortInfo>{};
    for (const PortInfo &p : ports) {
        if (!p.isMediatekBrom())
            continue;
        const bool taken = std::any_of(m_jobs.cbegin(), m_jobs.cend(), [&p](const JobRow *other) {
            return samePort(other->portSpec(), p.systemLocation) || samePort(other->openedPort(), p.systemLocation);
        });
        if (!taken) {
            port = p.systemLocation;
            break;
        }
    }
    job->setPortSpec(port);
    job->setAutomaticPath(freshName(d.folder, job));

    const int row = m_table->rowCount();
    m_table->insertRow(row);
    for (int c = 0; c < JobRow::ColumnCount; ++c)
        m_table->setCellWidget(row, c, job->cell(JobRow::Column(c)));
    m_jobs << job;
    fitRow(job);

    connect(job, &JobRow::startClicked, this, [this, job] { startJob(indexOf(job)); });
    // Queued: the Remove button that says so is deleted with the row.
    connect(job, &JobRow::removeClicked, this, [this, job] { removeJob(indexOf(job)); }, Qt::QueuedConnection);
    connect(job, &JobRow::ended, this, &JobsWindow::onJobEnded);
    // A failure's sentence may take two lines.
    connect(job, &JobRow::stateChanged, this, [this, job] { fitRow(job); });
    return row;
}

void JobsWindow::fitRow(JobRow *job)
{
    const int row = indexOf(job);
    if (row < 0)
        return;
    int height = 0;
    for (int c = 0; c < JobRow::ColumnCount; ++c) {
        QWidget *cell = job->cell(JobRow::Column(c));
        const int width = m_table->columnWidth(c);
        height = std::max(height, cell->hasHeightForWidth() ? cell->heightForWidth(width) : cell->sizeHint().height());
    }
    m_table->setRowHeight(row, height + 2);
}

int JobsWindow::indexOf(const QObject *job) const
{
    for (int i = 0; i < m_jobs.size(); ++i) {
        if (m_jobs.at(i) == job)
            return i;
    }
    return -1;
}

void JobsWindow::removeJob(int index)
{
    JobRow *job = m_jobs.value(index);
    if (!job || job->isRunning())
        return;
    m_jobs.removeAt(index);
    delete job;
    m_table->removeRow(index);
}

bool JobsWindow::hasRunningJobs() const
{
    return std::any_of(m_jobs.cbegin(), m_jobs.cend(), [](const JobRow *j) { return j->isRunning(); });
}

QString JobsWindow::message() const
{
    return m_message->isVisible() ? m_message->text() : QString();
}

bool JobsWindow::startJob(int index)
{
    JobRow *job = m_jobs.value(index);
    if (!job || job->isRunning() || m_closing)
        return false;
    const JobDefaults d = m_defaults ? m_defaults() : JobDefaults{};
    DumpRequest r;
    if (job->canContinue()) {
        // The partial file belongs to the range it was started with.
        r = job->request();
        r.resume = true;
    } else {
        if (!d.request) {
            Words why = [this] { return tr("The range in the main window is not valid: %1").arg(m_defaults().problem); };
            job->refuse(why);
            showMessage(why);
            return false;
        }
        r = *d.request;
        r.resume = false;
        job->setFolder(d.folder);
        job->setSettings(r);
        if (job->isAutomaticPath())
            job->setAutomaticPath(freshName(d.folder, job));
        r.outputPath = job->outputPath();
    }
    r.port = job->portSpec();
    r.overwrite = false;

    if (const Words why = conflictFor(job, r)) {
        job->refuse(why);
        showMessage(why);
        return false;
    }
    showMessage(nullptr);
    return job->start(r);
}

JobsWindow::Words JobsWindow::conflictFor(const JobRow *job, const DumpRequest &r) const
{
    const QString file = UiText::leftToRight(QDir::toNativeSeparators(r.outputPath));
    const QString port = r.port;
    const QString portText = UiText::leftToRight(port);
    if (r.outputPath.isEmpty())
        return [] { return tr("Choose where to save this dump first."); };
    const QString folder = QFileInfo(r.outputPath).absolutePath();
    if (!QDir(folder).exists())
        return [folder] {
            return tr("The folder %1 does not exist.").arg(UiText::leftToRight(QDir::toNativeSeparators(folder)));
        };

    for (const JobRow *other : m_jobs) {
        if (other == job || !other->isRunning())
            continue;
        if (samePort(port, other->request().port)
            || (!other->openedPort().isEmpty() && samePort(port, other->openedPort()))) {
            if (PortArrivalWait::isAuto(port))
                return [] {
                    return tr("Another job already uses Automatic, which takes the first MediaTek phone. "
                              "Choose a port for this one.");
                };
            return [portText] {
                return tr("Another job is already dumping from %1. Choose another port for this one.").arg(portText);
            };
        }
    }
    for (const JobRow *other : m_jobs) {
        if (other != job && other->isRunning() && samePath(r.outputPath, other->request().outputPath))
            return [file] { return tr("Another job is already writing %1. Choose another file name.").arg(file); };
    }
    if (const std::optional<DumpRequest> main = m_mainDump ? m_mainDump() : std::nullopt) {
        if (samePort(port, main->port))
            return [port, portText] {
                return tr("The main window is already dumping from %1. Choose another port for this job.")
                    .arg(PortArrivalWait::isAuto(port) ? tr("Automatic") : portText);
            };
        if (samePath(r.outputPath, main->outputPath))
            return [file] { return tr("The main window is already writing %1. Choose another file name.").arg(file); };
    }
    if (!r.resume) {
        const QString name = UiText::leftToRight(QFileInfo(r.outputPath).fileName());
        if (QFileInfo::exists(r.outputPath))
            return [name] { return tr("%1 already exists. Choose another file name.").arg(name); };
        if (QFileInfo::exists(DumpJob::partialPath(r.outputPath)))
            return [name] {
                return tr("A partial dump of %1 is already there. Choose another file name, "
                          "or continue it from the main window.")
                    .arg(name);
            };
    }
    return nullptr;
}

QString JobsWindow::freshName(const QString &folder, const JobRow *except) const
{
    return UiText::automaticFileName(folder, QStringLiteral("MT6261"), QDateTime::currentDateTime(),
                                     [this, except](const QString &path) { return isUsingFile(path, except); });
}

bool JobsWindow::isUsingFile(const QString &path, const JobRow *except) const
{
    // Rows not started yet count too: two rows added within one second would
    // otherwise get one name.
    const bool rows = std::any_of(m_jobs.cbegin(), m_jobs.cend(), [&](const JobRow *j) {
        return j != except && (samePath(j->outputPath(), path) || (j->isRunning() && samePath(j->request().outputPath, path)));
    });
    if (rows)
        return true;
    const std::optional<DumpRequest> main = m_mainDump ? m_mainDump() : std::nullopt;
    return main && samePath(main->outputPath, path);
}

void JobsWindow::refreshIdleRows()
{
    const JobDefaults d = m_defaults ? m_defaults() : JobDefaults{};
    if (!d.request)
        return;
    for (JobRow *job : std::as_const(m_jobs)) {
        if (job->isRunning() || job->canContinue())
            continue;
        job->setSettings(*d.request);
        job->setFolder(d.folder);
    }
}

void JobsWindow::onJobEnded()
{
    auto *job = qobject_cast<JobRow *>(sender());
    if (job && job->state() == JobRow::State::Done && job->isAutomaticPath())
        job->setAutomaticPath(freshName(job->folder(), job));
    if (!m_closing || hasRunningJobs())
        return;
    m_closing = false;
    m_table->setEnabled(true);
    m_add->setEnabled(true);
    showMessage(nullptr);
    QTimer::singleShot(0, this, [this] {
        close();
        emit allStopped();
    });
}

void JobsWindow::closeEvent(QCloseEvent *event)
{
    if (!hasRunningJobs()) {
        event->accept();
        return;
    }
    if (!m_closing) {
        const int running = int(std::count_if(m_jobs.cbegin(), m_jobs.cend(), [](const JobRow *j) { return j->isRunning(); }));
        const auto answer = QMessageBox::question(
            this, tr("Stop the dumps?"),
            tr("%n dump(s) still running. Stop them and close this window? What was read so far is kept "
               "as partial files and can be continued later.",
               nullptr, running),
            QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
        if (answer != QMessageBox::Yes) {
            event->ignore();
            return;
        }
        // Close again once the last worker has stopped: no waiting here.
        m_closing = true;
        m_table->setEnabled(false);
        m_add->setEnabled(false);
        showMessage([] { return tr("Stopping the dumps\u2026"); });
        for (JobRow *job : std::as_const(m_jobs))
            job->cancel();
    }
    event->ignore();
}

void JobsWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    else if (event->type() == QEvent::ActivationChange && isActiveWindow())
        refreshIdleRows(); // the main window's settings may have changed meanwhile
    QWidget::changeEvent(event);
}

void JobsWindow::showMessage(const Words &words)
{
    m_messageWords = words;
    const QString text = words ? words() : QString();
    m_message->setText(text);
    m_message->setVisible(!text.isEmpty());
}

void JobsWindow::retranslateUi()
{
    setWindowTitle(tr("MTreader \u2014 several phones at once"));
    m_intro->setText(tr("Each row reads one phone on its own port, all at the same time. "
                        "What to read and how are taken from the main window when a row starts."));
    m_add->setText(tr("&Add job"));
    m_add->setToolTip(tr("A new row for one more phone"));
    m_table->setHorizontalHeaderLabels(
        {tr("Port"), tr("Save to"), tr("What"), tr("Progress"), tr("Status"), QString()});
    for (JobRow *job : std::as_const(m_jobs))
        job->retranslateUi();
    showMessage(m_messageWords);
}
