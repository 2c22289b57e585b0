// SPDX-License-Identifier: Unlicense
// File > Dump several phones at once: two virtual phones dumped at the same
// time from the jobs window (and a third from the main window meanwhile),
// each file byte for byte; a second job on a busy port or into a busy file
// is refused; each row shows what came of it; the jobs' lines reach the
// main log with their port; Start all; every attempt in the history once;
// the window fits 1024x768 and Tab walks every row; closing with jobs
// running asks, then waits without blocking.
#include "DumpHistory.h"
#include "JobRow.h"
#include "JobsTable.h"
#include "JobsWindow.h"
#include "LogPanel.h"
#include "MainWindow.h"
#include "PortPicker.h"
#include "Settings.h"
#include "support/GuiTestUtil.h"
#include "support/VirtualEnvironment.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollBar>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QToolButton>

using namespace std::chrono_literals;
using namespace guitest;

namespace {

QByteArray sha256(const QByteArray &bytes)
{
    return QCryptographicHash::hash(bytes, QCryptographicHash::Sha256);
}

QPushButton *rowButton(JobRow *job, const char *name)
{
    return job->cell(JobRow::ActionsColumn)->findChild<QPushButton *>(QLatin1String(name));
}

QString logText(const MainWindow &window)
{
    return window.findChild<LogPanel *>()->text();
}

// Phone n of a bench: its own flash (seed 70 + n) and its own ME ID.
VirtualPhoneConfig benchPhone(int n)
{
    static const char *const meIds[] = {"A1000000000000000000000000000001", "A2000000000000000000000000000002",
                                        "A3000000000000000000000000000003", "A4000000000000000000000000000004"};
    VirtualPhoneConfig c = testPhone(256 * 1024, quint64(70 + n));
    c.meId = QByteArray::fromHex(meIds[n - 1]);
    return c;
}

// A main window over a rack of virtual phones, with its jobs window open.
struct Bench
{
    Bench() : rack(std::make_shared<VirtualPhoneRack>()), env(virtualEnvironment(rack)), window(env, env.lister) {}
    bool open()
    {
        window.show();
        if (!QTest::qWaitForWindowExposed(&window))
            return false;
        jobs = window.showJobs();
        return QTest::qWaitForWindowExposed(jobs);
    }
    // n rows on virtual:1 ... virtual:n.
    void addRows(int n)
    {
        for (int i = 1; i <= n; ++i)
            jobs->job(jobs->addJob())->setPortSpec(QStringLiteral("virtual:%1").arg(i));
    }
    bool allEnded() const
    {
        for (int i = 0; i < jobs->jobCount(); ++i) {
            if (jobs->job(i)->isRunning())
                return false;
        }
        return true;
    }

    std::shared_ptr<VirtualPhoneRack> rack; // first: the environment uses it
    DumpEnvironment env;
    MainWindow window;
    JobsWindow *jobs = nullptr;
};
} // namespace

class TstGuiJobs : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void twoPhonesAtOnce();
    void eachRowShowsWhatCameOfIt();
    void logLinesCarryTheirPort();
    void startAllStartsEveryRowThatCan();
    void historyHasEachAttemptOnce();
    void historyTroubleIsShown();
    void fitsA1024x768Screen();
    void tabWalksEveryRow();
    void closingWithJobsRunningAsksThenWaits();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_out;
    QString m_history;
};

void TstGuiJobs::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    const QString ini = m_dir->filePath(QStringLiteral("settings.ini"));
    qputenv(Settings::kFileEnvVar, ini.toLocal8Bit());
    m_out = m_dir->filePath(QStringLiteral("out"));
    QDir().mkpath(m_out);
    QSettings(ini, QSettings::IniFormat).setValue(QStringLiteral("output/folder"), m_out);
    // Never the user's own history.
    m_history = m_dir->filePath(QStringLiteral("history.sqlite"));
    qputenv(DumpHistory::kFileEnvVar, m_history.toLocal8Bit());
}

