// SPDX-License-Identifier: Unlicense
#include "Isolate.h"

#include <atomic>

namespace {
// Read by the worker's sentences too, set by the GUI thread.
std::atomic<bool> g_enabled{false};
constexpr char16_t kLeftToRightIsolate = 0x2066;
constexpr char16_t kPopDirectionalIsolate = 0x2069;
} // namespace

void Isolate::setEnabled(bool enabled)
{
    g_enabled.store(enabled, std::memory_order_relaxed);
}

bool Isolate::isEnabled()
{
    return g_enabled.load(std::memory_order_relaxed);
}

QString Isolate::value(const QString &text)
{
    if (text.isEmpty() || !isEnabled())
        return text;
    return QChar(kLeftToRightIsolate) + text + QChar(kPopDirectionalIsolate);
}

QString Isolate::hex(quint64 number, int digits)
{
    return value(QStringLiteral("0x%1").arg(number, digits, 16, QLatin1Char('0')));
}
