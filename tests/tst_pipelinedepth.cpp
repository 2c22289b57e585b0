// SPDX-License-Identifier: Unlicense
// The pipeline's decisions from given samples: the depth LinkEstimate sizes
// for a round trip and a rate, and how PipelineDepth answers faults. The
// expected depths are worked out by hand in the comments.
#include "LinkEstimate.h"
#include "PipelineDepth.h"

#include <QtTest>

using namespace std::chrono_literals;
using Change = PipelineDepth::Change;

Q_DECLARE_METATYPE(LinkEstimate::Duration)

class TstPipelineDepth : public QObject
{
    Q_OBJECT

private slots:
    void depthForTheLink_data();
    void depthForTheLink();
    void roundTripIsTheMedian();
    void rateNeedsEnoughBackToBackBlocks();
    void boundedByCommandsAndBytes();
    void automaticFollowsTheTarget();
    void faultGoesCarefulThenBackBelowTheFault();
    void faultsStepTheCeilingDown();
    void faultInCarefulModeStays();
    void faultAtDepthTwoStaysCareful();
    void loneCommandFaultKeepsTheCeiling();
    void fixedDepthIsKept();
    void carefulRequestIsAlwaysCareful();
};

namespace {
// A link measured as rtt round trips and back-to-back 1 KiB blocks at rate.
LinkEstimate measured(LinkEstimate::Duration rtt, double bytesPerSecond)
{
    LinkEstimate link;
    for (int i = 0; i < 10; ++i)
        link.addRoundTrip(rtt);
    const qint64 wire = 1024 + LinkEstimate::kRead32Overhead;
    const auto interval = LinkEstimate::Duration(qint64(wire * 1e6 / bytesPerSecond));
    for (int i = 0; i < LinkEstimate::kRateSamplesNeeded; ++i)
        link.addBackToBack(wire, interval);
    return link;
}
} // namespace

void TstPipelineDepth::depthForTheLink_data()
{
    QTest::addColumn<LinkEstimate::Duration>("rtt");
    QTest::addColumn<double>("rate");
    QTest::addColumn<quint32>("block");
    QTest::addColumn<int>("depth");
    // 1 + ceil(rate * (rtt + 6 ms) / (block + 13)):
    // 1 MB/s * 22 ms = 22000 B = 21.2 blocks of 1037 -> 1 + 22.
    QTest::newRow("8 ms each way, 1 MB/s") << LinkEstimate::Duration(16000) << 1e6 << 1024u << 23;
    // 1 MB/s * 8 ms = 8000 B = 7.7 blocks -> 1 + 8.
    QTest::newRow("1 ms each way, 1 MB/s") << LinkEstimate::Duration(2000) << 1e6 << 1024u << 9;
    // 0.25 MB/s * 7 ms = 1750 B = 1.7 blocks -> 1 + 2.
    QTest::newRow("0.5 ms each way, 0.25 MB/s") << LinkEstimate::Duration(1000) << 0.25e6 << 1024u << 3;
    // 1 MB/s * 22 ms = 22000 B = 5.4 blocks of 4109 -> 1 + 6.
    QTest::newRow("8 ms each way, 4 KiB blocks") << LinkEstimate::Duration(16000) << 1e6 << 4096u << 7;
    // Any round trip a 64 KiB block covers needs one block more: 2.
    QTest::newRow("64 KiB blocks") << LinkEstimate::Duration(16000) << 1e6 << 65536u << 2;
}

void TstPipelineDepth::depthForTheLink()
{
    QFETCH(LinkEstimate::Duration, rtt);
    QFETCH(double, rate);
    QFETCH(quint32, block);
    QFETCH(int, depth);
    QCOMPARE(measured(rtt, rate).depthFor(block), depth);
}

void TstPipelineDepth::roundTripIsTheMedian()
{
    LinkEstimate link;
    QVERIFY(!link.roundTrip());
    // Nothing measured: 2 ms assumed and 1.5 ms at the full-speed 1.216 MB/s:
    // 1.216 MB/s * 3.5 ms = 4256 B = 4.1 blocks -> 1 + 5.
    QCOMPARE(link.depthFor(1024), 6);
    // A stale answer (0.1 ms) and a busy host (40 ms) among 2 ms round trips.
    for (const auto rtt : {2000, 100, 2000, 40000, 2100, 1900, 2000})
        link.addRoundTrip(LinkEstimate::Duration(rtt));
    QCOMPARE(link.roundTrip()->count(), 2000);
}

void TstPipelineDepth::rateNeedsEnoughBackToBackBlocks()
{
    LinkEstimate link;
    link.addRoundTrip(16ms);
    for (int i = 1; i < LinkEstimate::kRateSamplesNeeded; ++i)
        link.addBackToBack(1037, LinkEstimate::Duration(4148)); // 0.25 MB/s
    QVERIFY(!link.bytesPerSecond());
    // Still the full-speed rate and 1.5 ms: 1.216 MB/s * 17.5 ms = 21280 B
    // = 20.5 blocks -> 1 + 21.
    QCOMPARE(link.depthFor(1024), 22);
    link.addBackToBack(1037, LinkEstimate::Duration(4148));
    QCOMPARE(qRound(*link.bytesPerSecond()), 250000);
    // 0.25 MB/s * 22 ms = 5500 B = 5.3 blocks -> 1 + 6.
    QCOMPARE(link.depthFor(1024), 7);
}