void TstGuiJobs::cleanup()
{
    m_dir.reset();
}

void TstGuiJobs::twoPhonesAtOnce()
{
    auto rack = std::make_shared<VirtualPhoneRack>();
    const DumpEnvironment env = virtualEnvironment(rack);
    MainWindow window(env, env.lister);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    setCustomRange(window, QStringLiteral("0"), QStringLiteral("0x40000"));
    // The main window reads a third phone meanwhile, on its own.
    window.findChild<PortPicker *>()->setPortSpec(QStringLiteral("virtual:3"));

    window.findChild<QAction *>(QStringLiteral("jobsAction"))->trigger();
    auto *jobs = window.findChild<JobsWindow *>();
    QVERIFY(jobs);
    QVERIFY(QTest::qWaitForWindowExposed(jobs));
    QCOMPARE(window.showJobs(), jobs);

    const int a = jobs->addJob();
    const int b = jobs->addJob();
    JobRow *first = jobs->job(a);
    JobRow *second = jobs->job(b);
    QVERIFY(first->outputPath() != second->outputPath());
    QCOMPARE(QFileInfo(first->outputPath()).absolutePath(), QFileInfo(m_out).absoluteFilePath());
    QCOMPARE(first->request().length, 0x40000u); // the main window's range
    first->setPortSpec(QStringLiteral("virtual:1"));
    second->setPortSpec(QStringLiteral("virtual:2"));

    // Both start before their phones are there and wait, each in its own thread.
    QTest::mouseClick(rowButton(first, "jobStart"), Qt::LeftButton);
    QVERIFY(jobs->startJob(b));
    QVERIFY(first->isRunning());
    QVERIFY(second->isRunning());
    QTest::mouseClick(window.findChild<QPushButton *>(QStringLiteral("dumpButton")), Qt::LeftButton);
    QVERIFY(window.isDumpRunning());

    // A second job on a busy port is refused, and says why.
    const int c = jobs->addJob();
    JobRow *third = jobs->job(c);
    third->setPortSpec(QStringLiteral("virtual:1"));
    QTest::mouseClick(rowButton(third, "jobStart"), Qt::LeftButton);
    QVERIFY(!third->isRunning());
    QCOMPARE(third->state(), JobRow::State::Refused);
    QVERIFY2(jobs->message().contains(QLatin1String("virtual:1")), qPrintable(jobs->message()));
    QCOMPARE(third->statusText(), QStringLiteral("Not started"));
    QCOMPARE(third->detailsText(), jobs->message());
    // ... and so is the port the main window is reading,
    third->setPortSpec(QStringLiteral("virtual:3"));
    QVERIFY(!jobs->startJob(c));
    QVERIFY2(jobs->message().contains(QLatin1String("main window")), qPrintable(jobs->message()));
    // ... and a file another job writes.
    third->setPortSpec(QStringLiteral("virtual:4"));
    third->setOutputPath(first->outputPath());
    QVERIFY(!jobs->startJob(c));
    QVERIFY2(jobs->message().contains(QFileInfo(first->outputPath()).fileName()), qPrintable(jobs->message()));
    QVERIFY(!third->isRunning());
    // A row that is not running can go.
    QTest::mouseClick(rowButton(third, "jobStop"), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(jobs->jobCount(), 2, kSafetyNetMs);

    const VirtualPhoneConfig phone1 = testPhone(256 * 1024, 61);
    const VirtualPhoneConfig phone2 = testPhone(256 * 1024, 62);
    const VirtualPhoneConfig phone3 = testPhone(256 * 1024, 63);
    QCOMPARE(rack->plugIn(phone1, 20ms), QStringLiteral("virtual:1"));
    QCOMPARE(rack->plugIn(phone2, 20ms), QStringLiteral("virtual:2"));
    QCOMPARE(rack->plugIn(phone3, 20ms), QStringLiteral("virtual:3"));

    QTRY_VERIFY_WITH_TIMEOUT(!first->isRunning() && !second->isRunning(), kSafetyNetMs);
    QCOMPARE(first->state(), JobRow::State::Done);
    QCOMPARE(second->state(), JobRow::State::Done);
    QVERIFY(first->result() && second->result());
    QCOMPARE(first->result()->port, QStringLiteral("virtual:1"));
    QCOMPARE(second->result()->port, QStringLiteral("virtual:2"));
    QCOMPARE(sha256Of(first->result()->path).toHex(), sha256(phone1.flash).toHex());
    QCOMPARE(sha256Of(second->result()->path).toHex(), sha256(phone2.flash).toHex());
    QCOMPARE(first->result()->sha256.toHex(), sha256(phone1.flash).toHex());
    // The next run of a row gets a new name.
    QVERIFY(first->outputPath() != first->result()->path);

    QTRY_VERIFY_WITH_TIMEOUT(!window.isDumpRunning(), kSafetyNetMs);
    const QString mainPath = QDir::fromNativeSeparators(window.findChild<QLabel *>(QStringLiteral("donePath"))->text());
    QCOMPARE(sha256Of(mainPath).toHex(), sha256(phone3.flash).toHex());
    QCOMPARE(QDir(m_out).entryList({QStringLiteral("*.bin")}, QDir::Files).size(), 3);
}

void TstGuiJobs::eachRowShowsWhatCameOfIt()
{
    Bench b;
    QVERIFY(b.open());
    b.addRows(3);
    JobRow *saved = b.jobs->job(0);
    JobRow *pulled = b.jobs->job(1);
    JobRow *cancelled = b.jobs->job(2); // its phone never comes
    const auto *range = qobject_cast<QLabel *>(saved->cell(JobRow::RangeColumn));
    QCOMPARE(range->text(), QStringLiteral("Whole flash")); // the main window's default

    const VirtualPhoneConfig phone1 = benchPhone(1);
    VirtualPhoneConfig phone2 = benchPhone(2);
    phone2.faults << Fault{FaultKind::CablePulled, 0x10000, 0};
    QCOMPARE(b.rack->plugIn(phone1), QStringLiteral("virtual:1"));
    QCOMPARE(b.rack->plugIn(phone2), QStringLiteral("virtual:2"));
    for (int i = 0; i < 3; ++i)
        QVERIFY(b.jobs->startJob(i));
    QTRY_VERIFY_WITH_TIMEOUT(!saved->isRunning() && !pulled->isRunning(), kSafetyNetMs);
    QTest::mouseClick(rowButton(cancelled, "jobStop"), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!cancelled->isRunning(), kSafetyNetMs);

    // Saved: its final name (after its firmware), size, firmware, ME ID, and
    // the SHA-256 whole in a field of its own, with a button to copy it.
    QCOMPARE(saved->state(), JobRow::State::Done);
    QCOMPARE(saved->statusText(), QStringLiteral("Done"));
    const QString name = QFileInfo(saved->result()->path).fileName();
    QVERIFY2(name.startsWith(QLatin1String("MT6261_MTREADER.VIRTUAL.V1.0.71_A1000000_")), qPrintable(name));
    const QString details = saved->detailsText();
    QVERIFY2(details.startsWith(QStringLiteral("Saved as %1 (256.00 KiB).").arg(name)), qPrintable(details));
    QVERIFY2(details.contains(QLatin1String("Firmware MTREADER.VIRTUAL.V1.0.71.")), qPrintable(details));
    QVERIFY2(details.contains(QLatin1String("ME ID A1000000000000000000000000000001.")), qPrintable(details));
    QCOMPARE(saved->sha256Text(), QString::fromLatin1(sha256(phone1.flash).toHex()));
    auto *field = saved->detailsCell()->findChild<QLineEdit *>(QStringLiteral("jobSha256"));
    QVERIFY(field->isVisible());
    QVERIFY(field->isReadOnly());
    auto *copy = saved->detailsCell()->findChild<QPushButton *>(QStringLiteral("jobCopySha256"));
    QGuiApplication::clipboard()->clear();
    QTest::mouseClick(copy, Qt::LeftButton);
    QCOMPARE(QGuiApplication::clipboard()->text(), QString::fromLatin1(sha256(phone1.flash).toHex()));

    // Failed: the sentence, what to do, what was kept, and Continue.
    QCOMPARE(pulled->state(), JobRow::State::Failed);
    QCOMPARE(pulled->statusText(), QStringLiteral("Failed"));
    const QString failure = pulled->detailsText();
    QVERIFY2(failure.startsWith(QLatin1String("The phone disconnected. The cable was pulled")), qPrintable(failure));
    const QString partial = QFileInfo(pulled->request().outputPath).fileName() + QStringLiteral(".part");
    QVERIFY2(
        failure.contains(QStringLiteral(" of 256.00 KiB is kept in %1: connect the same phone again").arg(partial)),
        qPrintable(failure));
    QCOMPARE(rowButton(pulled, "jobStart")->text(), QStringLiteral("Con&tinue"));
    QVERIFY(!pulled->detailsCell()->findChild<QLineEdit *>(QStringLiteral("jobSha256"))->isVisible());

    // Cancelled: says so, in no alarming colour.
    QCOMPARE(cancelled->state(), JobRow::State::Failed);
    QCOMPARE(cancelled->statusText(), QStringLiteral("Cancelled"));
    QVERIFY2(cancelled->detailsText().startsWith(QLatin1String("The dump was cancelled.")),
             qPrintable(cancelled->detailsText()));

    // Each details line is shown under its row.
    auto *table = b.jobs->findChild<JobsTable *>();
    for (int i = 0; i < 3; ++i)
        QVERIFY(!table->isRowHidden(JobsTable::detailsRow(i)));
}

void TstGuiJobs::logLinesCarryTheirPort()
{
    Bench b;
    QVERIFY(b.open());
    // By its port name: the location it opens ("virtual:1") is known only
    // once it is open.
    const int a = b.jobs->addJob();
    b.jobs->job(a)->setPortSpec(QStringLiteral("virtual-1"));
    const int c = b.jobs->addJob();
    b.jobs->job(c)->setPortSpec(QStringLiteral("virtual:7")); // never comes
    QVERIFY(b.jobs->startJob(a));
    QVERIFY(b.jobs->startJob(c));
    const VirtualPhoneConfig phone = benchPhone(1);
    QCOMPARE(b.rack->plugIn(phone, 20ms), QStringLiteral("virtual:1"));
    QTRY_VERIFY_WITH_TIMEOUT(!b.jobs->job(a)->isRunning(), kSafetyNetMs);
    QTest::mouseClick(rowButton(b.jobs->job(c), "jobStop"), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!b.jobs->job(c)->isRunning(), kSafetyNetMs);

    const QString log = logText(b.window);
    const QString request = QDir::toNativeSeparators(b.jobs->job(a)->request().outputPath);
    const QString saved = QDir::toNativeSeparators(b.jobs->job(a)->result()->path);
    const QStringList expected{
        QStringLiteral("[virtual-1] Dump of the whole flash into %1").arg(request),
        QStringLiteral("[virtual-1] Stage: Waiting for the phone"),
        QStringLiteral("[virtual:1] opened virtual:1"), // the core's own line
        QStringLiteral("[virtual:1] Stage: Reading the flash"),
        QStringLiteral("[virtual:1] Done: %1 (256.00 KiB), SHA-256 %2")
            .arg(saved, QString::fromLatin1(sha256(phone.flash).toHex())),
        QStringLiteral("[virtual:7] Stage: Waiting for the phone"),
        QStringLiteral("[virtual:7] Cancelling\u2026"),
        QStringLiteral("[virtual:7] Cancelled: The dump was cancelled."),
    };
    for (const QString &line : expected)
        QVERIFY2(log.contains(line), qPrintable(QStringLiteral("no \"%1\" in\n%2").arg(line, log)));
    // Every line of a job says whose it is.
    const QStringList lines = log.split(QLatin1Char('\n'));
    for (const QString &line : lines) {
        if (line.contains(QLatin1String("Stage: ")))
            QVERIFY2(line.contains(QLatin1String("] Stage: ")), qPrintable(line));
    }
}

void TstGuiJobs::startAllStartsEveryRowThatCan()
{
    Bench b;
    QVERIFY(b.open());
    b.addRows(3);
    JobRow *clash = b.jobs->job(b.jobs->addJob());
    clash->setPortSpec(QStringLiteral("virtual:1")); // the first row's
    VirtualPhoneConfig pulledPhone = benchPhone(2);
    pulledPhone.faults << Fault{FaultKind::CablePulled, 0x10000, 0};
    QCOMPARE(b.rack->plugIn(benchPhone(1)), QStringLiteral("virtual:1"));
    QCOMPARE(b.rack->plugIn(pulledPhone), QStringLiteral("virtual:2"));
    QCOMPARE(b.rack->plugIn(benchPhone(3)), QStringLiteral("virtual:3"));

    auto *startAll = b.jobs->findChild<QPushButton *>(QStringLiteral("startAllJobs"));
    QTest::mouseClick(startAll, Qt::LeftButton);
    for (int i = 0; i < 3; ++i)
        QVERIFY(b.jobs->job(i)->isRunning());
    // Through the same checks as its own Start: refused, and said which and why.
    QVERIFY(!clash->isRunning());
    QCOMPARE(clash->state(), JobRow::State::Refused);
    const QString why = QStringLiteral(
        "Another job is already dumping from virtual:1. Choose another port for this one.");
    QCOMPARE(clash->detailsText(), why);
    QCOMPARE(b.jobs->message(), QStringLiteral("Started 3 of 4 jobs. Not started:\nJob 4 (virtual:1): %1").arg(why));
    QTRY_VERIFY_WITH_TIMEOUT(b.allEnded(), kSafetyNetMs);
    QCOMPARE(b.jobs->job(0)->state(), JobRow::State::Done);
    QCOMPARE(b.jobs->job(1)->state(), JobRow::State::Failed);
    QCOMPARE(b.jobs->job(2)->state(), JobRow::State::Done);
    const QString firstPath = b.jobs->job(0)->result()->path;

    // Again: the failed row continues its partial dump, the refused one
    // starts; the done ones are left alone.
    b.jobs->job(1)->setPortSpec(QStringLiteral("virtual:4"));
    clash->setPortSpec(QStringLiteral("virtual:5"));
    QCOMPARE(b.rack->plugIn(benchPhone(2)), QStringLiteral("virtual:4")); // the same phone, cable fixed
    QCOMPARE(b.rack->plugIn(benchPhone(4)), QStringLiteral("virtual:5"));
    QCOMPARE(b.jobs->startAll(), 2);
    QVERIFY(b.jobs->message().isEmpty());
    QVERIFY(!b.jobs->job(0)->isRunning());
    QVERIFY(!b.jobs->job(2)->isRunning());
    QVERIFY(b.jobs->job(1)->request().resume);
    QTRY_VERIFY_WITH_TIMEOUT(b.allEnded(), kSafetyNetMs);
    QCOMPARE(b.jobs->job(1)->state(), JobRow::State::Done);
    QVERIFY(b.jobs->job(1)->result()->resumed);
    QCOMPARE(sha256Of(b.jobs->job(1)->result()->path).toHex(), sha256(benchPhone(2).flash).toHex());
    QCOMPARE(sha256Of(clash->result()->path).toHex(), sha256(benchPhone(4).flash).toHex());
    QCOMPARE(b.jobs->job(0)->result()->path, firstPath);

    // Nothing left to start: says so.
    QCOMPARE(b.jobs->startAll(), 0);
    QVERIFY2(b.jobs->message().startsWith(QLatin1String("No job is ready to start")), qPrintable(b.jobs->message()));
}

void TstGuiJobs::historyHasEachAttemptOnce()
{
    Bench b;
    QVERIFY(b.open());
    QCOMPARE(b.jobs->history()->file(), QFileInfo(m_history).absoluteFilePath());
    b.addRows(4);
    JobRow *never = b.jobs->job(b.jobs->addJob());
    never->setPortSpec(QStringLiteral("virtual:9"));
    for (int n = 1; n <= 4; ++n)
        QCOMPARE(b.rack->plugIn(benchPhone(n), 20ms), QStringLiteral("virtual:%1").arg(n));
    // Four phones dumping at once, and a fifth row waiting for a phone.
    QCOMPARE(b.jobs->startAll(), 5);
    QTRY_VERIFY_WITH_TIMEOUT(b.jobs->job(0)->result() && b.jobs->job(1)->result() && b.jobs->job(2)->result()
                                 && b.jobs->job(3)->result(),
                             kSafetyNetMs);
    never->cancel();
    QTRY_VERIFY_WITH_TIMEOUT(b.allEnded(), kSafetyNetMs);

    DumpHistory reader(DumpHistory::Program::Cli, m_history);
    const QList<HistoryRecord> records = reader.query();
    QCOMPARE(records.size(), 5);
    const QStringList versions{QStringLiteral("MTREADER.VIRTUAL.V1.0.71"), QStringLiteral("MTREADER.VIRTUAL.V1.0.72"),
                               QStringLiteral("MTREADER.VIRTUAL.V1.0.73"), QStringLiteral("MTREADER.VIRTUAL.V1.0.74")};
    for (int n = 1; n <= 4; ++n) {
        const VirtualPhoneConfig phone = benchPhone(n);
        QList<HistoryRecord> mine;
        for (const HistoryRecord &r : records) {
            if (r.phone && r.phone->meId == phone.meId)
                mine << r;
        }
        QCOMPARE(mine.size(), 1);
        const HistoryRecord &r = mine.first();
        QCOMPARE(r.program, HistoryRecord::Program::JobsWindow);
        QCOMPARE(r.result, HistoryRecord::Result::Done);
        QCOMPARE(r.sha256.toHex(), sha256(phone.flash).toHex());
        QCOMPARE(r.port, QStringLiteral("virtual:%1").arg(n));
        QCOMPARE(r.file, b.jobs->job(n - 1)->result()->path);
        QCOMPARE(r.details.firmwareVersion, versions.at(n - 1));
        QCOMPARE(r.length, quint64(256 * 1024));
    }
    QList<HistoryRecord> cancelled;
    for (const HistoryRecord &r : records) {
        if (r.result == HistoryRecord::Result::Cancelled)
            cancelled << r;
    }
    QCOMPARE(cancelled.size(), 1);
    QCOMPARE(cancelled.first().requestedPort, QStringLiteral("virtual:9"));
    QCOMPARE(cancelled.first().program, HistoryRecord::Program::JobsWindow);
    QVERIFY(!cancelled.first().phone);
}

void TstGuiJobs::historyTroubleIsShown()
{
    {
        QFile garbage(m_history);
        QVERIFY(garbage.open(QIODevice::WriteOnly));
        garbage.write(QByteArray(4096, 'x'));
    }
    Bench b;
    QVERIFY(b.open());
    b.addRows(1);
    QCOMPARE(b.rack->plugIn(benchPhone(1), 20ms), QStringLiteral("virtual:1"));
    QVERIFY(b.jobs->startJob(0));
    // Said once in the log, by whichever window opened the history first
    // (the main window looks into it as it starts); the dump goes on.
    const QString said = QStringLiteral("The dump history file was damaged.");
    QTRY_VERIFY_WITH_TIMEOUT(logText(b.window).contains(said), kSafetyNetMs);
    QTRY_VERIFY_WITH_TIMEOUT(b.allEnded(), kSafetyNetMs);
    QCOMPARE(b.jobs->job(0)->state(), JobRow::State::Done);
    QCOMPARE(logText(b.window).count(said), 1);
    // The jobs window that met it says so for the rest of the session.
    if (!b.jobs->message().isEmpty())
        QVERIFY(b.jobs->message().startsWith(said));
    DumpHistory reader(DumpHistory::Program::Cli, m_history);
    QCOMPARE(reader.query().size(), 1); // in the new file
}

void TstGuiJobs::fitsA1024x768Screen()
{
    Bench b;
    QVERIFY(b.open());
    b.addRows(4);
    for (int n = 1; n <= 4; ++n)
        QCOMPARE(b.rack->plugIn(benchPhone(n)), QStringLiteral("virtual:%1").arg(n));
    QCOMPARE(b.jobs->startAll(), 4);
    QTRY_VERIFY_WITH_TIMEOUT(b.allEnded(), kSafetyNetMs);

    // The window at its default size with room for a frame (title bar and
    // borders) and a taskbar; the offscreen platform draws no frame.
    constexpr int kScreenWidth = 1024;
    constexpr int kScreenHeight = 768;
    constexpr int kTaskbar = 48;
    constexpr int kFrameWidth = 2 * 8;
    constexpr int kFrameHeight = 32 + 8;
    QVERIFY2(b.jobs->width() + kFrameWidth <= kScreenWidth, qPrintable(QString::number(b.jobs->width())));
    QVERIFY2(b.jobs->height() + kFrameHeight + kTaskbar <= kScreenHeight,
             qPrintable(QString::number(b.jobs->height())));

    // Every column in view, every cell as wide as its widget needs, and
    // each result line whole: the SHA-256 without scrolling.
    auto *table = b.jobs->findChild<JobsTable *>();
    QVERIFY(!table->horizontalScrollBar()->isVisible());
    QVERIFY(table->horizontalHeader()->length() <= table->viewport()->width());
    for (int i = 0; i < b.jobs->jobCount(); ++i) {
        JobRow *job = b.jobs->job(i);
        for (int c = 0; c < JobRow::ColumnCount; ++c) {
            const QWidget *cell = job->cell(JobRow::Column(c));
            QVERIFY2(cell->minimumSizeHint().width() <= table->columnWidth(c),
                     qPrintable(QStringLiteral("column %1: %2 > %3")
                                    .arg(c)
                                    .arg(cell->minimumSizeHint().width())
                                    .arg(table->columnWidth(c))));
            if (cell->hasHeightForWidth())
                QVERIFY(table->rowHeight(JobsTable::controlsRow(i)) >= cell->heightForWidth(table->columnWidth(c)));
        }
        // An automatic name readable up to its time stamp.
        const auto *file = job->cell(JobRow::OutputColumn)->findChild<QLineEdit *>(QStringLiteral("jobOutput"));
        QVERIFY(file->width() > file->fontMetrics().horizontalAdvance(QStringLiteral("MT6261_20261202-004252")));
        // The table lays out its cell widgets late: once it has, the line is
        // as wide as the table and its row as high as the line needs there.
        QWidget *details = job->detailsCell();
        const int lineWidth = table->viewport()->width() - 1; // less the grid line
        QTRY_COMPARE_WITH_TIMEOUT(details->width(), lineWidth, kSafetyNetMs);
        QTRY_VERIFY_WITH_TIMEOUT(
            table->rowHeight(JobsTable::detailsRow(i)) >= details->heightForWidth(details->width()), kSafetyNetMs);
        const auto *sha = details->findChild<QLineEdit *>(QStringLiteral("jobSha256"));
        QCOMPARE(sha->text().size(), 64);
        QVERIFY(sha->width() > sha->fontMetrics().horizontalAdvance(sha->text()));
    }
}

void TstGuiJobs::tabWalksEveryRow()
{
    Bench b;
    QVERIFY(b.open());
    b.addRows(6);
    b.jobs->resize(b.jobs->width(), 220); // rows out of sight: Tab must bring them in
    QCOMPARE(b.rack->plugIn(benchPhone(1)), QStringLiteral("virtual:1"));
    QVERIFY(b.jobs->startJob(0));
    QTRY_VERIFY_WITH_TIMEOUT(b.allEnded(), kSafetyNetMs);
    b.jobs->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(b.jobs));

    auto *add = b.jobs->findChild<QPushButton *>(QStringLiteral("addJob"));
    add->setFocus();
    QTRY_COMPARE_WITH_TIMEOUT(QApplication::focusWidget(), add, kSafetyNetMs);
    // Add, Start all, then each row: port, file, browse, start, remove; the
    // done row's SHA-256 and its copy button after them.
    const QStringList rowNames{QStringLiteral("portCombo"), QStringLiteral("jobOutput"), QStringLiteral("jobBrowse"),
                               QStringLiteral("jobStart"), QStringLiteral("jobStop")};
    QStringList expected{QStringLiteral("startAllJobs")};
    for (int i = 0; i < 6; ++i) {
        expected << rowNames;
        if (i == 0)
            expected << QStringLiteral("jobSha256") << QStringLiteral("jobCopySha256");
    }
    auto *table = b.jobs->findChild<JobsTable *>();
    QStringList visited;
    int row = 0;
    for (int step = 0; step < expected.size(); ++step) {
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QWidget *w = QApplication::focusWidget();
        QVERIFY(w);
        visited << w->objectName();
        if (w->objectName() == QLatin1String("portCombo"))
            ++row;
        if (!table->isAncestorOf(w))
            continue;
        // Named for its row and port, and scrolled into view.
        const QString name = w->accessibleName();
        const QString port = QStringLiteral("virtual:%1").arg(row);
        QVERIFY2(name.contains(QStringLiteral("job %1").arg(row)), qPrintable(name));
        if (w->objectName() != QLatin1String("portCombo"))
            QVERIFY2(name.contains(port), qPrintable(name));
        const QRect inView(w->mapTo(table->viewport(), QPoint(0, 0)), w->size());
        QVERIFY2(table->viewport()->rect().contains(inView), qPrintable(w->objectName() + name));
    }
    QCOMPARE(visited, expected);
}

