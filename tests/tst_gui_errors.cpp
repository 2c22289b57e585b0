// SPDX-License-Identifier: Unlicense
// A failing phone, one per family of errors, ends in the Failed panel with
// ErrorText's own sentence: no answer to the handshake, cable pulled, an
// error status, a port the OS will not open or another program holds.
#include "ErrorText.h"
#include "MainWindow.h"
#include "OutputChooser.h"
#include "RangeEditor.h"
#include "Settings.h"
#include "support/VirtualEnvironment.h"

#include <QComboBox>
#include <QTimer>
#include <QMessageBox>
#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QStackedWidget>
#include <QTemporaryDir>
#include <QTest>
#include <thread>

using namespace std::chrono_literals;
using Mt::ErrorCode;

Q_DECLARE_METATYPE(Mt::ErrorCode)

namespace {
// The handshake alone waits 10 s for a BootROM; the rest is a safety net.
constexpr int kSafetyNetMs = 90000;
const QString kFakePort = QStringLiteral("fake:1");

// A port that opens and then never says a word.
class SilentTransport : public Transport
{
public:
    bool write(const QByteArray &) override { return true; }
    ReadStatus read(QByteArray &, qint64, Clock::time_point deadline) override
    {
        std::this_thread::sleep_until(std::min(deadline, Clock::now() + 20ms));
        return ReadStatus::Timeout;
    }
    void discardInput() override {}
    QString errorString() const override { return {}; }
};

PortInfo fakeBromPort()
{
    PortInfo p;
    p.portName = QStringLiteral("fake1");
    p.systemLocation = kFakePort;
    p.hasUsbId = true;
    p.vendorId = 0x0E8D;
    p.productId = 0x0003;
    return p;
}

// One fake MediaTek port whose opening fails with code, or gives a silent port.
DumpEnvironment fakePortEnvironment(ErrorCode openError)
{
    DumpEnvironment env;
    env.lister = [] { return QList<PortInfo>{fakeBromPort()}; };
    env.opener = [openError](const QString &location, DumpError &error) -> std::unique_ptr<Transport> {
        if (openError == ErrorCode::None)
            return std::make_unique<SilentTransport>();
        error.code = openError;
        error.port = location;
        error.detail = QStringLiteral("injected by the test");
        return nullptr;
    };
    env.pathExists = [](const QString &) { return false; };
    return env;
}
} // namespace

class TstGuiErrors : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void failureShowsTheSentence_data();
    void failureShowsTheSentence();
    void refusedBeforeWaiting_data();
    void refusedBeforeWaiting();

private:
    QTemporaryDir m_dir;
};

void TstGuiErrors::initTestCase()
{
    QVERIFY(m_dir.isValid());
    const QString ini = m_dir.filePath(QStringLiteral("settings.ini"));
    qputenv(Settings::kFileEnvVar, ini.toLocal8Bit());
    QSettings(ini, QSettings::IniFormat).setValue(QStringLiteral("output/folder"), m_dir.path());
}

void TstGuiErrors::failureShowsTheSentence_data()
{
    QTest::addColumn<ErrorCode>("code");
    QTest::addColumn<int>("fault"); // FaultKind for a virtual phone; None: the fake port
    QTest::addColumn<bool>("resumable");

    QTest::newRow("handshake: a port that never answers")
        << ErrorCode::HandshakeFailed << int(FaultKind::None) << false;
    QTest::newRow("disconnect: cable pulled") << ErrorCode::Disconnected << int(FaultKind::CablePulled) << true;
    QTest::newRow("bad status every time") << ErrorCode::BadStatus << int(FaultKind::ErrorStatus) << true;
    QTest::newRow("no permission") << ErrorCode::PermissionDenied << int(FaultKind::None) << false;
    QTest::newRow("port busy") << ErrorCode::PortBusy << int(FaultKind::None) << false;
}

