// SPDX-License-Identifier: Unlicense
// Windows: COM ports come and go as WM_DEVICECHANGE messages: device-
// interface notifications for GUID_DEVINTERFACE_COMPORT (usbser and most
// vendor drivers) and the DBT_DEVTYP_PORT / DBT_DEVNODES_CHANGED broadcasts
// (drivers that register no interface). A hidden top-level window on the
// monitor's own thread receives them: broadcasts never reach a message-only
// window, and the command line has no window of its own.
#include "PortMonitorBackend.h"

#include "Log.h"

#include <atomic>
#include <mutex>

#ifndef WIN32_LEAN_AND_MEAN
#define WIN32_LEAN_AND_MEAN
#endif
#include <windows.h>
#include <dbt.h>

namespace {
// GUID_DEVINTERFACE_COMPORT (ntddser.h), spelled out so no header must define it.
const GUID kComPortInterface = {0x86e0d1e0, 0x8089, 0x11d0, {0x9c, 0xe4, 0x08, 0x00, 0x3e, 0x30, 0x1f, 0x73}};
constexpr UINT kListMessage = WM_APP + 1;
constexpr std::chrono::milliseconds kFallbackPoll{2000};
const wchar_t kClassName[] = L"MTreaderPortMonitor";

bool isPortChange(WPARAM wParam, LPARAM lParam)
{
    if (wParam == DBT_DEVNODES_CHANGED)
        return true;
    if (wParam != DBT_DEVICEARRIVAL && wParam != DBT_DEVICEREMOVECOMPLETE)
        return false;
    const auto *header = reinterpret_cast<const DEV_BROADCAST_HDR *>(lParam);
    return header
        && (header->dbch_devicetype == DBT_DEVTYP_DEVICEINTERFACE || header->dbch_devicetype == DBT_DEVTYP_PORT);
}

class WindowsPortBackend final : public PortMonitorBackend
{
public:
    QString name() const override
    {
        return m_polling ? QStringLiteral("polling") : QStringLiteral("device notifications");
    }

    void run(PortEvents &events) override
    {
        m_events = &events;
        const HINSTANCE instance = GetModuleHandleW(nullptr);
        WNDCLASSEXW wc{};
        wc.cbSize = sizeof wc;
        wc.lpfnWndProc = windowProc;
        wc.hInstance = instance;
        wc.lpszClassName = kClassName;
        RegisterClassExW(&wc); // fails harmlessly when a second monitor registered it
        // Never shown: WS_VISIBLE is not set.
        HWND window = CreateWindowExW(0, kClassName, L"", WS_OVERLAPPED, 0, 0, 0, 0, nullptr, nullptr, instance, this);
        if (window) {
            DEV_BROADCAST_DEVICEINTERFACE_W filter{};
            filter.dbcc_size = sizeof filter;
            filter.dbcc_devicetype = DBT_DEVTYP_DEVICEINTERFACE;
            filter.dbcc_classguid = kComPortInterface;
            m_notify = RegisterDeviceNotificationW(window, &filter, DEVICE_NOTIFY_WINDOW_HANDLE);
        }
        if (!window || !m_notify) {
            qCWarning(lcPort) << "no device notifications, error" << GetLastError() << "; listing ports every 2 s";
            if (window)
                DestroyWindow(window);
            runPolling(events);
            return;
        }
        {
            std::lock_guard<std::mutex> lock(m_mutex);
            m_window = window;
            if (m_stop)
                PostMessageW(window, WM_CLOSE, 0, 0);
        }
        events.listNow();
        MSG msg;
        while (GetMessageW(&msg, nullptr, 0, 0) > 0)
            DispatchMessageW(&msg);
        std::lock_guard<std::mutex> lock(m_mutex);
        m_window = nullptr;
    }

    void stop() override
    {
        std::lock_guard<std::mutex> lock(m_mutex);
        m_stop = true;
        if (m_window)
            PostMessageW(m_window, WM_CLOSE, 0, 0);
        if (m_fallback)
            m_fallback->stop();
    }

private:
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

    static LRESULT CALLBACK windowProc(HWND hwnd, UINT msg, WPARAM wParam, LPARAM lParam)
    {
        if (msg == WM_NCCREATE) {
            const auto *create = reinterpret_cast<const CREATESTRUCTW *>(lParam);
            SetWindowLongPtrW(hwnd, GWLP_USERDATA, reinterpret_cast<LONG_PTR>(create->lpCreateParams));
        }
        auto *self = reinterpret_cast<WindowsPortBackend *>(GetWindowLongPtrW(hwnd, GWLP_USERDATA));
        return self ? self->handle(hwnd, msg, wParam, lParam) : DefWindowProcW(hwnd, msg, wParam, lParam);
    }

    LRESULT handle(HWND hwnd, UINT msg, WPARAM wParam, LPARAM lParam)
    {
        switch (msg) {
        case WM_DEVICECHANGE:
            if (isPortChange(wParam, lParam)) {
                m_events->portEvent();
                // One plug-in brings several messages: one list for all.
                if (!m_listPending) {
                    m_listPending = true;
                    PostMessageW(hwnd, kListMessage, 0, 0);
                }
            }
            return TRUE;
        case kListMessage:
            m_listPending = false;
            m_events->listNow();
            return 0;
        case WM_CLOSE:
            if (m_notify)
                UnregisterDeviceNotification(m_notify);
            m_notify = nullptr;
            DestroyWindow(hwnd);
            return 0;
        case WM_DESTROY: PostQuitMessage(0); return 0;
        default: return DefWindowProcW(hwnd, msg, wParam, lParam);
        }
    }

    PortEvents *m_events = nullptr;
    HDEVNOTIFY m_notify = nullptr;
    bool m_listPending = false; // the monitor's thread only
    std::mutex m_mutex;
    HWND m_window = nullptr;
    bool m_stop = false;
    std::unique_ptr<PollingPortBackend> m_fallback;
    std::atomic<bool> m_polling{false};
};
} // namespace

std::unique_ptr<PortMonitorBackend> PortMonitorBackend::createForSystem()
{
    return std::make_unique<WindowsPortBackend>();
}
