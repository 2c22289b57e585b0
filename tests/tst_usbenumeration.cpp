// SPDX-License-Identifier: Unlicense
// Automatic through Qt's real enumeration: in a private /sys, /dev and
// /run/udev (UsbSandbox) ports are made as the kernel and udev make them,
// and QSerialPortInfo, the udev monitor, the picker's catalog and a whole
// dump over the real QSerialPort see them as they would see a phone. Needs
// root and unshare(); skipped, saying why, elsewhere.
#include "DumpJob.h"
#include "PortArrivalWait.h"
#include "PortCatalog.h"
#include "PortMonitor.h"
#include "PortMonitorBackend.h"
#include "support/UsbSandbox.h"
#include "support/VirtualEnvironment.h"
#include "virtual/PtyPhone.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>
#include <future>

using namespace std::chrono_literals;

namespace {
UsbSerialSpec brom(const QString &name)
{
    UsbSerialSpec spec;
    spec.name = name;
    return spec;
}

UsbSerialSpec adapter()
{
    UsbSerialSpec spec;
    spec.name = QStringLiteral("ttyUSB0");
    spec.vendorId = 0x0403;
    spec.productId = 0x6001;
    spec.driver = QStringLiteral("ftdi_sio");
    spec.vendorName = QStringLiteral("FTDI");
    spec.modelName = QStringLiteral("FT232R_USB_UART");
    return spec;
}

UsbSerialSpec preloader()
{
    UsbSerialSpec spec;
    spec.name = QStringLiteral("ttyACM1");
    spec.productId = 0x2000; // MediaTek, but a preloader, not the BootROM
    return spec;
}

QStringList locations(const QList<PortInfo> &ports)
{
    QStringList out;
    for (const PortInfo &p : ports)
        out << p.systemLocation;
    return out;
}
} // namespace

class TstUsbEnumeration : public QObject
{
    Q_OBJECT
public:
    explicit TstUsbEnumeration(QString whyNot) : m_whyNot(std::move(whyNot)) {}

private slots:
    void init();
    void cleanup();
    void qtListsThePortWithItsUsbId();
    void monitorFollowsUdev();
    void devFolderWithoutUdev();
    void automaticSkipsDecoys();
    void catalogFollowsHotPlug();
    void dumpsAPhoneThatAppears();

private:
    QString m_whyNot;
};

void TstUsbEnumeration::init()
{
    if (!m_whyNot.isEmpty())
        QSKIP(qPrintable(QStringLiteral("no USB sandbox: %1").arg(m_whyNot)));
}

void TstUsbEnumeration::cleanup()
{
    // Every test unplugs what it plugged; the next starts once the monitor
    // has seen it all go.
    if (m_whyNot.isEmpty())
        QTRY_VERIFY(PortMonitor::system()->ports().isEmpty());
}

void TstUsbEnumeration::qtListsThePortWithItsUsbId()
{
    QVERIFY(enumerateSerialPorts().isEmpty()); // an empty USB host
    FakeUsbSerial port(brom(QStringLiteral("ttyACM0")));
    QString why;
    QVERIFY2(port.plug(&why), qPrintable(why));
    const QList<PortInfo> ports = enumerateSerialPorts();
    QCOMPARE(ports.size(), 1);
    const PortInfo &p = ports.first();
    QCOMPARE(p.systemLocation, QStringLiteral("/dev/ttyACM0"));
    QCOMPARE(p.portName, QStringLiteral("ttyACM0"));
    QVERIFY(p.hasUsbId);
    QCOMPARE(p.vendorId, quint16(0x0E8D));
    QCOMPARE(p.productId, quint16(0x0003));
    // No string descriptors: udev (and so Qt) fall back to the hex ids.
    QCOMPARE(p.manufacturer, QStringLiteral("0e8d"));
    QCOMPARE(p.description, QStringLiteral("0003"));
    QVERIFY(p.isMediatekBrom());
    port.unplug();
    QVERIFY(enumerateSerialPorts().isEmpty());
}

void TstUsbEnumeration::monitorFollowsUdev()
{
    const auto monitor = PortMonitor::system();
    monitor->ports();
    QCOMPARE(monitor->source(), QStringLiteral("udev"));
    const quint64 before = monitor->generation();
    FakeUsbSerial port(brom(QStringLiteral("ttyACM0")));
    QVERIFY(port.plug());
    // The event itself names the port and its id, before any list.
    QTRY_COMPARE(monitor->arrivalsSince(before).size(), 1);
    const PortInfo arrived = monitor->arrivalsSince(before).first();
    QCOMPARE(arrived.systemLocation, QStringLiteral("/dev/ttyACM0"));
    QVERIFY(arrived.isMediatekBrom());
    QTRY_COMPARE(locations(monitor->ports()), QStringList{QStringLiteral("/dev/ttyACM0")});
    port.unplug();
    QTRY_VERIFY(monitor->ports().isEmpty());
}

