// SPDX-License-Identifier: Unlicense
// The port list for the picker: change-only signals, the system's ports
// followed through the monitor's events (never polled, never listed on this
// thread), a list of one's own asked again on a timer.
#include "PortCatalog.h"
#include "PortMonitor.h"
#include "support/FakePortSystem.h"

#include <QMutex>
#include <QSignalSpy>
#include <QtTest>

namespace {
PortInfo port(const QString &location, bool mediatek)
{
    PortInfo p;
    p.systemLocation = location;
    p.portName = location.section(QLatin1Char('/'), -1);
    p.description = mediatek ? QStringLiteral("MT65xx Preloader") : QStringLiteral("USB Serial");
    p.hasUsbId = true;
    p.vendorId = mediatek ? 0x0E8D : 0x0403;
    p.productId = mediatek ? 0x0003 : 0x6001;
    return p;
}

// A list of one's own whose ports the test changes.
struct FakePorts
{
    mutable QMutex mutex;
    QList<PortInfo> ports;
    void set(QList<PortInfo> p)
    {
        QMutexLocker lock(&mutex);
        ports = std::move(p);
    }
    PortLister lister()
    {
        return [this] {
            QMutexLocker lock(&mutex);
            return ports;
        };
    }
};

QStringList locations(const QList<PortInfo> &ports)
{
    QStringList out;
    for (const PortInfo &p : ports)
        out << p.systemLocation;
    return out;
}
} // namespace

class TstPortCatalog : public QObject
{
    Q_OBJECT

private slots:
    void reportsOnlyRealChanges();
    void fastWhileWaiting();
    void displayText();
    void followsMonitorEvents();
    void neverPollsTheSystem();
    void ownPartFastOnlyWhileLive();
    void mergesSystemAndOwn();
    void systemSerialPortsIsMonitored();
};

void TstPortCatalog::reportsOnlyRealChanges()
{
    FakePorts fake;
    fake.set({port(QStringLiteral("/dev/ttyS0"), false)});
    PortCatalog catalog(fake.lister());
    QSignalSpy changed(&catalog, &PortCatalog::portsChanged);
    QSignalSpy added(&catalog, &PortCatalog::portAdded);
    QSignalSpy removed(&catalog, &PortCatalog::portRemoved);
    catalog.refresh();
    QCOMPARE(changed.count(), 1);
    catalog.refresh();
    QCOMPARE(changed.count(), 1); // same list: silence

    fake.set({port(QStringLiteral("/dev/ttyS0"), false), port(QStringLiteral("/dev/ttyACM0"), true)});
    catalog.refresh();
    QCOMPARE(changed.count(), 2);
    QCOMPARE(added.count(), 2);
    QCOMPARE(added.last().first().value<PortInfo>().systemLocation, QStringLiteral("/dev/ttyACM0"));
    // Sorted by location whatever order the lister used.
    QCOMPARE(catalog.ports().first().systemLocation, QStringLiteral("/dev/ttyACM0"));

    fake.set({port(QStringLiteral("/dev/ttyACM0"), true)});
    catalog.refresh();
    QCOMPARE(removed.count(), 1);
    QCOMPARE(removed.first().first().value<PortInfo>().systemLocation, QStringLiteral("/dev/ttyS0"));
}

void TstPortCatalog::fastWhileWaiting()
{
    FakePorts fake;
    PortCatalog catalog(fake.lister());
    catalog.start();
    QCOMPARE(catalog.pollInterval(), PortCatalog::kIdleIntervalMs);
    catalog.setWaiting(true);
    QVERIFY(catalog.isWaiting());
    QCOMPARE(catalog.pollInterval(), PortCatalog::kWaitingIntervalMs);
    QSignalSpy added(&catalog, &PortCatalog::portAdded);
    fake.set({port(QStringLiteral("/dev/ttyACM0"), true)});
    QVERIFY(added.wait(5000)); // a safety net, not a timing assertion
    catalog.setWaiting(false);
    QVERIFY(!catalog.isWaiting());
    QCOMPARE(catalog.pollInterval(), PortCatalog::kIdleIntervalMs);
}

void TstPortCatalog::displayText()
{
    const PortInfo p = port(QStringLiteral("/dev/ttyACM0"), true);
    QCOMPARE(p.displayText(), QStringLiteral("ttyACM0 \u2014 MT65xx Preloader (0E8D:0003)"));
    QVERIFY(p.isMediatekBrom());
    QVERIFY(!port(QStringLiteral("/dev/ttyUSB0"), false).isMediatekBrom());
}

