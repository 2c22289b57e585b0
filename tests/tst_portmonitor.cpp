// SPDX-License-Identifier: Unlicense
// The shared port monitor over a pretend system: it lists only after an
// event, wakes waiters on each change, keeps the ports events name, and
// signals only a list that differs. Plus the real one of this computer.
#include "PortMonitor.h"
#include "support/FakePortSystem.h"

#include <QtTest>
#include <future>

using namespace std::chrono;
using namespace std::chrono_literals;

class TstPortMonitor : public QObject
{
    Q_OBJECT

private slots:
    void firstListComesFromTheSystem();
    void listsOnlyAfterEvents();
    void changeWakesAWaiter();
    void waitEndsAtItsTime();
    void keepsAnnouncedArrivals();
    void aPortThatLeftGoesAtOnce();
    void signalsOnlyAListThatDiffers();
    void stopReleasesWaiters();
    void thisComputersMonitor();
};

void TstPortMonitor::firstListComesFromTheSystem()
{
    FakePortSystem system;
    system.plug(fakePort(QStringLiteral("/dev/ttyS0"))); // there before the monitor starts
    const QList<PortInfo> ports = system.monitor->ports();
    QCOMPARE(ports.size(), 1);
    QCOMPARE(ports.first().systemLocation, QStringLiteral("/dev/ttyS0"));
}

void TstPortMonitor::listsOnlyAfterEvents()
{
    FakePortSystem system;
    system.monitor->ports(); // the first list
    QCOMPARE(system.enumerations(), 1);
    for (int i = 0; i < 100; ++i)
        system.monitor->ports();
    system.monitor->waitForChange(system.monitor->generation(), steady_clock::now() + 20ms);
    QCOMPARE(system.enumerations(), 1); // asking never lists

    system.plug(fakePort(QStringLiteral("/dev/ttyACM0"), 0x0E8D, 0x0003));
    QTRY_COMPARE(system.enumerations(), 2);
    QCOMPARE(system.monitor->listCount(), 2);
    QCOMPARE(system.monitor->ports().size(), 1);
}

void TstPortMonitor::changeWakesAWaiter()
{
    FakePortSystem system;
    system.monitor->ports();
    const quint64 before = system.monitor->generation();
    auto woke = std::async(std::launch::async,
                           [&] { return system.monitor->waitForChange(before, steady_clock::now() + 60s); });
    system.plug(fakePort(QStringLiteral("/dev/ttyUSB0"), 0x0403, 0x6001));
    QVERIFY(woke.get() > before);
}

void TstPortMonitor::waitEndsAtItsTime()
{
    FakePortSystem system;
    system.monitor->ports();
    const quint64 before = system.monitor->generation();
    const auto start = steady_clock::now();
    QCOMPARE(system.monitor->waitForChange(before, start + 50ms), before);
    QVERIFY(steady_clock::now() - start >= 50ms);
}

void TstPortMonitor::keepsAnnouncedArrivals()
{
    FakePortSystem system;
    system.monitor->ports();
    const quint64 before = system.monitor->generation();
    system.announceOnly(fakePort(QStringLiteral("/dev/ttyACM0"), 0x0E8D, 0x0003));
    system.unplug(QStringLiteral("/dev/ttyS9")); // an event naming nothing
    system.announceOnly(fakePort(QStringLiteral("/dev/ttyACM1"), 0x0E8D, 0x2000));
    QTRY_COMPARE(system.monitor->arrivalsSince(before).size(), 2);
    const QList<PortInfo> arrived = system.monitor->arrivalsSince(before);
    QCOMPARE(arrived.at(0).systemLocation, QStringLiteral("/dev/ttyACM0"));
    QVERIFY(arrived.at(0).isMediatekBrom());
    QCOMPARE(arrived.at(1).systemLocation, QStringLiteral("/dev/ttyACM1"));
    QVERIFY(!arrived.at(1).isMediatekBrom());
    QVERIFY(system.monitor->arrivalsSince(system.monitor->generation()).isEmpty());
}

