// SPDX-License-Identifier: Unlicense
// macOS: IOKit matching notifications for serial BSD clients (every
// /dev/cu.* and /dev/tty.* node), first match and terminated, delivered on
// a CFRunLoop of the monitor's own thread.
#include "PortMonitorBackend.h"

#include "Log.h"

#include <CoreFoundation/CoreFoundation.h>
#include <IOKit/IOKitLib.h>
#include <IOKit/serial/IOSerialKeys.h>
#include <atomic>
#include <mutex>

namespace {
constexpr std::chrono::milliseconds kFallbackPoll{2000};

// Taking every entry re-arms a notification.
void drainIterator(io_iterator_t iterator)
{
    while (io_object_t entry = IOIteratorNext(iterator))
        IOObjectRelease(entry);
}

class MacPortBackend final : public PortMonitorBackend
{
public:
    QString name() const override { return m_polling ? QStringLiteral("polling") : QStringLiteral("IOKit"); }

    void run(PortEvents &events) override
    {
        m_events = &events;
        IONotificationPortRef port = IONotificationPortCreate(MACH_PORT_NULL); // the default main port
        io_iterator_t added = 0;
        io_iterator_t removed = 0;
        const bool ok = port
            && IOServiceAddMatchingNotification(port, kIOFirstMatchNotification,
                                                IOServiceMatching(kIOSerialBSDServiceValue), matched, this, &added)
                == KERN_SUCCESS
            && IOServiceAddMatchingNotification(port, kIOTerminatedNotification,
                                                IOServiceMatching(kIOSerialBSDServiceValue), matched, this, &removed)
                == KERN_SUCCESS;
        if (!ok) {
            qCWarning(lcPort) << "no IOKit notifications; listing ports every 2 s";
            release(port, added, removed);
            runPolling(events);
            return;
        }
        drainIterator(added); // what is there now comes with the first list
        drainIterator(removed);
        CFRunLoopRef loop = CFRunLoopGetCurrent();
        CFRunLoopAddSource(loop, IONotificationPortGetRunLoopSource(port), kCFRunLoopDefaultMode);
        // A source stop() signals: unlike CFRunLoopStop it is not lost when
        // it comes before the loop runs.
        CFRunLoopSourceContext context{};
        context.perform = [](void *) { CFRunLoopStop(CFRunLoopGetCurrent()); };
        CFRunLoopSourceRef stopper = CFRunLoopSourceCreate(kCFAllocatorDefault, 0, &context);
        CFRunLoopAddSource(loop, stopper, kCFRunLoopDefaultMode);
        {
            std::lock_guard<std::mutex> lock(m_mutex);
            m_loop = loop;
            m_stopper = stopper;
            if (m_stop)
                CFRunLoopSourceSignal(stopper);
        }
        events.listNow();
        CFRunLoopRun();
        {
            std::lock_guard<std::mutex> lock(m_mutex);
            m_loop = nullptr;
            m_stopper = nullptr;
        }
        CFRunLoopRemoveSource(loop, stopper, kCFRunLoopDefaultMode);
        CFRelease(stopper);
        release(port, added, removed);
    }

    void stop() override
    {
        std::lock_guard<std::mutex> lock(m_mutex);
        m_stop = true;
        if (m_stopper) {
            CFRunLoopSourceSignal(m_stopper);
            CFRunLoopWakeUp(m_loop);
        }
        if (m_fallback)
            m_fallback->stop();
    }

private:
    static void matched(void *refcon, io_iterator_t iterator)
    {
        auto *self = static_cast<MacPortBackend *>(refcon);
        drainIterator(iterator);
        self->m_events->portEvent();
        self->m_events->listNow();
    }

    static void release(IONotificationPortRef port, io_iterator_t added, io_iterator_t removed)
    {
        if (added)
            IOObjectRelease(added);
        if (removed)
            IOObjectRelease(removed);
        if (port)
            IONotificationPortDestroy(port);
    }

    void runPolling(PortEvents &events)
    {
        {
            std::lock_guard<std::mutex> lock(m_mutex);
            if (m_stop)
                return;
            m_fallback = std::make_unique<PollingPortBackend>(kFallbackPoll);
            m_polling = true;
        }
        m_fallback->run(events);
    }

    PortEvents *m_events = nullptr;
    std::mutex m_mutex;
    CFRunLoopRef m_loop = nullptr;
    CFRunLoopSourceRef m_stopper = nullptr;
    bool m_stop = false;
    std::unique_ptr<PollingPortBackend> m_fallback;
    std::atomic<bool> m_polling{false};
};
} // namespace

std::unique_ptr<PortMonitorBackend> PortMonitorBackend::createForSystem()
{
    return std::make_unique<MacPortBackend>();
}
