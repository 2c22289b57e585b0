// SPDX-License-Identifier: Unlicense
// File > Dump several phones at once: two virtual phones dumped at the same
// time from the jobs window (and a third from the main window meanwhile),
// each file byte for byte; a second job on a busy port or into a busy file
// is refused; closing with jobs running asks, then waits without blocking.
#include "JobRow.h"
#include "JobsWindow.h"
#include "MainWindow.h"
#include "support/GuiTestUtil.h"
#include "PortPicker.h"
#include "Settings.h"
#include "support/VirtualEnvironment.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

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
} // namespace

class TstGuiJobs : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void twoPhonesAtOnce();
    void closingWithJobsRunningAsksThenWaits();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_out;
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
    QCOMPARE(third->statusText(), jobs->message());
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
    const QString mainPath =
        QDir::fromNativeSeparators(window.findChild<QLabel *>(QStringLiteral("donePath"))->text());
    QCOMPARE(sha256Of(mainPath).toHex(), sha256(phone3.flash).toHex());
    QCOMPARE(QDir(m_out).entryList({QStringLiteral("*.bin")}, QDir::Files).size(), 3);
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
}

QTEST_MAIN(TstGuiJobs)
#include "tst_gui_jobs.moc"