void TstPortMonitor::aPortThatLeftGoesAtOnce()
{
    FakePortSystem system;
    system.plug(fakePort(QStringLiteral("/dev/ttyACM0"), 0x0E8D, 0x0003));
    system.plug(fakePort(QStringLiteral("/dev/ttyUSB0"), 0x0403, 0x6001));
    system.monitor->start();
    // The first list, then one after each plug.
    QTRY_COMPARE(system.enumerations(), 3);
    QCOMPARE(system.monitor->ports().size(), 2);
    const int lists = system.enumerations();
    int heard = 0;
    QObject receiver;
    connect(
        system.monitor.get(), &PortMonitor::portsListed, &receiver, [&] { ++heard; }, Qt::QueuedConnection);
    // The event alone, before any list: the port is out of the list.
    system.leaveOnly(QStringLiteral("/dev/ttyACM0"));
    QTRY_COMPARE(system.monitor->ports().size(), 1);
    QCOMPARE(system.monitor->ports().first().systemLocation, QStringLiteral("/dev/ttyUSB0"));
    QCOMPARE(system.enumerations(), lists);
    QTRY_COMPARE(heard, 1);
    // A port the list never had: nothing to say.
    system.leaveOnly(QStringLiteral("/dev/ttyS7"));
    system.relistUnchanged();
    QTRY_COMPARE(system.enumerations(), lists + 1);
    QCoreApplication::processEvents();
    QCOMPARE(heard, 1);
}

void TstPortMonitor::signalsOnlyAListThatDiffers()
{
    FakePortSystem system;
    int heard = 0;
    QObject receiver; // lives here: the signal comes queued from the monitor's thread
    connect(
        system.monitor.get(), &PortMonitor::portsListed, &receiver, [&] { ++heard; }, Qt::QueuedConnection);
    system.monitor->start();
    QTRY_COMPARE(heard, 1); // the first list
    system.relistUnchanged();
    system.plug(fakePort(QStringLiteral("/dev/ttyACM0"), 0x0E8D, 0x0003));
    QTRY_COMPARE(system.monitor->listCount(), 3);
    QTRY_COMPARE(heard, 2);
    QCoreApplication::processEvents();
    QCOMPARE(heard, 2); // the unchanged list said nothing
}

void TstPortMonitor::stopReleasesWaiters()
{
    FakePortSystem system;
    system.monitor->ports();
    const quint64 before = system.monitor->generation();
    auto woke = std::async(std::launch::async,
                           [&] { return system.monitor->waitForChange(before, steady_clock::now() + 60s); });
    system.monitor->stop();
    QCOMPARE(woke.get(), before);
    // After a stop, answers come at once and stay as they were.
    QCOMPARE(system.monitor->waitForChange(before, steady_clock::now() + 60s), before);
    QVERIFY(system.monitor->ports().isEmpty());
}

void TstPortMonitor::thisComputersMonitor()
{
    const auto monitor = PortMonitor::system();
    QCOMPARE(PortMonitor::system(), monitor); // one per process
    const QStringList known = {QStringLiteral("udev"),
                               QStringLiteral("inotify /dev"),
                               QStringLiteral("/dev change time"),
                               QStringLiteral("device notifications"),
                               QStringLiteral("IOKit"),
                               QStringLiteral("polling")};
    monitor->ports();
    QVERIFY2(known.contains(monitor->source()), qPrintable(monitor->source()));
    const int lists = monitor->listCount();
    QVERIFY(lists >= 1);
    // systemSerialPorts is that monitor's list, without another enumeration
    // (unless a port really came or went meanwhile).
    for (int i = 0; i < 50; ++i)
        systemSerialPorts();
    QVERIFY(monitor->listCount() <= lists + 1);
}

QTEST_GUILESS_MAIN(TstPortMonitor)
#include "tst_portmonitor.moc"
