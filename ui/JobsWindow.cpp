// SPDX-License-Identifier: Unlicense
// The jobs window: adding rows, starting one or all of them through the same
// checks, recording them in the history, and closing without blocking while
// the workers stop.
#include "JobsWindow.h"

#include "DumpHistory.h"
#include "HeaderFit.h"
#include "JobChecks.h"
#include "JobRow.h"
#include "JobsTable.h"
#include "PortArrivalWait.h"
#include "PortCatalog.h"
#include "UiText.h"

#include <QApplication>
#include <QCloseEvent>
#include <QDateTime>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>

JobsWindow::JobsWindow(const DumpEnvironment &env, PortCatalog *ports, JobDefaultsSource defaults,
                       MainDumpSource mainDump, QWidget *parent)
    : QWidget(parent, Qt::Window),
      m_env(env),
      m_ports(ports),
      m_defaults(std::move(defaults)),
      m_mainDump(std::move(mainDump)),
      m_history(new DumpHistory(DumpHistory::Program::JobsWindow, DumpHistory::defaultFile(), this)),
      m_intro(new QLabel(this)),
      m_add(new QPushButton(this)),
      m_startAll(new QPushButton(this)),
      m_message(new QLabel(this)),
      m_table(new JobsTable(this))
{
    setObjectName(QStringLiteral("jobsWindow"));
    m_add->setObjectName(QStringLiteral("addJob"));
    m_startAll->setObjectName(QStringLiteral("startAllJobs"));
    m_message->setObjectName(QStringLiteral("jobsMessage"));

    m_intro->setWordWrap(true);
    m_message->setWordWrap(true);
    m_message->setStyleSheet(
        QStringLiteral("QLabel { background: #fdecee; color: #b00020; border: 1px solid #e8a0a8; padding: 6px; }"));
    m_message->hide();

    auto *top = new QHBoxLayout;
    top->addWidget(m_intro, 1);
    top->addWidget(m_add, 0, Qt::AlignTop);
    top->addWidget(m_startAll, 0, Qt::AlignTop);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_message);
    layout->addWidget(m_table, 1);

    connect(m_add, &QPushButton::clicked, this, [this] { addJob(); });
    connect(m_startAll, &QPushButton::clicked, this, &JobsWindow::startAll);
    connect(m_history, &DumpHistory::problem, this, [this](const QString &sentence) {
        m_historyProblem = sentence;
        showMessage(m_messageWords);
        emit logLine(sentence);
    });
    // The table does not follow the focus into its cell widgets by itself.
    connect(qApp, &QApplication::focusChanged, this, [this](QWidget *, QWidget *now) {
        if (now && m_table->isAncestorOf(now))
            m_table->reveal(now);
    });
    retranslateUi();
    // Fits a 1024x768 screen with the window's frame and a taskbar.
    resize(990, 600);
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
    QString port = DumpDefaults::autoPort();
    const QList<PortInfo> ports = m_ports ? m_ports->ports() : QList<PortInfo>{};
    for (const PortInfo &p : ports) {
        if (!p.isMediatekBrom())
            continue;
        const bool taken = std::any_of(m_jobs.cbegin(), m_jobs.cend(), [&p](const JobRow *other) {
            return JobChecks::samePort(other->portSpec(), p.systemLocation)
                || JobChecks::samePort(other->openedPort(), p.systemLocation);
        });
        if (!taken) {
            port = p.systemLocation;
            break;
        }
    }
    job->setPortSpec(port);
    job->setAutomaticPath(freshName(d.folder, job));

    m_jobs << job;
    job->setNumber(int(m_jobs.size()));
    m_table->appendJob(job);
    updateTabOrder();

    connect(job, &JobRow::startClicked, this, [this, job] { startJob(indexOf(job)); });
    // Queued: the Remove button that says so is deleted with the row.
    connect(
        job, &JobRow::removeClicked, this, [this, job] { removeJob(indexOf(job)); }, Qt::QueuedConnection);
    connect(job, &JobRow::ended, this, &JobsWindow::onJobEnded);
    connect(job, &JobRow::logLine, this, &JobsWindow::logLine);
    connect(job, &JobRow::identified, this,
            [this, job](const PhoneInfo &phone) { m_history->identified(m_attempts.value(job), phone); });
    // The details line comes and goes, and may take several lines.
    connect(job, &JobRow::stateChanged, this, [this, job] { m_table->fitJob(indexOf(job)); });
    return int(m_jobs.size()) - 1;
}

void JobsWindow::updateTabOrder()
{
    // Row by row, each row's controls left to right, then its details line:
    // set, not left to the order the cells happened to be made in.
    setTabOrder(m_add, m_startAll);
    QWidget *previous = m_startAll;
    for (const JobRow *job : std::as_const(m_jobs)) {
        const QList<QWidget *> controls = job->focusOrder();
        for (QWidget *w : controls) {
            setTabOrder(previous, w);
            previous = w;
        }
    }
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
    m_table->removeJob(index);
    for (int i = index; i < m_jobs.size(); ++i)
        m_jobs.at(i)->setNumber(i + 1);
    updateTabOrder();
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
    const Words why = tryStart(job);
    showMessage(why);
    return !why;
}

