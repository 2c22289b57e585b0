// SPDX-License-Identifier: Unlicense
// The whole window against phones: Dump in Automatic with a phone behind a
// real pty that appears afterwards, Cancel in the middle of a read, and Keep
// going through two virtual phones in a row.
#include "DumpFlow.h"
#include "DumpTarget.h"
#include "MainWindow.h"
#include "support/GuiTestUtil.h"
#include "Settings.h"
#include "virtual/FlashImage.h"
#include "virtual/PtyPhone.h"
#include "support/HostStream.h"
#include "support/VirtualEnvironment.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QSet>
#include <QSettings>
#include <QStackedWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace std::chrono_literals;
using namespace guitest;

namespace {

QStringList dumpsIn(const QString &folder)
{
    return QDir(folder).entryList({QStringLiteral("*.bin")}, QDir::Files, QDir::Name);
}
} // namespace

class TstGuiFlow : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void dumpsAPhoneThatAppearsLater();
    void wholeFlashOverAPty_data();
    void wholeFlashOverAPty();
    void cancelMidDumpLeavesNoFile();
    void keepGoingDumpsTwoPhones();
    void resumeAfterTheCableWasPulled();
    void closingMidDumpAsksThenWaits();
    void theCloseQuestionGoesWhenTheDumpEnds();
    void tryWithAVirtualPhone();
    void theDemoPhoneHasTheChosenFlash();
    void theChosenBlockSizeIsOnTheWire();

private:
    void clickDump(MainWindow &window);
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TstGuiFlow::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    const QString ini = m_dir->filePath(QStringLiteral("settings.ini"));
    qputenv(Settings::kFileEnvVar, ini.toLocal8Bit());
    QDir().mkpath(m_dir->filePath(QStringLiteral("out")));
    QSettings s(ini, QSettings::IniFormat);
    s.setValue(QStringLiteral("output/folder"), m_dir->filePath(QStringLiteral("out")));
}

void TstGuiFlow::cleanup()
{
    m_dir.reset();
}

void TstGuiFlow::clickDump(MainWindow &window)
{
    auto *dump = window.findChild<QPushButton *>(QStringLiteral("dumpButton"));
    QVERIFY(dump && dump->isEnabled());
    QTest::mouseClick(dump, Qt::LeftButton);
}

void TstGuiFlow::dumpsAPhoneThatAppearsLater()
{
#ifndef Q_OS_UNIX
    QSKIP("pseudo-terminals are Unix only");
#else
    const QString link = m_dir->filePath(QStringLiteral("phone"));
    const PortLister lister = guitest::mediatekPortAt(link);
    DumpEnvironment env;
    env.lister = lister;
    MainWindow window(env, lister);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    setCustomRange(window, QStringLiteral("0"), QStringLiteral("0x40000"));

    clickDump(window);
    QTRY_COMPARE_WITH_TIMEOUT(pageOf(window), QStringLiteral("waitingPanel"), kSafetyNetMs);

    VirtualPhoneConfig config = testPhone(256 * 1024, 11);
    PtyPhone phone(config, link);
    QString error;
    QVERIFY2(phone.start(300ms, &error), qPrintable(error));

    QTRY_COMPARE_WITH_TIMEOUT(pageOf(window), QStringLiteral("donePanel"), kSafetyNetMs);
    const QString path = QDir::fromNativeSeparators(window.findChild<QLabel *>(QStringLiteral("donePath"))->text());
    QVERIFY(QFileInfo(path).fileName().startsWith(QLatin1String("MT6261_")));
    QCOMPARE(QFileInfo(path).absolutePath(), QFileInfo(m_dir->filePath(QStringLiteral("out"))).absoluteFilePath());
    const QByteArray expected = QCryptographicHash::hash(config.flash, QCryptographicHash::Sha256);
    QCOMPARE(sha256Of(path).toHex(), expected.toHex());
    QCOMPARE(window.findChild<QLineEdit *>(QStringLiteral("doneSha256"))->text(),
             QString::fromLatin1(expected.toHex()));
    QCOMPARE(phone.flashSha256().toHex(), expected.toHex());
#endif
}