void TstGuiJobs::closingWithJobsRunningAsksThenWaits()
{
    auto rack = std::make_shared<VirtualPhoneRack>();
    const DumpEnvironment env = virtualEnvironment(rack);
    MainWindow window(env, env.lister);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    JobsWindow *jobs = window.showJobs();
    QVERIFY(QTest::qWaitForWindowExposed(jobs));
    const int a = jobs->addJob();
    jobs->job(a)->setPortSpec(QStringLiteral("virtual:9")); // never comes: waits until cancelled
    QVERIFY(jobs->startJob(a));

    // The question is modal: answer it from the event loop it runs.
    auto answer = [jobs](QMessageBox::StandardButton button, bool *asked) {
        QTimer::singleShot(0, jobs, [button, asked] {
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            if (!box)
                return;
            *asked = true;
            box->button(button)->click();
        });
    };
    bool asked = false;
    answer(QMessageBox::No, &asked);
    QVERIFY(!jobs->close());
    QVERIFY(asked);
    QVERIFY(jobs->isVisible());
    QVERIFY(jobs->hasRunningJobs());

    asked = false;
    answer(QMessageBox::Yes, &asked);
    jobs->close();
    QVERIFY(asked);
    QVERIFY(jobs->isClosing());
    // Not closed yet: the workers are stopping, and the GUI did not block.
    QTRY_VERIFY_WITH_TIMEOUT(!jobs->hasRunningJobs(), kSafetyNetMs);
    QTRY_VERIFY_WITH_TIMEOUT(!jobs->isVisible(), kSafetyNetMs);
    QCOMPARE(jobs->job(a)->state(), JobRow::State::Failed);
    QVERIFY(window.isVisible()); // the main window lives on
    const QList<HistoryRecord> records = DumpHistory(DumpHistory::Program::Cli, m_history).query();
    QCOMPARE(records.size(), 1);
    QCOMPARE(records.first().result, HistoryRecord::Result::Cancelled);
}

QTEST_MAIN(TstGuiJobs)
#include "tst_gui_jobs.moc"
