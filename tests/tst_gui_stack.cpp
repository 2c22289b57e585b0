// SPDX-License-Identifier: Unlicense
// A repair shop's day in the real window (offscreen): a stack of phones with
// Keep going, the phone just dumped coming back after its reset, a failure
// in the middle of the stack, every attempt in the history, an unfinished
// dump offered again after a restart, and the whole flash of phones of every
// size read without a size typed.
#include "DumpFlow.h"
#include "DumpHistory.h"
#include "DumpTarget.h"
#include "KeepGoingFlow.h"
#include "MainWindow.h"
#include "Settings.h"
#include "StackSummary.h"
#include "UnfinishedDumps.h"
#include "identity/DumpReport.h"
#include "support/GuiTestUtil.h"
#include "support/VirtualEnvironment.h"

#include <QCheckBox>
#include <QCryptographicHash>
#include <QDir>
#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace std::chrono_literals;
using namespace guitest;

namespace {
QStringList dumpsIn(const QString &folder)
{
    return QDir(folder).entryList({QStringLiteral("*.bin")}, QDir::Files, QDir::Name);
}

QByteArray sha(const QByteArray &bytes)
{
    return QCryptographicHash::hash(bytes, QCryptographicHash::Sha256);
}

VirtualPhoneConfig phoneWithMeId(quint64 seed, char meIdByte)
{
    VirtualPhoneConfig c = testPhone(64 * 1024, seed);
    c.meId = QByteArray(16, meIdByte);
    return c;
}
} // namespace

class TstGuiStack : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void thePhoneBackAfterItsResetIsNotDumpedAgain();
    void aFailureInTheMiddleOfAStack();
    void aRestartOffersTheUnfinishedDump();
    void wholeFlashOfEverySize_data();
    void wholeFlashOfEverySize();

private:
    void startKeepGoing(MainWindow &window);
    QString out() const { return m_dir->filePath(QStringLiteral("out")); }
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_history;
};

void TstGuiStack::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    const QString ini = m_dir->filePath(QStringLiteral("settings.ini"));
    qputenv(Settings::kFileEnvVar, ini.toLocal8Bit());
    m_history = m_dir->filePath(QStringLiteral("history.sqlite"));
    qputenv(DumpHistory::kFileEnvVar, m_history.toLocal8Bit());
    QDir().mkpath(out());
    QSettings s(ini, QSettings::IniFormat);
    s.setValue(QStringLiteral("output/folder"), out());
    s.setValue(QStringLiteral("dump/keepGoingAlert"), false); // no bell in a test run
}

void TstGuiStack::cleanup()
{
    m_dir.reset();
}

void TstGuiStack::startKeepGoing(MainWindow &window)
{
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    setCustomRange(window, QStringLiteral("0"), QStringLiteral("0x10000"));
    window.findChild<QCheckBox *>(QStringLiteral("keepGoing"))->setChecked(true);
    QTest::mouseClick(window.findChild<QPushButton *>(QStringLiteral("dumpButton")), Qt::LeftButton);
}

void TstGuiStack::thePhoneBackAfterItsResetIsNotDumpedAgain()
{
    auto rack = std::make_shared<VirtualPhoneRack>();
    const DumpEnvironment env = virtualEnvironment(rack);
    MainWindow window(env, env.lister);
    startKeepGoing(window);
    const VirtualPhoneConfig a = phoneWithMeId(71, '\xA1');
    rack->plugIn(a, 50ms);
    QTRY_COMPARE_WITH_TIMEOUT(dumpsIn(out()).size(), 1, kSafetyNetMs);

    // Reset, boot key still held: the same phone is back in its BootROM.
    rack->plugIn(a, 50ms);
    auto *again = window.findChild<QPushButton *>(QStringLiteral("dumpAgainAnyway"));
    QTRY_VERIFY_WITH_TIMEOUT(again->isVisible(), kSafetyNetMs);
    QCOMPARE(pageOf(window), QStringLiteral("waitingPanel"));
    QVERIFY(
        window.findChild<QLabel *>(QStringLiteral("waitingInstruction"))->text().contains(QLatin1String("A1A1A1A1")));
    QCOMPARE(dumpsIn(out()).size(), 1);
    const KeepGoingFlow *flow = window.flow()->keepGoing();
    QCOMPARE(flow->dumped(), 1);
    QCOMPARE(flow->failed(), 0);

    // Unplugged, then the next phone: that one is dumped.
    rack->unplugAll();
    QTRY_VERIFY_WITH_TIMEOUT(!again->isVisible(), kSafetyNetMs);
    const VirtualPhoneConfig b = phoneWithMeId(72, '\xB2');
    rack->plugIn(b, 50ms);
    QTRY_COMPARE_WITH_TIMEOUT(dumpsIn(out()).size(), 2, kSafetyNetMs);
    QCOMPARE(flow->dumped(), 2);
    QTest::mouseClick(window.findChild<QPushButton *>(QStringLiteral("cancelButton")), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!window.isDumpRunning(), kSafetyNetMs);
}

