// SPDX-License-Identifier: Unlicense
#include "CliProgress.h"

#include "Console.h"
#include "PortArrivalWait.h"
#include "StageText.h"
#include "Isolate.h"

#include <algorithm>
#include <cmath>

using Mt::DumpStage;

namespace {
// A person sees smooth progress at 10 frames a second; more only costs CPU
// and, over ssh, bandwidth.
constexpr qint64 kRedrawMs = 100;
// A log file wants a heartbeat, not a flood.
constexpr qint64 kPlainLineMs = 5000;
constexpr int kMinBarWidth = 10;
constexpr int kMaxBarWidth = 30;
} // namespace

CliProgress::CliProgress(const DumpRequest &request, bool terminal, bool verbose)
    : m_request(request), m_terminal(terminal), m_verbose(verbose)
{}

void CliProgress::onEvent(const DumpEvent &event)
{
    std::visit(Overloaded{
                   [this](const DumpEvents::StageChanged &e) { stageChanged(e.stage); },
                   [this](const DumpEvents::PortOpened &e) { portOpened(e.location); },
                   [this](const DumpEvents::Identified &e) { identified(e.phone); },
                   [this](const DumpEvents::RangeSized &e) { rangeSized(e); },
                   [this](const DumpEvents::Progress &e) { progress(e.progress); },
                   [this](const DumpEvents::Log &e) { log(e); },
               },
               event);
}

void CliProgress::clearLine()
{
    if (m_lineLength > 0) {
        // Spaces rather than an escape sequence: works on every console.
        Console::err(QLatin1Char('\r') + QString(m_lineLength, QLatin1Char(' ')) + QLatin1Char('\r'));
        m_lineLength = 0;
    }
}

void CliProgress::message(const QString &text)
{
    clearLine();
    Console::err(text + QLatin1Char('\n'));
}

void CliProgress::finish()
{
    clearLine();
}

void CliProgress::stageChanged(DumpStage stage)
{
    switch (stage) {
    case DumpStage::WaitingForPort:
        if (PortArrivalWait::isAuto(m_request.port))
            message(tr("Waiting for a MediaTek phone (USB 0E8D:0003)…"));
        else
            message(tr("Waiting for the phone on %1…").arg(m_request.port));
        message(StageText::connectInstruction());
        break;
    case DumpStage::Verifying: message(tr("Verifying: reading the range a second time…")); break;
    case DumpStage::Resetting: message(tr("Resetting the phone…")); break;
    case DumpStage::Cancelled: clearLine(); break;
    default: break;
    }
}

void CliProgress::portOpened(const QString &systemLocation)
{
    message(tr("Port %1 is open; greeting the BootROM…").arg(systemLocation));
}

void CliProgress::identified(const PhoneInfo &phone)
{
    const auto hex = [](uint v, int width) {
        return QStringLiteral("%1").arg(v, width, 16, QLatin1Char('0')).toUpper();
    };
    message(tr("Connected: %1, hw %2, sw %3, BROM %4, ME ID %5")
                .arg(phone.chipName(), hex(phone.hwVersion, 4), hex(phone.swVersion, 4), hex(phone.bromVersion, 2),
                     phone.meIdHex().isEmpty() ? tr("unknown") : phone.meIdHex()));
    if (!phone.isKnownChip())
        message(tr("Warning: this is not an MT6261 or MT6260; the dump goes on, but check the result."));
}

void CliProgress::rangeSized(const DumpEvents::RangeSized &range)
{
    if (range.flashSize.method != FlashSize::Method::NotProbed)
        message(tr("Flash: %1").arg(range.flashSize.describe()));
    message(tr("Reading %1 from %2 into %3…")
                .arg(humanSize(qint64(range.length)))
                .arg(Isolate::hex(range.start))
                .arg(m_request.outputPath));
}

void CliProgress::log(const DumpEvents::Log &line)
{
    // Every milestone only when asked for; notices (warnings, retries,
    // resuming) always.
    if (m_verbose || line.notice)
        message(QStringLiteral("  ") + line.line);
}

QString CliProgress::formatDuration(qint64 ms)
{
    const qint64 s = (ms + 999) / 1000;
    if (s >= 3600)
        return QStringLiteral("%1:%2:%3")
            .arg(s / 3600)
            .arg(s / 60 % 60, 2, 10, QLatin1Char('0'))
            .arg(s % 60, 2, 10, QLatin1Char('0'));
    return QStringLiteral("%1:%2").arg(s / 60).arg(s % 60, 2, 10, QLatin1Char('0'));
}

QString CliProgress::progressLine(const DumpProgress &p, int columns)
{
    const double fraction = p.total > 0 ? std::clamp(double(p.done) / double(p.total), 0.0, 1.0) : 0.0;
    const QString label = p.stage == DumpStage::Verifying ? tr("Verifying") : tr("Reading");
    QString tail = QStringLiteral("%1%  %2 / %3")
                       .arg(int(std::floor(fraction * 100)), 3)
                       .arg(humanSize(p.done), humanSize(p.total));
    if (p.bytesPerSecond > 0)
        tail += QStringLiteral("  ") + tr("%1 KiB/s").arg(p.bytesPerSecond / 1024.0, 0, 'f', 1);
    if (p.etaMs >= 0 && p.done < p.total)
        tail += QStringLiteral("  ") + tr("ETA %1").arg(formatDuration(p.etaMs));
    // Leave the last column free: writing into it wraps on some terminals.
    const int room = columns - 1 - int(label.size()) - int(tail.size()) - 5;
    const int width = std::clamp(room, 0, kMaxBarWidth);
    if (width < kMinBarWidth)
        return label + QStringLiteral(" ") + tail;
    const int filled = int(std::lround(fraction * width));
    return label + QStringLiteral(" [") + QString(filled, QLatin1Char('#')) + QString(width - filled, QLatin1Char('-'))
        + QStringLiteral("] ") + tail;
}

void CliProgress::progress(const DumpProgress &p)
{
    const bool stageChange = p.stage != m_lastProgressStage;
    const bool last = p.done >= p.total;
    m_last = p;
    if (m_terminal) {
        if (!stageChange && !last && m_sinceDraw.isValid() && m_sinceDraw.elapsed() < kRedrawMs)
            return;
        m_sinceDraw.start();
        m_lastProgressStage = p.stage;
        const QString line = progressLine(p, Console::stderrColumns());
        const int pad = std::max(0, m_lineLength - int(line.size()));
        Console::err(QLatin1Char('\r') + line + QString(pad, QLatin1Char(' ')));
        m_lineLength = int(line.size());
        return;
    }
    const int decile = p.total > 0 ? int(p.done * 10 / p.total) : 0;
    if (stageChange)
        m_lastDecile = -1;
    m_lastProgressStage = p.stage;
    if (decile == m_lastDecile && !(m_sincePrint.isValid() && m_sincePrint.elapsed() >= kPlainLineMs))
        return;
    m_lastDecile = decile;
    m_sincePrint.start();
    Console::err(progressLine(p, 0) + QLatin1Char('\n'));
}
