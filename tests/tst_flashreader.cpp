// SPDX-License-Identifier: Unlicense
// The flash reader against the in-process virtual phone: a phone that cannot
// take the depth asked of it makes the reader back off and climb back to a
// depth it takes, byte-exact; a phone that faults again in careful mode
// keeps it careful; a fixed depth or careful mode is what goes on the wire.
#include "BromClient.h"
#include "DumpJob.h"
#include "FlashReader.h"
#include "support/VirtualEnvironment.h"

#include <QMutex>
#include <QtTest>

using namespace std::chrono_literals;

namespace {
// Counts READ32 commands written and answers read, so a test sees how many
// were in flight at most. Only for reads of whole blocks of one size.
class InFlightCounter : public Transport
{
public:
    InFlightCounter(std::unique_ptr<Transport> inner, quint32 blockSize)
        : m_inner(std::move(inner)), m_answer(blockSize + LinkEstimate::kRead32Overhead)
    {}
    void start() { m_counting = true; }
    int maxInFlight() const { return m_max; }
    int pipelinedWrites() const { return m_pipelinedWrites; }
    int commands() const { return m_commands; }

    bool write(const QByteArray &data) override
    {
        if (m_counting && !data.isEmpty() && quint8(data.at(0)) == Wire::kCmdRead32) {
            // One 9-byte write when pipelined; careful mode sends the command byte alone.
            m_pipelinedWrites += data.size() == 9 ? 1 : 0;
            ++m_commands;
            m_max = std::max(m_max, int(m_commands - m_read / m_answer));
        }
        return m_inner->write(data);
    }
    ReadStatus read(QByteArray &into, qint64 maxBytes, Clock::time_point deadline) override
    {
        const qsizetype before = into.size();
        const ReadStatus s = m_inner->read(into, maxBytes, deadline);
        if (m_counting)
            m_read += into.size() - before;
        return s;
    }
    void discardInput() override { m_inner->discardInput(); }
    QString errorString() const override { return m_inner->errorString(); }

private:
    std::unique_ptr<Transport> m_inner;
    qint64 m_answer;
    bool m_counting = false;
    qint64 m_read = 0;
    int m_commands = 0;
    int m_pipelinedWrites = 0;
    int m_max = 0;
};

struct Session
{
    std::shared_ptr<VirtualPhoneRack> rack = std::make_shared<VirtualPhoneRack>();
    std::unique_ptr<InFlightCounter> transport;
    std::unique_ptr<BromClient> client;

    // Handshake, watchdog off, flash mapped at 0 (docs/protocol.md §4).
    bool open(const VirtualPhoneConfig &phone, quint32 blockSize)
    {
        DumpError error;
        std::unique_ptr<Transport> t = rack->open(rack->plugIn(phone), error);
        if (!t)
            return false;
        transport = std::make_unique<InFlightCounter>(std::move(t), blockSize);
        client = std::make_unique<BromClient>(*transport);
        client->handshake();
        client->write16(Wire::kRegWdtMode, Wire::kWdtModeDisable);
        client->write32(Wire::kRegRemap, Wire::kRemapFlashAtZero);
        transport->start();
        return true;
    }
    QByteArray read(FlashReader &reader, quint64 length)
    {
        QByteArray out;
        reader.read(0, length, [&out](quint64 address, const char *data, qint64 size) {
            if (address == quint64(out.size()))
                out.append(data, size);
        });
        return out;
    }
};

// A phone whose receive buffer holds four queued READ32 commands (36 bytes)
// and drops the next one whole. A 1 KiB answer takes 4 ms at 256 KB/s, so
// the host queues faster than the phone answers: with d commands in flight,
// d - 1 less those still on the link wait in the buffer. Instantly linked it
// takes 5 in flight, not 6.
VirtualPhoneConfig smallReceiveBuffer(qint64 flashSize, std::chrono::microseconds latency = {})
{
    VirtualPhoneConfig phone = testPhone(flashSize, 31);
    phone.hasBattery = true;
    phone.link.latency = latency;
    phone.link.bytesPerSecond = 256 * 1000;
    phone.link.rxLimit = 4 * 9;
    return phone;
}
constexpr int kDeepestTaken = 5;
} // namespace

class TstFlashReader : public QObject
{
    Q_OBJECT

private slots:
    void backsOffToADepthThePhoneTakes_data();
    void backsOffToADepthThePhoneTakes();
    void faultAgainInCarefulModeStaysCareful();
    void requestedDepthIsWhatGoesOnTheWire_data();
    void requestedDepthIsWhatGoesOnTheWire();
    void jobLogsTheLinkAndEachChange();
};

void TstFlashReader::backsOffToADepthThePhoneTakes_data()
{
    QTest::addColumn<int>("requested");
    QTest::addColumn<int>("latencyUs");
    // 1 ms each way: before the rate is known the automatic depth is 6
    // (1.216 MB/s over a 2 ms round trip and 1.5 ms, plus one), and 4.5
    // commands wait on average. The half-block round trip also keeps new
    // commands from arriving while the phone reads one: it loses whole
    // commands only.
    QTest::newRow("automatic, 1 ms each way") << DumpDefaults::kAutoDepth << 1000;
    QTest::newRow("--pipeline 12, instant link") << 12 << 0;
}