void TstGuiStack::aFailureInTheMiddleOfAStack()
{
    auto rack = std::make_shared<VirtualPhoneRack>();
    const DumpEnvironment env = virtualEnvironment(rack);
    MainWindow window(env, env.lister);
    startKeepGoing(window);
    const VirtualPhoneConfig first = phoneWithMeId(81, '\x01');
    VirtualPhoneConfig second = phoneWithMeId(82, '\x02');
    second.faults << Fault{FaultKind::CablePulled, 0x8000, 0};
    const VirtualPhoneConfig third = phoneWithMeId(83, '\x03');

    rack->plugIn(first, 50ms);
    QTRY_COMPARE_WITH_TIMEOUT(dumpsIn(out()).size(), 1, kSafetyNetMs);
    rack->plugIn(second, 50ms);
    const KeepGoingFlow *flow = window.flow()->keepGoing();
    QTRY_COMPARE_WITH_TIMEOUT(flow->failed(), 1, kSafetyNetMs);
    // No Failed page nobody is watching: straight back to waiting.
    QTRY_COMPARE_WITH_TIMEOUT(pageOf(window), QStringLiteral("waitingPanel"), kSafetyNetMs);
    rack->plugIn(third, 50ms);
    QTRY_COMPARE_WITH_TIMEOUT(dumpsIn(out()).size(), 2, kSafetyNetMs);
    QTRY_COMPARE_WITH_TIMEOUT(pageOf(window), QStringLiteral("waitingPanel"), kSafetyNetMs);
    QTRY_VERIFY_WITH_TIMEOUT(window.isDumpRunning(), kSafetyNetMs); // waiting for a fourth

    const auto *stack = window.findChild<StackSummary *>();
    QVERIFY(stack->isVisible());
    QVERIFY2(stack->countsText().contains(QLatin1String("2 dumped")), qPrintable(stack->countsText()));
    QVERIFY2(stack->countsText().contains(QLatin1String("1 failed")), qPrintable(stack->countsText()));
    QCOMPARE(stack->rows(), 3);
    QVERIFY2(stack->rowText(1).contains(QLatin1String("disconnected")), qPrintable(stack->rowText(1)));

    QSet<QByteArray> got;
    for (const QString &name : dumpsIn(out()))
        got.insert(sha256Of(QDir(out()).filePath(name)));
    QCOMPARE(got, (QSet<QByteArray>{sha(first.flash.left(0x10000)), sha(third.flash.left(0x10000))}));
    QTest::mouseClick(window.findChild<QPushButton *>(QStringLiteral("cancelButton")), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!window.isDumpRunning(), kSafetyNetMs);

    // Every attempt in the history, with what it was.
    DumpHistory history(DumpHistory::Program::Window, m_history);
    const QList<HistoryRecord> all = history.query();
    QList<HistoryRecord> ended;
    for (const HistoryRecord &r : all) {
        if (r.result != HistoryRecord::Result::Cancelled)
            ended << r;
    }
    QCOMPARE(ended.size(), 3); // newest first
    QCOMPARE(ended.at(0).result, HistoryRecord::Result::Done);
    QCOMPARE(ended.at(0).phone->meId, third.meId);
    QCOMPARE(ended.at(0).sha256, sha(third.flash.left(0x10000)));
    QCOMPARE(ended.at(1).result, HistoryRecord::Result::Failed);
    QCOMPARE(ended.at(1).errorCode, QStringLiteral("Disconnected"));
    QCOMPARE(ended.at(1).phone->meId, second.meId);
    QCOMPARE(ended.at(2).result, HistoryRecord::Result::Done);
    QCOMPARE(ended.at(2).phone->meId, first.meId);
}