void TstGuiFlow::wholeFlashOverAPty_data()
{
    QTest::addColumn<qint64>("size");
    QTest::newRow("4 MiB") << qint64(4 << 20);
    QTest::newRow("8 MiB") << qint64(8 << 20);
    QTest::newRow("16 MiB") << qint64(16 << 20);
}

// The window as it opens (the whole flash, no size typed) against phones of
// every size through the real QSerialPort: the whole flash, byte-exact.
void TstGuiFlow::wholeFlashOverAPty()
{
#ifndef Q_OS_UNIX
    QSKIP("pseudo-terminals are Unix only");
#else
    QFETCH(qint64, size);
    const QString link = m_dir->filePath(QStringLiteral("phone"));
    DumpEnvironment env;
    env.lister = guitest::mediatekPortAt(link);
    MainWindow window(env, env.lister);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QCOMPARE(window.findChild<QComboBox *>(QStringLiteral("rangePreset"))->currentIndex(), 0);

    const VirtualPhoneConfig config = testPhone(size, quint64(size >> 20));
    PtyPhone phone(config, link);
    QString error;
    QVERIFY2(phone.start(0ms, &error), qPrintable(error));
    clickDump(window);
    QTRY_COMPARE_WITH_TIMEOUT(pageOf(window), QStringLiteral("donePanel"), kSafetyNetMs);
    const QString path = QDir::fromNativeSeparators(window.findChild<QLabel *>(QStringLiteral("donePath"))->text());
    QCOMPARE(QFileInfo(path).size(), size);
    QCOMPARE(sha256Of(path).toHex(), QCryptographicHash::hash(config.flash, QCryptographicHash::Sha256).toHex());
    const QString sizeText = window.findChild<QLabel *>(QStringLiteral("summaryFlashSize"))->text();
    QVERIFY2(sizeText.contains(humanSize(size)) && sizeText.contains(QLatin1String("Found from the phone")),
             qPrintable(sizeText));
#endif
}

void TstGuiFlow::cancelMidDumpLeavesNoFile()
{
    auto rack = std::make_shared<VirtualPhoneRack>();
    const DumpEnvironment env = virtualEnvironment(rack);
    MainWindow window(env, env.lister);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    setCustomRange(window, QStringLiteral("0"), QStringLiteral("0x400000"));

    // About 4 s of reading at USB full speed: plenty of time to cancel.
    VirtualPhoneConfig config = testPhone(4 * 1024 * 1024, 12);
    config.link = LinkModel::realistic();
    clickDump(window);
    const QString target = window.findChild<QLineEdit *>(QStringLiteral("outputPath"))->text();
    rack->plugIn(config, 100ms);

    auto *bar = window.findChild<QProgressBar *>(QStringLiteral("progressBar"));
    QTRY_VERIFY_WITH_TIMEOUT(bar->maximum() > 0 && bar->value() > 0, kSafetyNetMs);
    QVERIFY(window.isDumpRunning());
    QTest::mouseClick(window.findChild<QPushButton *>(QStringLiteral("cancelButton")), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!window.isDumpRunning(), kSafetyNetMs);

    QVERIFY2(!QFileInfo::exists(target), qPrintable(target));
    QVERIFY(dumpsIn(m_dir->filePath(QStringLiteral("out"))).isEmpty());
    // What was read is kept for resuming, and the window offers it.
    const QString page = pageOf(window);
    QVERIFY2(page == QLatin1String("failurePanel") || page == QLatin1String("readyPage"), qPrintable(page));
    if (page == QLatin1String("failurePanel"))
        QVERIFY(window.findChild<QPushButton *>(QStringLiteral("resumeButton"))->isVisible());
}