void TstFlashReader::backsOffToADepthThePhoneTakes()
{
    QFETCH(int, requested);
    QFETCH(int, latencyUs);
    const VirtualPhoneConfig phone = smallReceiveBuffer(96 * 1024, std::chrono::microseconds(latencyUs));
    Session s;
    QVERIFY(s.open(phone, 1024));
    PipelineDepth depth(requested);
    FlashReader reader(*s.client, {1024, DumpDefaults::kBlockRetries}, depth);
    QList<FlashReader::DepthNote::Kind> notes;
    reader.setDepthNote([&notes](const FlashReader::DepthNote &n) { notes << n.kind; });
    const QByteArray got = s.read(reader, quint64(phone.flash.size()));
    QVERIFY(got == phone.flash);
    // It went deeper than the phone takes, faulted, read carefully, and
    // came back up without staying careful.
    QVERIFY(reader.retries() >= 1);
    QVERIFY(notes.contains(FlashReader::DepthNote::Kind::Careful));
    QVERIFY(notes.contains(FlashReader::DepthNote::Kind::Restored));
    QVERIFY(!depth.staysCareful());
    QVERIFY2(depth.ceiling() <= kDeepestTaken, qPrintable(QString::number(depth.ceiling())));
    QVERIFY2(depth.limit() >= 2 && depth.limit() <= kDeepestTaken, qPrintable(QString::number(depth.limit())));
    // Every retry lowered the ceiling: none was spent at a depth already refused.
    QVERIFY(reader.retries() <= (requested ? requested : LinkEstimate::kMaxDepth) - depth.ceiling());
}

void TstFlashReader::faultAgainInCarefulModeStaysCareful()
{
    VirtualPhoneConfig phone = testPhone(64 * 1024, 32);
    phone.hasBattery = true;
    // The block at 0x5000 fails twice: pipelined, then read carefully.
    phone.faults = {{FaultKind::WrongEcho, 0x5000, 2}};
    Session s;
    QVERIFY(s.open(phone, 1024));
    PipelineDepth depth;
    FlashReader reader(*s.client, {1024, DumpDefaults::kBlockRetries}, depth);
    QList<FlashReader::DepthNote::Kind> notes;
    reader.setDepthNote([&notes](const FlashReader::DepthNote &n) { notes << n.kind; });
    const QByteArray got = s.read(reader, quint64(phone.flash.size()));
    QVERIFY(got == phone.flash);
    QCOMPARE(reader.retries(), 2);
    QVERIFY(depth.staysCareful());
    QCOMPARE(depth.limit(), 1);
    QVERIFY(notes.contains(FlashReader::DepthNote::Kind::StaysCareful));
    QVERIFY(!notes.contains(FlashReader::DepthNote::Kind::Restored));
}

void TstFlashReader::requestedDepthIsWhatGoesOnTheWire_data()
{
    QTest::addColumn<int>("requested");
    QTest::addColumn<int>("inFlight"); // at most, and reached
    QTest::newRow("--pipeline 3") << 3 << 3;
    QTest::newRow("--pipeline 12") << 12 << 12;
    QTest::newRow("--careful") << DumpDefaults::kCarefulDepth << 1;
}

void TstFlashReader::requestedDepthIsWhatGoesOnTheWire()
{
    QFETCH(int, requested);
    QFETCH(int, inFlight);
    VirtualPhoneConfig phone = testPhone(64 * 1024, 33);
    phone.hasBattery = true;
    Session s;
    QVERIFY(s.open(phone, 1024));
    PipelineDepth depth(requested);
    FlashReader reader(*s.client, {1024, DumpDefaults::kBlockRetries}, depth);
    QVERIFY(s.read(reader, 64 * 1024) == phone.flash);
    QCOMPARE(s.transport->commands(), 64);
    // The host queues as fast as it likes on an instant link: the depth is
    // reached exactly, never passed.
    QCOMPARE(s.transport->maxInFlight(), inFlight);
    QCOMPARE(s.transport->pipelinedWrites(), requested == DumpDefaults::kCarefulDepth ? 0 : 64);
    QCOMPARE(depth.limit(), inFlight);
}

void TstFlashReader::jobLogsTheLinkAndEachChange()
{
    auto rack = std::make_shared<VirtualPhoneRack>();
    const VirtualPhoneConfig phone = smallReceiveBuffer(64 * 1024);
    rack->plugIn(phone);
    QTemporaryDir dir;
    DumpRequest r;
    r.outputPath = dir.filePath(QStringLiteral("dump.bin"));
    r.length = 64 * 1024;
    r.pipelineDepth = 12;
    r.portTimeout = 5s;
    struct Lines : DumpObserver
    {
        QStringList lines, notices;
        void onEvent(const DumpEvent &e) override
        {
            if (const auto *l = std::get_if<DumpEvents::Log>(&e))
                (l->notice ? notices : lines) << l->line;
        }
    } seen;
    DumpJob job(r, virtualEnvironment(rack), &seen);
    QVERIFY2(job.run(), qPrintable(job.error().technicalSummary()));
    QFile f(r.outputPath);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QVERIFY(f.readAll() == phone.flash);
    // One line says what was measured and chosen.
    const QStringList link = seen.lines.filter(QStringLiteral("link: round trip "));
    QCOMPARE(link.size(), 1);
    QVERIFY2(link.constFirst().contains(QLatin1String(" READ32 in flight")), qPrintable(link.constFirst()));
    // Each change after a fault is a notice: down to careful, back up.
    const QString all = seen.notices.join(QLatin1Char('\n'));
    QVERIFY2(all.contains(QLatin1String("a fault with ")), qPrintable(all));
    QVERIFY2(all.contains(QLatin1String("READ32 in flight again")), qPrintable(all));
}

QTEST_GUILESS_MAIN(TstFlashReader)
#include "tst_flashreader.moc"
