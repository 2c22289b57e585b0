// SPDX-License-Identifier: Unlicense
// What a session has measured of its USB link: the round trip of a small
// answer and the rate at which the phone streams READ32 answers, and from
// them how many READ32 commands must be in flight so the phone never waits
// for the next one (the bandwidth-delay product, docs/protocol.md §5.3).
#pragma once

#include <QtGlobal>
#include <chrono>
#include <optional>
#include <vector>

class LinkEstimate
{
public:
    using Duration = std::chrono::microseconds;

    // The phone is USB 1.1 full speed (§1.1): at most 19 bulk packets of 64
    // bytes per 1 ms frame. Until the rate is measured, the depth is sized
    // for this, the fastest a phone can send.
    static constexpr qint64 kFullSpeedBytesPerSecond = 19 * 64 * 1000;
    // Before any round trip is measured: the capture's answers came about
    // 1 ms after the host's bytes (§7.1); twice that, to be safe.
    static constexpr Duration kAssumedRoundTrip{2000};
    // Answers kept in flight beyond the round trip, so a host that is late
    // by this much (a busy machine, a slow wake-up) still finds the phone
    // busy; each command of it waits in the phone's receive buffer. On a
    // shared 2-core machine the host is often 2 to 8 ms late; 6 ms of
    // commands at 1 MB/s (six of 1 KiB, 54 bytes) still fit a receive
    // buffer of 64 bytes.
    static constexpr Duration kHeadroom{6000};
    // Less while the rate is still assumed: the full-speed rate already
    // over-provisions a slower phone, whose buffer then holds both. Enough
    // that even a phone sending at full speed is kept busy, so the answers
    // at that depth come at the phone's own rate.
    static constexpr Duration kSizingHeadroom{1500};
    // The bound on an automatic depth. 64 KiB of answers is 54 ms at the
    // full-speed rate: it covers round trips up to 50 ms, far beyond hubs,
    // docks and virtual-machine pass-through. Deeper only queues more
    // commands in a receive buffer whose size is unknown (§12) and makes
    // the drain after a fault longer.
    static constexpr int kMaxDepth = 64;
    static constexpr qint64 kMaxBytesInFlight = 64 * 1024;
    // What the phone sends for a READ32 besides the data: the 9-byte echo
    // and two status words.
    static constexpr qint64 kRead32Overhead = 13;
    // Back-to-back blocks needed before the measured rate replaces the
    // full-speed assumption: enough to average out the host's wake-ups.
    static constexpr int kRateSamplesNeeded = 32;
    // Round trips kept; the median of the latest is the estimate.
    static constexpr int kRoundTripsKept = 64;

    // A small request answered at once: one handshake byte or one command
    // field and its echo, from the write to the last byte of the answer.
    void addRoundTrip(Duration roundTrip);
    // A READ32 answer of wireBytes that came interval after the previous
    // one while the phone was kept busy (its command was already waiting).
    void addBackToBack(qint64 wireBytes, Duration interval);

    // The median round trip, once one is measured.
    std::optional<Duration> roundTrip() const;
    // Phone-to-host bytes per second, once kRateSamplesNeeded blocks came back to back.
    std::optional<double> bytesPerSecond() const;
    int roundTripSamples() const { return int(m_roundTrips.size()); }
    int rateSamples() const { return m_rateSamples; }

    // READ32 commands of blockSize bytes that keep (round trip + headroom)
    // of answers in flight at the measured rate (the full-speed rate and
    // the sizing headroom until then), plus the one being answered; at
    // least 2, at most maxDepth().
    int depthFor(quint32 blockSize) const;
    // At most kMaxDepth commands and kMaxBytesInFlight of answers, and never
    // fewer than 2.
    static int maxDepth(quint32 blockSize);

private:
    std::vector<Duration> m_roundTrips; // a ring of the latest kRoundTripsKept
    std::size_t m_nextRoundTrip = 0;
    qint64 m_rateBytes = 0;
    Duration m_rateTime{0};
    int m_rateSamples = 0;
};
