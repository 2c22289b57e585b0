// SPDX-License-Identifier: Unlicense
// A dump's wait for its phone's port: from a list of one's own, from a
// monitored system (taking a MediaTek port the event names before any list,
// never a decoy), from a typed path the folder watch reports, with timeout
// and cancel.
#include "DumpEnvironment.h"
#include "PortArrivalWait.h"
#include "support/FakePortSystem.h"

#include <QMutex>
#include <QtTest>
#include <atomic>
#include <future>

using namespace std::chrono_literals;

namespace {
const PortInfo kBrom = fakePort(QStringLiteral("/dev/ttyACM3"), 0x0E8D, 0x0003);
const PortInfo kPreloader = fakePort(QStringLiteral("/dev/ttyACM1"), 0x0E8D, 0x2000); // MediaTek, not a BROM
const PortInfo kAdapter = fakePort(QStringLiteral("/dev/ttyUSB0"), 0x0403, 0x6001);

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

DumpEnvironment noPorts()
{
    DumpEnvironment env;
    env.lister = [] { return QList<PortInfo>{}; };
    return env;
}
} // namespace

class TstPortArrivalWait : public QObject
{
    Q_OBJECT

private slots:
    void findsAutoPortInOwnList();
    void findsTypedPath();
    void typedPathIsWatchedNotPolled();
    void timesOut();
    void cancels();
    void takesAnnouncedArrivalBeforeTheList();
    void skipsDecoys();
    void findsPortTheEventDidNotName();
    void findsByName();
    void waitingNeverListsTheSystem();
    void skipsAListedPortWhoseNodeIsGone();
};

void TstPortArrivalWait::findsAutoPortInOwnList()
{
    FakePorts fake;
    fake.set({kAdapter});
    DumpEnvironment env;
    env.lister = fake.lister();
    PortArrivalWait wait(env);
    QVERIFY(!wait.find(QStringLiteral("auto")));
    auto found = std::async(std::launch::async, [&] { return wait.waitFor(QStringLiteral("auto"), 60s); });
    fake.set({kAdapter, kBrom});
    QCOMPARE(found.get().value_or(QString()), QStringLiteral("/dev/ttyACM3"));
    // By name as well as by location.
    QCOMPARE(wait.find(QStringLiteral("ttyUSB0")).value_or(QString()), QStringLiteral("/dev/ttyUSB0"));
}

void TstPortArrivalWait::findsTypedPath()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("vp0"));
    const DumpEnvironment env = noPorts(); // a pty is never listed
    PortArrivalWait wait(env);
    auto found = std::async(std::launch::async, [&] { return wait.waitFor(path, 60s); });
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    QCOMPARE(found.get().value_or(QString()), path);
}

void TstPortArrivalWait::typedPathIsWatchedNotPolled()
{
#ifndef Q_OS_LINUX
    QSKIP("the folder watch is inotify: elsewhere a typed path is looked at every 2 ms");
#endif
    QTemporaryDir dir;
    std::atomic<int> looks{0};
    DumpEnvironment env;
    env.lister = PortLister(); // no list to poll either
    env.pathExists = [&looks](const QString &path) {
        ++looks;
        return DumpEnvironment::defaultPathExists(path);
    };
    PortArrivalWait wait(env);
    QVERIFY(!wait.waitFor(dir.filePath(QStringLiteral("never")), 300ms));
    // Polling every 2 ms would look 150 times; waking only for the cancel
    // check, 300 / 50 + 1.
    QVERIFY2(looks <= 10, qPrintable(QString::number(looks)));
}

void TstPortArrivalWait::timesOut()
{
    const DumpEnvironment env = noPorts();
    PortArrivalWait wait(env);
    QVERIFY(!wait.waitFor(QStringLiteral("auto"), 100ms));
}

void TstPortArrivalWait::cancels()
{
    const DumpEnvironment env = noPorts();
    CancelFlag cancel{false};
    PortArrivalWait wait(env, &cancel);
    auto found = std::async(std::launch::async, [&] { return wait.waitFor(QStringLiteral("auto"), 0ms); });
    cancel.store(true); // 0 ms would wait forever: only the cancel ends it
    QVERIFY(!found.get());
}

void TstPortArrivalWait::takesAnnouncedArrivalBeforeTheList()
{
    FakePortSystem system;
    const DumpEnvironment env = system.environment();
    PortArrivalWait wait(env);
    auto found = std::async(std::launch::async, [&] { return wait.waitFor(QStringLiteral("auto"), 60s); });
    QTRY_COMPARE(system.enumerations(), 1); // the wait has started the monitor
    // Only the event, never a list with the port in it.
    system.announceOnly(kBrom);
    QCOMPARE(found.get().value_or(QString()), QStringLiteral("/dev/ttyACM3"));
    QCOMPARE(system.enumerations(), 1);
    QVERIFY(system.monitor->ports().isEmpty());
}

void TstPortArrivalWait::skipsDecoys()
{
    FakePortSystem system;
    const DumpEnvironment env = system.environment();
    PortArrivalWait wait(env);
    auto found = std::async(std::launch::async, [&] { return wait.waitFor(QStringLiteral("auto"), 60s); });
    system.plug(kPreloader);
    system.plug(kAdapter);
    QTRY_COMPARE(system.monitor->ports().size(), 2);
    system.plug(kBrom);
    QCOMPARE(found.get().value_or(QString()), QStringLiteral("/dev/ttyACM3"));
}

void TstPortArrivalWait::findsPortTheEventDidNotName()
{
    FakePortSystem system;
    const DumpEnvironment env = system.environment();
    PortArrivalWait wait(env);
    auto found = std::async(std::launch::async, [&] { return wait.waitFor(QStringLiteral("auto"), 60s); });
    system.plug(kBrom, false); // e.g. Windows: "something changed", then the list
    QCOMPARE(found.get().value_or(QString()), QStringLiteral("/dev/ttyACM3"));
}

void TstPortArrivalWait::findsByName()
{
    FakePortSystem system;
    const DumpEnvironment env = system.environment();
    PortArrivalWait wait(env);
    auto found = std::async(std::launch::async, [&] { return wait.waitFor(QStringLiteral("ttyUSB0"), 60s); });
    system.plug(kBrom);
    system.plug(kAdapter);
    QCOMPARE(found.get().value_or(QString()), QStringLiteral("/dev/ttyUSB0"));
}

void TstPortArrivalWait::waitingNeverListsTheSystem()
{
    FakePortSystem system;
    const DumpEnvironment env = system.environment();
    PortArrivalWait wait(env);
    QVERIFY(!wait.waitFor(QStringLiteral("auto"), 300ms));
    QCOMPARE(system.enumerations(), 1); // the first list only
}

void TstPortArrivalWait::skipsAListedPortWhoseNodeIsGone()
{
    FakePortSystem system;
    std::atomic<bool> nodeThere{false};
    DumpEnvironment env = system.environment();
    env.pathExists = [&nodeThere](const QString &) { return nodeThere.load(); };
    system.plug(kBrom, false);
    QTRY_COMPARE(system.monitor->ports().size(), 1);
    PortArrivalWait wait(env);
    // Still listed, already unplugged: opening it would only fail.
    QVERIFY(!wait.find(QStringLiteral("auto")));
    QVERIFY(!wait.waitFor(QStringLiteral("auto"), 100ms));
    nodeThere = true;
    QCOMPARE(wait.find(QStringLiteral("auto")).value_or(QString()), QStringLiteral("/dev/ttyACM3"));
}

QTEST_GUILESS_MAIN(TstPortArrivalWait)
#include "tst_portarrivalwait.moc"