void TstGuiFlow::keepGoingDumpsTwoPhones()
{
    auto rack = std::make_shared<VirtualPhoneRack>();
    const DumpEnvironment env = virtualEnvironment(rack);
    MainWindow window(env, env.lister);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    setCustomRange(window, QStringLiteral("0"), QStringLiteral("0x10000"));
    window.findChild<QCheckBox *>(QStringLiteral("keepGoing"))->setChecked(true);
    const QString out = m_dir->filePath(QStringLiteral("out"));

    const VirtualPhoneConfig first = testPhone(64 * 1024, 21);
    VirtualPhoneConfig second = testPhone(64 * 1024, 22);
    second.meId = QByteArray::fromHex("00112233445566778899aabbccddeeff");

    clickDump(window);
    rack->plugIn(first, 100ms);
    QTRY_COMPARE_WITH_TIMEOUT(dumpsIn(out).size(), 1, kSafetyNetMs);
    const QString firstFile = dumpsIn(out).first();
    // The window moves on by itself: no click between the phones.
    rack->plugIn(second, 100ms);
    QTRY_COMPARE_WITH_TIMEOUT(dumpsIn(out).size(), 2, kSafetyNetMs);
    QStringList files = dumpsIn(out);
    files.removeOne(firstFile);
    // ... and waits for a third, naming the second as the one just saved. (The
    // file is there before the second dump's thread has ended: the page and
    // "running" alone could still be the second dump's.)
    const auto *previous = window.findChild<QLabel *>(QStringLiteral("waitingPrevious"));
    QTRY_VERIFY_WITH_TIMEOUT(previous->text().contains(files.first()) && window.isDumpRunning()
                                 && pageOf(window) == QLatin1String("waitingPanel"),
                             kSafetyNetMs);

    QSet<QByteArray> got;
    for (const QString &name : dumpsIn(out))
        got.insert(sha256Of(QDir(out).filePath(name)).toHex());
    const QSet<QByteArray> want{
        QCryptographicHash::hash(first.flash.left(0x10000), QCryptographicHash::Sha256).toHex(),
        QCryptographicHash::hash(second.flash.left(0x10000), QCryptographicHash::Sha256).toHex()};
    QCOMPARE(got, want);

    QTest::mouseClick(window.findChild<QPushButton *>(QStringLiteral("cancelButton")), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!window.isDumpRunning(), kSafetyNetMs);
}

void TstGuiFlow::resumeAfterTheCableWasPulled()
{
    auto rack = std::make_shared<VirtualPhoneRack>();
    const DumpEnvironment env = virtualEnvironment(rack);
    MainWindow window(env, env.lister);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    setCustomRange(window, QStringLiteral("0"), QStringLiteral("0x20000"));

    VirtualPhoneConfig phone = testPhone(128 * 1024, 41);
    VirtualPhoneConfig pulled = phone;
    pulled.faults << Fault{FaultKind::CablePulled, 0x10000, 0};
    clickDump(window);
    const QString target = window.findChild<QLineEdit *>(QStringLiteral("outputPath"))->text();
    rack->plugIn(pulled, 50ms);
    QTRY_COMPARE_WITH_TIMEOUT(pageOf(window), QStringLiteral("failurePanel"), kSafetyNetMs);
    auto *resume = window.findChild<QPushButton *>(QStringLiteral("resumeButton"));
    QVERIFY(resume->isVisible());
    QVERIFY(!QFileInfo::exists(target));

    // The same phone, reconnected with a good cable.
    QTest::mouseClick(resume, Qt::LeftButton);
    rack->plugIn(phone, 50ms);
    QTRY_COMPARE_WITH_TIMEOUT(pageOf(window), QStringLiteral("donePanel"), kSafetyNetMs);
    // Continued into the partial file of target, then named after what it holds.
    const QString saved = QDir::fromNativeSeparators(window.findChild<QLabel *>(QStringLiteral("donePath"))->text());
    QCOMPARE(QFileInfo(saved).absolutePath(), QFileInfo(target).absolutePath());
    QVERIFY(!QFileInfo::exists(DumpTarget(target).partialPath()));
    QCOMPARE(sha256Of(saved).toHex(), QCryptographicHash::hash(phone.flash, QCryptographicHash::Sha256).toHex());
}

