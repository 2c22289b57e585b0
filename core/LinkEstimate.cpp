// SPDX-License-Identifier: Unlicense
#include "LinkEstimate.h"

#include <algorithm>
#include <cmath>

using namespace std::chrono;

void LinkEstimate::addRoundTrip(Duration roundTrip)
{
    if (roundTrip < Duration::zero())
        return;
    if (m_roundTrips.size() < std::size_t(kRoundTripsKept)) {
        m_roundTrips.push_back(roundTrip);
        return;
    }
    m_roundTrips[m_nextRoundTrip] = roundTrip;
    m_nextRoundTrip = (m_nextRoundTrip + 1) % m_roundTrips.size();
}

void LinkEstimate::addBackToBack(qint64 wireBytes, Duration interval)
{
    if (wireBytes <= 0 || interval <= Duration::zero())
        return;
    // Sums, not a mean of rates: a late wake-up of the host stretches one
    // interval and shortens the next by as much.
    m_rateBytes += wireBytes;
    m_rateTime += interval;
    ++m_rateSamples;
}

std::optional<LinkEstimate::Duration> LinkEstimate::roundTrip() const
{
    if (m_roundTrips.empty())
        return std::nullopt;
    // The median: a stray answer to an earlier request makes one sample too
    // short, a busy host makes one too long; neither moves it.
    std::vector<Duration> sorted = m_roundTrips;
    const auto middle = sorted.begin() + std::ptrdiff_t(sorted.size() / 2);
    std::nth_element(sorted.begin(), middle, sorted.end());
    return *middle;
}

std::optional<double> LinkEstimate::bytesPerSecond() const
{
    if (m_rateSamples < kRateSamplesNeeded)
        return std::nullopt;
    return double(m_rateBytes) / duration<double>(m_rateTime).count();
}

int LinkEstimate::maxDepth(quint32 blockSize)
{
    const qint64 byBytes = kMaxBytesInFlight / std::max<qint64>(1, blockSize);
    return int(std::clamp<qint64>(byBytes, 2, kMaxDepth));
}

int LinkEstimate::depthFor(quint32 blockSize) const
{
    const std::optional<double> measured = bytesPerSecond();
    const double rate = measured.value_or(double(kFullSpeedBytesPerSecond));
    const Duration covered = roundTrip().value_or(kAssumedRoundTrip) + (measured ? kHeadroom : kSizingHeadroom);
    const double bytes = rate * duration<double>(covered).count();
    const double perBlock = double(blockSize) + double(kRead32Overhead);
    // One block is being sent while the others cover the round trip.
    const double depth = 1 + std::ceil(bytes / perBlock);
    return int(std::clamp<double>(depth, 2, maxDepth(blockSize)));
}