void TstGuiStack::aRestartOffersTheUnfinishedDump()
{
    auto rack = std::make_shared<VirtualPhoneRack>();
    const DumpEnvironment env = virtualEnvironment(rack);
    VirtualPhoneConfig phone = testPhone(128 * 1024, 91);
    VirtualPhoneConfig pulled = phone;
    pulled.faults << Fault{FaultKind::CablePulled, 0x10000, 0};
    QString target;
    {
        MainWindow window(env, env.lister);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        setCustomRange(window, QStringLiteral("0"), QStringLiteral("0x20000"));
        QTest::mouseClick(window.findChild<QPushButton *>(QStringLiteral("dumpButton")), Qt::LeftButton);
        target = window.findChild<QLineEdit *>(QStringLiteral("outputPath"))->text();
        rack->plugIn(pulled, 50ms);
        QTRY_COMPARE_WITH_TIMEOUT(pageOf(window), QStringLiteral("failurePanel"), kSafetyNetMs);
        window.close();
    }
    QVERIFY(DumpTarget(target).hasResumablePartial());

    // The next morning: a new window, the file name long forgotten.
    MainWindow window(env, env.lister);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QCOMPARE(pageOf(window), QStringLiteral("readyPage"));
    const auto *unfinished = window.findChild<UnfinishedDumps *>();
    QVERIFY(unfinished->isVisible());
    QCOMPARE(unfinished->count(), 1);
    auto *cont = window.findChild<QPushButton *>(QStringLiteral("continueUnfinished"));
    QVERIFY(cont);
    QTest::mouseClick(cont, Qt::LeftButton);
    rack->plugIn(phone, 50ms);
    QTRY_COMPARE_WITH_TIMEOUT(pageOf(window), QStringLiteral("donePanel"), kSafetyNetMs);
    const QString saved = QDir::fromNativeSeparators(window.findChild<QLabel *>(QStringLiteral("donePath"))->text());
    QCOMPARE(sha256Of(saved), sha(phone.flash));
    QVERIFY(!DumpTarget(target).hasPartial());
}

void TstGuiStack::wholeFlashOfEverySize_data()
{
    QTest::addColumn<qint64>("size");
    QTest::newRow("4 MiB") << qint64(4 << 20);
    QTest::newRow("8 MiB") << qint64(8 << 20);
    QTest::newRow("16 MiB") << qint64(16 << 20);
}

void TstGuiStack::wholeFlashOfEverySize()
{
    QFETCH(qint64, size);
    auto rack = std::make_shared<VirtualPhoneRack>();
    const DumpEnvironment env = virtualEnvironment(rack);
    MainWindow window(env, env.lister);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    // No size typed: the default is the whole flash.
    QTest::mouseClick(window.findChild<QPushButton *>(QStringLiteral("dumpButton")), Qt::LeftButton);
    VirtualPhoneConfig phone = VirtualPhoneConfig::mt6261(size, 5);
    phone.link = LinkModel::instant();
    rack->plugIn(phone, 50ms);
    QTRY_COMPARE_WITH_TIMEOUT(pageOf(window), QStringLiteral("donePanel"), kSafetyNetMs);
    const QString saved = QDir::fromNativeSeparators(window.findChild<QLabel *>(QStringLiteral("donePath"))->text());
    QCOMPARE(QFileInfo(saved).size(), size);
    QCOMPARE(sha256Of(saved), sha(phone.flash));
    // Named after what it holds: the chip, the firmware version, the ME ID.
    QVERIFY2(QFileInfo(saved).fileName().startsWith(QLatin1String("MT6261_MTREADER.VIRTUAL.V1.0.5_F81DA215_")),
             qPrintable(saved));
    const std::optional<QJsonObject> report = DumpReport::read(DumpReport::pathFor(saved));
    QVERIFY(report);
    QCOMPARE(report->value(QStringLiteral("flashSize")).toObject().value(QStringLiteral("bytes")).toDouble(),
             double(size));
    const QJsonObject id = report->value(QStringLiteral("identity")).toObject();
    QCOMPARE(id.value(QStringLiteral("firmware")).toObject().value(QStringLiteral("version")).toString(),
             QStringLiteral("MTREADER.VIRTUAL.V1.0.5"));
    QCOMPARE(id.value(QStringLiteral("sha256")).toString().toLatin1(), sha(phone.flash).toHex());
}

QTEST_MAIN(TstGuiStack)
#include "tst_gui_stack.moc"