JobsWindow::Words JobsWindow::tryStart(JobRow *job)
{
    const JobDefaults d = m_defaults ? m_defaults() : JobDefaults{};
    DumpRequest r;
    if (job->canContinue()) {
        // The partial file belongs to the range it was started with.
        r = job->request();
        r.resume = true;
    } else {
        if (!d.request) {
            Words why = [this] {
                return tr("The range in the main window is not valid: %1").arg(m_defaults().problem);
            };
            job->refuse(why);
            return why;
        }
        r = *d.request;
        r.resume = false;
        job->setFolder(d.folder);
        job->setSettings(r);
        if (job->isAutomaticPath())
            job->setAutomaticPath(freshName(d.folder, job));
        r.outputPath = job->outputPath();
        // This row's name, not the main window's, decides whether the file
        // is named after its firmware.
        r.nameFromIdentity = job->isAutomaticPath();
    }
    r.port = job->portSpec();
    r.overwrite = false;

    if (Words why = JobChecks(m_jobs, m_mainDump ? m_mainDump() : std::nullopt).conflictFor(job, r)) {
        job->refuse(why);
        return why;
    }
    if (!job->start(r))
        return [] { return tr("This job is already running."); };
    m_attempts.insert(job, m_history->begin(r, PortArrivalWait::isAuto(r.port) ? QString() : r.port));
    return nullptr;
}

int JobsWindow::startAll()
{
    if (m_closing)
        return 0;
    struct NotStarted
    {
        int number;
        QString port;
        Words why;
    };
    QList<NotStarted> notStarted;
    int tried = 0;
    for (JobRow *job : std::as_const(m_jobs)) {
        if (!job->isStartable())
            continue;
        ++tried;
        if (Words why = tryStart(job))
            notStarted.append({job->number(), job->portText(), why});
    }
    const int started = tried - int(notStarted.size());
    emit logLine(tr("Start all: %1 of %n job(s) started.", nullptr, tried).arg(started));
    if (tried == 0) {
        showMessage([] {
            return tr("No job is ready to start: each one is running or done. Add a job for the next phone, "
                      "or click Start in a row to dump another phone there.");
        });
    } else if (notStarted.isEmpty()) {
        showMessage(nullptr);
    } else {
        showMessage([started, tried, notStarted] {
            QStringList lines{tr("Started %1 of %n job(s). Not started:", nullptr, tried).arg(started)};
            for (const NotStarted &n : notStarted)
                lines << tr("Job %1 (%2): %3").arg(n.number).arg(UiText::leftToRight(n.port), n.why());
            return lines.join(QLatin1Char('\n'));
        });
    }
    return started;
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
        return j != except
            && (JobChecks::samePath(j->outputPath(), path)
                || (j->isRunning() && JobChecks::samePath(j->request().outputPath, path)));
    });
    if (rows)
        return true;
    const std::optional<DumpRequest> main = m_mainDump ? m_mainDump() : std::nullopt;
    return main && JobChecks::samePath(main->outputPath, path);
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

void JobsWindow::recordEnd(JobRow *job)
{
    const qint64 attempt = m_attempts.take(job);
    if (const std::optional<DumpResult> result = job->result())
        m_history->finish(attempt, *result);
    else if (const std::optional<DumpError> error = job->error())
        m_history->finish(attempt, job->partialResult(), *error);
}

void JobsWindow::onJobEnded()
{
    auto *job = qobject_cast<JobRow *>(sender());
    if (job)
        recordEnd(job);
    if (job && job->state() == JobRow::State::Done && job->isAutomaticPath())
        job->setAutomaticPath(freshName(job->folder(), job));
    if (!m_closing || hasRunningJobs())
        return;
    m_closing = false;
    m_table->setEnabled(true);
    m_add->setEnabled(true);
    m_startAll->setEnabled(true);
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
        const int running = int(
            std::count_if(m_jobs.cbegin(), m_jobs.cend(), [](const JobRow *j) { return j->isRunning(); }));
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
        m_startAll->setEnabled(false);
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
    QStringList parts{words ? words() : QString(), m_historyProblem};
    parts.removeAll(QString());
    const QString text = parts.join(QStringLiteral("\n\n"));
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
    m_startAll->setText(tr("Start a&ll"));
    m_startAll->setToolTip(tr("Start every job that is ready, and continue every one that kept a partial dump"));
    m_table->setHorizontalHeaderLabels(
        {tr("Port"), tr("Save to"), tr("What"), tr("Progress"), tr("Status"), QString()});
    // A translated title may be longer than its column.
    for (int c = 0; c < m_table->columnCount(); ++c)
        m_table->horizontalHeaderItem(c)->setToolTip(m_table->horizontalHeaderItem(c)->text());
    HeaderFit::widenToTitles(m_table->horizontalHeader());
    for (int i = 0; i < m_jobs.size(); ++i) {
        m_jobs.at(i)->retranslateUi();
        m_table->fitJob(i); // other words, other heights
    }
    showMessage(m_messageWords);
}