void TstUsbEnumeration::devFolderWithoutUdev()
{
    // Where no udevd runs (a container), /dev itself says when a node comes.
    QVERIFY(QFile::rename(QStringLiteral("/run/udev/control"), QStringLiteral("/run/udev/control.off")));
    auto backend = PortMonitorBackend::createForSystem();
    QVERIFY(QFile::rename(QStringLiteral("/run/udev/control.off"), QStringLiteral("/run/udev/control")));
    PortMonitor monitor(std::move(backend), enumerateSerialPorts);
    QVERIFY(monitor.ports().isEmpty());
    QCOMPARE(monitor.source(), QStringLiteral("inotify /dev"));
    FakeUsbSerial port(brom(QStringLiteral("ttyACM0")));
    QVERIFY(port.plug());
    QTRY_COMPARE(locations(monitor.ports()), QStringList{QStringLiteral("/dev/ttyACM0")});
    QVERIFY(monitor.arrivalsSince(0).isEmpty()); // no event names a port here: the list does
    // The node goes before sysfs does, as in the kernel: the list made a
    // moment later has it gone.
    port.unplug();
    QTRY_VERIFY(monitor.ports().isEmpty());
}

void TstUsbEnumeration::automaticSkipsDecoys()
{
    FakeUsbSerial ftdi(adapter());
    FakeUsbSerial mediatekPreloader(preloader());
    QVERIFY(ftdi.plug());
    QVERIFY(mediatekPreloader.plug());
    const auto monitor = PortMonitor::system();
    QTRY_COMPARE(locations(monitor->ports()),
                 (QStringList{QStringLiteral("/dev/ttyACM1"), QStringLiteral("/dev/ttyUSB0")}));
    const DumpEnvironment env; // the real lister
    PortArrivalWait wait(env);
    QVERIFY(!wait.waitFor(QStringLiteral("auto"), 300ms));

    auto found = std::async(std::launch::async, [&] { return wait.waitFor(QStringLiteral("auto"), 60s); });
    FakeUsbSerial phone(brom(QStringLiteral("ttyACM2")));
    QVERIFY(phone.plug());
    QCOMPARE(found.get().value_or(QString()), QStringLiteral("/dev/ttyACM2"));
    // A typed name is found through the list too.
    QCOMPARE(wait.waitFor(QStringLiteral("ttyUSB0"), 10s).value_or(QString()), QStringLiteral("/dev/ttyUSB0"));
}

void TstUsbEnumeration::catalogFollowsHotPlug()
{
    PortCatalog catalog; // systemSerialPorts
    catalog.start();
    QSignalSpy added(&catalog, &PortCatalog::portAdded);
    QSignalSpy removed(&catalog, &PortCatalog::portRemoved);
    QCOMPARE(catalog.pollInterval(), 0); // events only
    {
        FakeUsbSerial port(brom(QStringLiteral("ttyACM0")));
        QVERIFY(port.plug());
        QVERIFY(added.wait(10000));
        QCOMPARE(added.first().first().value<PortInfo>().displayText(),
                 QStringLiteral("ttyACM0 \u2014 0003 (0E8D:0003)"));
    }
    QVERIFY(removed.wait(10000));
    QCOMPARE(removed.first().first().value<PortInfo>().systemLocation, QStringLiteral("/dev/ttyACM0"));
    QVERIFY(catalog.ports().isEmpty());
}

void TstUsbEnumeration::dumpsAPhoneThatAppears()
{
    QTemporaryDir dir;
    const VirtualPhoneConfig config = testPhone(256 * 1024, 21);
    // The phone makes /dev/ttyACM0 (a link to its pty); the fake USB device
    // around it comes and goes with it, as the kernel and udev would.
    FakeUsbSerial usb([] {
        UsbSerialSpec spec = brom(QStringLiteral("ttyACM0"));
        spec.makeNode = false;
        return spec;
    }());
    PtyPhone phone(config, QStringLiteral("/dev/ttyACM0"));
    phone.setStatusCallback([&usb](const QString &line) {
        if (line.startsWith(QLatin1String("plugged in")))
            usb.plug();
        else if (line.startsWith(QLatin1String("gone")))
            usb.unplug();
    });
    QString error;
    QVERIFY2(phone.start(300ms, &error), qPrintable(error)); // appears while the dump waits

    DumpRequest r;
    r.port = QStringLiteral("auto");
    r.outputPath = dir.filePath(QStringLiteral("out.bin"));
    r.start = 0x100;
    r.length = 64 * 1024;
    r.verify = true;
    r.portTimeout = 30s;
    DumpJob job(r, DumpEnvironment{}); // the real lister and SerialTransport
    QVERIFY2(job.run(), qPrintable(job.error().technicalSummary()));
    QCOMPARE(job.result().port, QStringLiteral("/dev/ttyACM0"));
    QFile out(r.outputPath);
    QVERIFY(out.open(QIODevice::ReadOnly));
    QVERIFY(out.readAll() == expectedSlice(config.flash, r.start, r.length));
    QVERIFY(phone.waitUntilGone(10s));
    QCOMPARE(phone.goneReason(), VirtualPhone::GoneReason::SoftwareReset);
}

int main(int argc, char *argv[])
{
    // Before Qt and before any thread: see UsbSandbox::enter.
    QString whyNot;
    UsbSandbox::enter(&whyNot);
    QCoreApplication app(argc, argv);
    TstUsbEnumeration test(whyNot);
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_usbenumeration.moc"