void TstGuiFlow::closingMidDumpAsksThenWaits()
{
    auto rack = std::make_shared<VirtualPhoneRack>();
    const DumpEnvironment env = virtualEnvironment(rack);
    MainWindow window(env, env.lister);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    setCustomRange(window, QStringLiteral("0"), QStringLiteral("0x400000"));
    VirtualPhoneConfig config = testPhone(4 * 1024 * 1024, 51);
    config.link = LinkModel::realistic();
    clickDump(window);
    rack->plugIn(config, 50ms);
    auto *bar = window.findChild<QProgressBar *>(QStringLiteral("progressBar"));
    QTRY_VERIFY_WITH_TIMEOUT(bar->maximum() > 0 && bar->value() > 0, kSafetyNetMs);

    // The moment the dump is over, the window's close is the next thing the
    // event loop does: nothing waits on the phone or on a timer after it.
    auto *flow = window.findChild<DumpFlow *>();
    QVERIFY(flow);
    bool endedSeen = false;
    bool closedOnTheNextTurn = false;
    connect(flow, &DumpFlow::idleForClose, &window, [&] {
        endedSeen = true;
        QMetaObject::invokeMethod(
            &window, [&] { closedOnTheNextTurn = !window.isVisible(); }, Qt::QueuedConnection);
    });

    // The question is modal: answer it from the event loop it runs.
    bool asked = false;
    QTimer::singleShot(0, &window, [&asked] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (!box)
            return;
        asked = true;
        box->button(QMessageBox::Yes)->click();
    });
    window.close();
    QVERIFY(asked);
    // Not closed yet: the worker is still stopping, and the GUI did not block.
    QVERIFY(window.isVisible());
    QVERIFY(!window.isEnabled());
    QTRY_VERIFY_WITH_TIMEOUT(!window.isDumpRunning(), kSafetyNetMs);
    QTRY_VERIFY_WITH_TIMEOUT(!window.isVisible(), kSafetyNetMs);
    QVERIFY(endedSeen);
    QVERIFY(closedOnTheNextTurn);
    // Stopped, not read to the end: what was read is kept to continue.
    QVERIFY(dumpsIn(m_dir->filePath(QStringLiteral("out"))).isEmpty());
    const QStringList partials = QDir(m_dir->filePath(QStringLiteral("out"))).entryList(QDir::Files);
    QVERIFY2(!partials.isEmpty(), "the part read before the stop is kept");
}

void TstGuiFlow::theCloseQuestionGoesWhenTheDumpEnds()
{
    auto rack = std::make_shared<VirtualPhoneRack>();
    const DumpEnvironment env = virtualEnvironment(rack);
    MainWindow window(env, env.lister);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    // Long enough to ask while it reads, short enough to end while asked.
    setCustomRange(window, QStringLiteral("0"), QStringLiteral("1 MiB"));
    VirtualPhoneConfig config = testPhone(1024 * 1024, 52);
    config.link = LinkModel::realistic();
    clickDump(window);
    rack->plugIn(config, 50ms);
    auto *bar = window.findChild<QProgressBar *>(QStringLiteral("progressBar"));
    QTRY_VERIFY_WITH_TIMEOUT(bar->maximum() > 0 && bar->value() > 0, kSafetyNetMs);

    // Nobody answers: the dump ends on its own while the question is up.
    QString question;
    QTimer::singleShot(0, &window, [&question] {
        if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget()))
            question = box->text();
    });
    // close() returns once the box went, with the window closed.
    QVERIFY(window.close());
    QVERIFY2(question.contains(QLatin1String("A dump is running")), qPrintable(question));
    // The box went by itself and the window closed with the dump complete,
    // not stopped: there was nothing left to stop.
    QVERIFY(!QApplication::activeModalWidget());
    QVERIFY(!window.isVisible());
    QVERIFY(!window.isDumpRunning());
    const QStringList dumps = dumpsIn(m_dir->filePath(QStringLiteral("out")));
    QCOMPARE(dumps.size(), 1);
    QCOMPARE(sha256Of(m_dir->filePath(QStringLiteral("out/")) + dumps.first()).toHex(),
             QCryptographicHash::hash(config.flash, QCryptographicHash::Sha256).toHex());
}