void TstPortCatalog::followsMonitorEvents()
{
    FakePortSystem system;
    system.plug(port(QStringLiteral("/dev/ttyS0"), false));
    PortCatalog catalog(system.lister());
    QSignalSpy added(&catalog, &PortCatalog::portAdded);
    QSignalSpy removed(&catalog, &PortCatalog::portRemoved);
    catalog.start();
    QCOMPARE(locations(catalog.ports()), QStringList{QStringLiteral("/dev/ttyS0")});

    system.plug(port(QStringLiteral("/dev/ttyACM0"), true));
    QTRY_COMPARE(added.count(), 2);
    QCOMPARE(added.last().first().value<PortInfo>().systemLocation, QStringLiteral("/dev/ttyACM0"));
    QCOMPARE(locations(catalog.ports()), (QStringList{QStringLiteral("/dev/ttyACM0"), QStringLiteral("/dev/ttyS0")}));

    system.unplug(QStringLiteral("/dev/ttyACM0"));
    QTRY_COMPARE(removed.count(), 1);
    QCOMPARE(locations(catalog.ports()), QStringList{QStringLiteral("/dev/ttyS0")});

    catalog.stop();
    system.plug(port(QStringLiteral("/dev/ttyACM1"), true));
    QTRY_COMPARE(system.monitor->ports().size(), 2);
    QCoreApplication::processEvents();
    QCOMPARE(catalog.ports().size(), 1); // stopped: deaf
}

void TstPortCatalog::neverPollsTheSystem()
{
    FakePortSystem system;
    PortCatalog catalog(system.lister());
    catalog.start();
    catalog.setWaiting(true);
    QCOMPARE(catalog.pollInterval(), 0); // no timer at all
    const int before = system.enumerations();
    for (int i = 0; i < 20; ++i)
        catalog.refresh(); // what opening the picker does
    QCOMPARE(system.enumerations(), before);
}

void TstPortCatalog::ownPartFastOnlyWhileLive()
{
    FakePortSystem system;
    FakePorts demo;
    std::atomic<bool> live{false};
    PortCatalog catalog(system.lister().plus(demo.lister(), [&live] { return live.load(); }));
    catalog.start();
    catalog.setWaiting(true);
    // An unused demo is asked only now and then.
    QCOMPARE(catalog.pollInterval(), PortCatalog::kIdleIntervalMs);
    live = true;
    // The next idle tick notices.
    QTRY_COMPARE_WITH_TIMEOUT(catalog.pollInterval(), PortCatalog::kWaitingIntervalMs, 5000);
    QSignalSpy added(&catalog, &PortCatalog::portAdded);
    demo.set({port(QStringLiteral("virtual:1"), true)});
    QVERIFY(added.wait(5000));
    QCOMPARE(added.first().first().value<PortInfo>().systemLocation, QStringLiteral("virtual:1"));
}

void TstPortCatalog::mergesSystemAndOwn()
{
    FakePortSystem system;
    system.plug(port(QStringLiteral("/dev/ttyUSB0"), false));
    system.plug(port(QStringLiteral("/dev/ttyACM0"), true));
    FakePorts own;
    own.set({port(QStringLiteral("virtual:1"), true), port(QStringLiteral("/dev/pts-link"), true)});
    const PortLister lister = system.lister().plus(own.lister());
    QTRY_COMPARE(system.monitor->ports().size(), 2);
    QCOMPARE(locations(lister()),
             (QStringList{QStringLiteral("/dev/pts-link"), QStringLiteral("/dev/ttyACM0"),
                          QStringLiteral("/dev/ttyUSB0"), QStringLiteral("virtual:1")}));
    QVERIFY(lister.monitor());
    QVERIFY(lister.hasOwnPart());
    QVERIFY(lister.ownPartIsLive());
}

void TstPortCatalog::systemSerialPortsIsMonitored()
{
    const PortLister system = systemSerialPorts; // by name, as DumpEnvironment does
    QCOMPARE(system.monitor(), PortMonitor::system());
    QVERIFY(!system.hasOwnPart());
    const PortLister own = [] { return QList<PortInfo>{}; };
    QVERIFY(!own.monitor());
    QVERIFY(own.hasOwnPart());
    QVERIFY(!PortLister());
}

QTEST_GUILESS_MAIN(TstPortCatalog)
#include "tst_portcatalog.moc"
