// SPDX-License-Identifier: Unlicense
// The port list for the picker, and the blocking wait for a phone's port,
// both driven by a fake lister.
#include "DumpEnvironment.h"
#include "PortWaiter.h"
#include "PortWatcher.h"

#include <QMutex>
#include <QSignalSpy>
#include <QtTest>
#include <thread>

using namespace std::chrono_literals;

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

// A lister whose ports the test changes from another thread.
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
} // namespace

class TstPortWatcher : public QObject
{
    Q_OBJECT

private slots:
    void reportsOnlyRealChanges();
    void fastWhileWaiting();
    void displayText();
    void waiterFindsAutoPort();
    void waiterFindsTypedPath();
    void waiterTimesOut();
    void waiterCancels();
};

void TstPortWatcher::reportsOnlyRealChanges()
{
    FakePorts fake;
    fake.set({port(QStringLiteral("/dev/ttyS0"), false)});
    PortWatcher watcher(fake.lister());
    QSignalSpy changed(&watcher, &PortWatcher::portsChanged);
    QSignalSpy added(&watcher, &PortWatcher::portAdded);
    QSignalSpy removed(&watcher, &PortWatcher::portRemoved);
    watcher.refresh();
    QCOMPARE(changed.count(), 1);
    watcher.refresh();
    QCOMPARE(changed.count(), 1); // same list: silence

    fake.set({port(QStringLiteral("/dev/ttyS0"), false), port(QStringLiteral("/dev/ttyACM0"), true)});
    watcher.refresh();
    QCOMPARE(changed.count(), 2);
    QCOMPARE(added.count(), 2);
    QCOMPARE(added.last().first().value<PortInfo>().systemLocation, QStringLiteral("/dev/ttyACM0"));
    // Sorted by location whatever order the lister used.
    QCOMPARE(watcher.ports().first().systemLocation, QStringLiteral("/dev/ttyACM0"));

    fake.set({port(QStringLiteral("/dev/ttyACM0"), true)});
    watcher.refresh();
    QCOMPARE(removed.count(), 1);
    QCOMPARE(removed.first().first().value<PortInfo>().systemLocation, QStringLiteral("/dev/ttyS0"));
}

void TstPortWatcher::fastWhileWaiting()
{
    FakePorts fake;
    PortWatcher watcher(fake.lister());
    watcher.start();
    watcher.setWaiting(true);
    QVERIFY(watcher.isWaiting());
    QSignalSpy added(&watcher, &PortWatcher::portAdded);
    fake.set({port(QStringLiteral("/dev/ttyACM0"), true)});
    // Polling every 20 ms: a generous safety net, not a timing assertion.
    QVERIFY(added.wait(5000));
    watcher.setWaiting(false);
    QVERIFY(!watcher.isWaiting());
}

void TstPortWatcher::displayText()
{
    const PortInfo p = port(QStringLiteral("/dev/ttyACM0"), true);
    QCOMPARE(p.displayText(), QStringLiteral("ttyACM0 \u2014 MT65xx Preloader (0E8D:0003)"));
    QVERIFY(p.isMediatekBrom());
    QVERIFY(!port(QStringLiteral("/dev/ttyUSB0"), false).isMediatekBrom());
}

void TstPortWatcher::waiterFindsAutoPort()
{
    FakePorts fake;
    fake.set({port(QStringLiteral("/dev/ttyUSB0"), false)});
    DumpEnvironment env;
    env.lister = fake.lister();
    PortWaiter waiter(env);
    QVERIFY(!waiter.find(QStringLiteral("auto")));
    std::thread plug([&] {
        std::this_thread::sleep_for(100ms);
        fake.set({port(QStringLiteral("/dev/ttyUSB0"), false), port(QStringLiteral("/dev/ttyACM3"), true)});
    });
    const auto found = waiter.waitFor(QStringLiteral("auto"), 10s);
    plug.join();
    QVERIFY(found);
    QCOMPARE(*found, QStringLiteral("/dev/ttyACM3"));
    // By name as well as by location.
    QCOMPARE(waiter.find(QStringLiteral("ttyUSB0")).value_or(QString()), QStringLiteral("/dev/ttyUSB0"));
}

void TstPortWatcher::waiterFindsTypedPath()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("vp0"));
    DumpEnvironment env;
    env.lister = [] { return QList<PortInfo>{}; }; // a pty is never listed
    PortWaiter waiter(env);
    std::thread plug([&] {
        std::this_thread::sleep_for(100ms);
        QFile f(path);
        f.open(QIODevice::WriteOnly);
    });
    const auto found = waiter.waitFor(path, 10s);
    plug.join();
    QCOMPARE(found.value_or(QString()), path);
}

void TstPortWatcher::waiterTimesOut()
{
    DumpEnvironment env;
    env.lister = [] { return QList<PortInfo>{}; };
    PortWaiter waiter(env);
    QVERIFY(!waiter.waitFor(QStringLiteral("auto"), 100ms));
}

void TstPortWatcher::waiterCancels()
{
    DumpEnvironment env;
    env.lister = [] { return QList<PortInfo>{}; };
    CancelFlag cancel{false};
    PortWaiter waiter(env, &cancel);
    std::thread stop([&] {
        std::this_thread::sleep_for(50ms);
        cancel.store(true);
    });
    QVERIFY(!waiter.waitFor(QStringLiteral("auto"), 0ms)); // would wait forever
    stop.join();
}

QTEST_GUILESS_MAIN(TstPortWatcher)
#include "tst_portwatcher.moc"