void TstGuiFlow::tryWithAVirtualPhone()
{
    // No ports at all: the demo's phone is the only one there will be.
    DumpEnvironment env;
    env.lister = [] { return QList<PortInfo>{}; };
    MainWindow window(env, env.lister);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto *demo = window.findChild<QAction *>(QStringLiteral("demoAction"));
    QVERIFY(demo);
    demo->trigger();
    QVERIFY(window.findChild<QLabel *>(QStringLiteral("demoBanner"))->isVisible());
    clickDump(window);
    QTRY_COMPARE_WITH_TIMEOUT(pageOf(window), QStringLiteral("waitingPanel"), kSafetyNetMs);
    // 4 MiB at USB full speed: a few seconds.
    QTRY_COMPARE_WITH_TIMEOUT(pageOf(window), QStringLiteral("donePanel"), kSafetyNetMs);
    const QString path = QDir::fromNativeSeparators(window.findChild<QLabel *>(QStringLiteral("donePath"))->text());
    QCOMPARE(QFileInfo(path).size(), 4 * 1024 * 1024);
    QCOMPARE(window.findChild<QLineEdit *>(QStringLiteral("doneSha256"))->text(),
             QString::fromLatin1(sha256Of(path).toHex()));
}

// The demo's phone has the flash its banner says, and the whole-flash dump
// finds it: 8 MiB here, not the default 4.
void TstGuiFlow::theDemoPhoneHasTheChosenFlash()
{
    DumpEnvironment env;
    env.lister = [] { return QList<PortInfo>{}; };
    MainWindow window(env, env.lister);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.findChild<QAction *>(QStringLiteral("demoAction"))->trigger();
    auto *size = window.findChild<QComboBox *>(QStringLiteral("demoFlashSize"));
    QVERIFY(size && size->isVisible());
    QCOMPARE(size->currentData().toLongLong(), qint64(4 << 20));
    size->setCurrentIndex(size->findData(qint64(8 << 20)));
    QCOMPARE(window.demoPhones().flashSize(), qint64(8 << 20));
    clickDump(window);
    QTRY_COMPARE_WITH_TIMEOUT(pageOf(window), QStringLiteral("donePanel"), kSafetyNetMs);
    const QString path = QDir::fromNativeSeparators(window.findChild<QLabel *>(QStringLiteral("donePath"))->text());
    QCOMPARE(QFileInfo(path).size(), 8 * 1024 * 1024);
    QVERIFY(window.findChild<QLabel *>(QStringLiteral("summaryFlashSize"))->text().contains(humanSize(8 << 20)));
}

void TstGuiFlow::theChosenBlockSizeIsOnTheWire()
{
    auto rack = std::make_shared<VirtualPhoneRack>();
    auto sent = std::make_shared<QByteArray>();
    auto lock = std::make_shared<QMutex>();
    DumpEnvironment env = virtualEnvironment(rack);
    env.opener = [rack, sent, lock](const QString &location, DumpError &error) -> std::unique_ptr<Transport> {
        std::unique_ptr<Transport> t = rack->open(location, error);
        if (!t)
            return nullptr;
        return std::make_unique<RecordingTransport>(std::move(t), sent, lock);
    };
    MainWindow window(env, env.lister);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    setCustomRange(window, QStringLiteral("0"), QStringLiteral("0x10000"));
    auto *blockSize = window.findChild<QComboBox *>(QStringLiteral("blockSize"));
    QVERIFY(blockSize);
    blockSize->setCurrentIndex(blockSize->findData(4096u));
    QCOMPARE(blockSize->currentData().toUInt(), 4096u);

    clickDump(window);
    rack->plugIn(testPhone(64 * 1024, 61), 50ms);
    QTRY_COMPARE_WITH_TIMEOUT(pageOf(window), QStringLiteral("donePanel"), kSafetyNetMs);
    QMutexLocker locker(lock.get());
    bool ok = false;
    const QList<HostCommand> cmds = parseHostStream(*sent, &ok);
    QVERIFY2(ok, sent->toHex(' ').constData());
    int reads = 0;
    for (const HostCommand &c : cmds) {
        if (c.code != 0xD1)
            continue;
        QCOMPARE(c.count, 4096u / 4); // the count field, in words
        ++reads;
    }
    QCOMPARE(reads, 0x10000 / 4096);
}

QTEST_MAIN(TstGuiFlow)
#include "tst_gui_flow.moc"