void TstGuiErrors::failureShowsTheSentence()
{
    QFETCH(ErrorCode, code);
    QFETCH(int, fault);
    QFETCH(bool, resumable);

    auto rack = std::make_shared<VirtualPhoneRack>();
    const bool virtualPhone = FaultKind(fault) != FaultKind::None;
    const DumpEnvironment env = virtualPhone
        ? virtualEnvironment(rack)
        : fakePortEnvironment(code == ErrorCode::HandshakeFailed ? ErrorCode::None : code);
    MainWindow window(env, env.lister);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.findChild<QComboBox *>(QStringLiteral("rangePreset"))->setCurrentIndex(RangeEditor::kCustomPreset);
    window.findChild<QLineEdit *>(QStringLiteral("rangeStart"))->setText(QStringLiteral("0"));
    window.findChild<QLineEdit *>(QStringLiteral("rangeLength"))->setText(QStringLiteral("0x10000"));

    QTest::mouseClick(window.findChild<QPushButton *>(QStringLiteral("dumpButton")), Qt::LeftButton);
    QString port = kFakePort;
    if (virtualPhone) {
        VirtualPhoneConfig config = testPhone(64 * 1024, 31);
        // Past the first blocks, so something is kept to resume from;
        // times 0: every retry fails too.
        config.faults << Fault{FaultKind(fault), 0x8000, 0};
        port = rack->plugIn(config, 50ms);
    }

    const auto *stack = window.findChild<QStackedWidget *>(QStringLiteral("statusStack"));
    QTRY_COMPARE_WITH_TIMEOUT(stack->currentWidget()->objectName(), QStringLiteral("failurePanel"), kSafetyNetMs);
    DumpError expected;
    expected.code = code;
    expected.port = port;
    const ErrorText::Message m = ErrorText::forError(expected);
    QCOMPARE(window.findChild<QLabel *>(QStringLiteral("failureHeadline"))->text(), m.what);
    if (code != ErrorCode::PermissionDenied) // its advice names the port's group, looked up on disk
        QCOMPARE(window.findChild<QLabel *>(QStringLiteral("failureAdvice"))->text(), m.next);
    QCOMPARE(window.findChild<QPushButton *>(QStringLiteral("resumeButton"))->isVisible(), resumable);
    QVERIFY(window.findChild<QPushButton *>(QStringLiteral("dumpButton"))->isEnabled());
}

void TstGuiErrors::refusedBeforeWaiting_data()
{
    QTest::addColumn<QString>("path"); // relative to the test's folder when not absolute
    QTest::addColumn<QString>("title");
    QTest::addColumn<QString>("says");
    QTest::newRow("a folder that takes no file") << "/proc/dump.bin"
                                                 << "That folder cannot be written"
                                                 << "/proc";
    QTest::newRow("a folder given as the file") << ""
                                                << "That is a folder"
                                                << "is a folder";
}

void TstGuiErrors::refusedBeforeWaiting()
{
    QFETCH(QString, path);
    QFETCH(QString, title);
    QFETCH(QString, says);
    MainWindow window(DumpEnvironment{}, [] { return QList<PortInfo>{}; });
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.findChild<OutputChooser *>()->setPath(path.isEmpty() ? m_dir.path() : path);
    // The box is modal: read and answer it from the event loop it runs.
    QString seenTitle;
    QString seenText;
    QTimer::singleShot(0, &window, [&] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (!box)
            return;
        seenTitle = box->windowTitle();
        seenText = box->text();
        box->accept();
    });
    QTest::mouseClick(window.findChild<QPushButton *>(QStringLiteral("dumpButton")), Qt::LeftButton);
    QCOMPARE(seenTitle, title);
    QVERIFY2(seenText.contains(says), qPrintable(seenText));
    // Nothing waits for a phone that could not be saved.
    QVERIFY(!window.isDumpRunning());
    QCOMPARE(window.findChild<QStackedWidget *>(QStringLiteral("statusStack"))->currentWidget()->objectName(),
             QStringLiteral("readyPage"));
}

QTEST_MAIN(TstGuiErrors)
#include "tst_gui_errors.moc"