void TstPipelineDepth::boundedByCommandsAndBytes()
{
    QCOMPARE(LinkEstimate::maxDepth(256), 64);  // 64 commands
    QCOMPARE(LinkEstimate::maxDepth(1024), 64); // 64 KiB
    QCOMPARE(LinkEstimate::maxDepth(4096), 16); // 64 KiB
    QCOMPARE(LinkEstimate::maxDepth(1 << 20), 2);
    // A 200 ms round trip at 1 MB/s would want 200 blocks of 1 KiB.
    QCOMPARE(measured(200ms, 1e6).depthFor(1024), 64);
    QCOMPARE(measured(200ms, 1e6).depthFor(4096), 16);
}

void TstPipelineDepth::automaticFollowsTheTarget()
{
    PipelineDepth depth;
    QCOMPARE(depth.mode(), PipelineDepth::Mode::Automatic);
    depth.setTarget(21);
    QCOMPARE(depth.limit(), 21);
    depth.setTarget(1); // never careful by itself
    QCOMPARE(depth.limit(), 2);
    depth.settle(7);
    depth.setTarget(30); // settled for the session
    QCOMPARE(depth.limit(), 7);
    QVERIFY(depth.settled());
}

void TstPipelineDepth::faultGoesCarefulThenBackBelowTheFault()
{
    PipelineDepth depth;
    depth.settle(20);
    QCOMPARE(depth.fault(12), Change::Careful);
    QCOMPARE(depth.limit(), 1);
    QCOMPARE(depth.ceiling(), 11);
    QCOMPARE(depth.pipelinedDepth(), 11);
    QCOMPARE(depth.blockDone(), Change::Restored);
    QCOMPARE(depth.limit(), 11);
    QCOMPARE(depth.blockDone(), Change::None);
    QCOMPARE(depth.limit(), 11);
    QVERIFY(!depth.staysCareful());
}

void TstPipelineDepth::faultsStepTheCeilingDown()
{
    PipelineDepth depth;
    depth.settle(20);
    QCOMPARE(depth.fault(12), Change::Careful);
    QCOMPARE(depth.blockDone(), Change::Restored);
    QCOMPARE(depth.fault(11), Change::Careful);
    QCOMPARE(depth.blockDone(), Change::Restored);
    QCOMPARE(depth.limit(), 10);
    // A fault deeper than the ceiling (commands sent before it dropped)
    // does not raise it.
    QCOMPARE(depth.fault(15), Change::Careful);
    QCOMPARE(depth.blockDone(), Change::Restored);
    QCOMPARE(depth.limit(), 10);
}

void TstPipelineDepth::faultInCarefulModeStays()
{
    PipelineDepth depth;
    depth.settle(20);
    QCOMPARE(depth.fault(20), Change::Careful);
    QCOMPARE(depth.fault(1), Change::StaysCareful); // the careful read faulted too
    QVERIFY(depth.staysCareful());
    QCOMPARE(depth.blockDone(), Change::None);
    QCOMPARE(depth.limit(), 1);
    QCOMPARE(depth.fault(1), Change::None);
    QCOMPARE(depth.limit(), 1);
}

void TstPipelineDepth::faultAtDepthTwoStaysCareful()
{
    PipelineDepth depth;
    depth.settle(20);
    QCOMPARE(depth.fault(2), Change::StaysCareful);
    QCOMPARE(depth.blockDone(), Change::None);
    QCOMPARE(depth.limit(), 1);
}

void TstPipelineDepth::loneCommandFaultKeepsTheCeiling()
{
    // The last block of a range went out alone: its fault is read again
    // carefully but says nothing about depth.
    PipelineDepth depth;
    depth.settle(20);
    QCOMPARE(depth.fault(1), Change::Careful);
    QCOMPARE(depth.blockDone(), Change::Restored);
    QCOMPARE(depth.limit(), 20);
}

void TstPipelineDepth::fixedDepthIsKept()
{
    PipelineDepth depth(16);
    QCOMPARE(depth.mode(), PipelineDepth::Mode::Fixed);
    depth.setTarget(3); // what the link would need
    QCOMPARE(depth.limit(), 16);
    depth.settle(40);
    QCOMPARE(depth.limit(), 16);
    // Faults back off as in automatic mode, never above the fixed depth.
    QCOMPARE(depth.fault(16), Change::Careful);
    QCOMPARE(depth.blockDone(), Change::Restored);
    QCOMPARE(depth.limit(), 15);
}

void TstPipelineDepth::carefulRequestIsAlwaysCareful()
{
    PipelineDepth depth(1);
    QCOMPARE(depth.mode(), PipelineDepth::Mode::Careful);
    QCOMPARE(depth.limit(), 1);
    depth.settle(20);
    QCOMPARE(depth.limit(), 1);
    QCOMPARE(depth.fault(1), Change::None);
    QCOMPARE(depth.blockDone(), Change::None);
    QCOMPARE(depth.limit(), 1);
}

QTEST_GUILESS_MAIN(TstPipelineDepth)
#include "tst_pipelinedepth.moc"
