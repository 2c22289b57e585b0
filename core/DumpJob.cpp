// SPDX-License-Identifier: Unlicense
#include "DumpJob.h"

#include "BromClient.h"
#include "FlashRange.h"
#include "FlashReader.h"
#include "identity/DumpReport.h"
#include "Isolate.h"
#include "Log.h"
#include "OutputFile.h"
#include "PortArrivalWait.h"
#include "VerifyPass.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <cstring>
#include <memory>

using Mt::DumpStage;
using Mt::ErrorCode;

namespace {
// How often the partial file is synced and the sidecar updated, so a resume
// after a crash of the whole computer re-reads at most this much.
constexpr qint64 kCheckpointBytes = 4 * 1024 * 1024;
// What a resume reads again to be sure the flash is the one the partial
// dump came from: the last blocks kept.
constexpr qint64 kResumeCheckBytes = 4096;

[[noreturn]] void refuse(ErrorCode code, const QString &why)
{
    throwDumpError(code, why);
}

// Rate and time left for one pass over the flash, from when it started.
class ProgressMeter
{
public:
    ProgressMeter(DumpStage stage, qint64 total, qint64 doneBefore) : m_doneBefore(doneBefore)
    {
        m_p.stage = stage;
        m_p.total = total;
        m_clock.start();
    }
    const DumpProgress &at(qint64 done)
    {
        m_p.done = done;
        const double secs = m_clock.nsecsElapsed() / 1e9;
        m_p.bytesPerSecond = secs > 0 ? (done - m_doneBefore) / secs : 0;
        m_p.etaMs = m_p.bytesPerSecond > 0 ? qint64((m_p.total - done) * 1000 / m_p.bytesPerSecond) : -1;
        return m_p;
    }

private:
    DumpProgress m_p;
    QElapsedTimer m_clock;
    qint64 m_doneBefore;
};

// The part of a block [address, address + size) that lies inside range:
// the aligned reads cover a little more than was asked for.
std::pair<quint64, quint64> insideRange(quint64 address, qint64 size, const FlashRange &range)
{
    return {std::max(address, range.start), std::min(address + quint64(size), range.end())};
}

} // namespace

DumpJob::DumpJob(DumpRequest request, DumpEnvironment env, DumpObserver *observer, const CancelFlag *cancel)
    : m_request(std::move(request)),
      m_env(std::move(env)),
      m_target(m_request.outputPath),
      m_observer(observer),
      m_cancel(cancel ? cancel : &m_neverCancelled)
{}

DumpJob::~DumpJob() = default;

void DumpJob::tell(const DumpEvent &event)
{
    if (m_observer)
        m_observer->onEvent(event);
}

void DumpJob::setStage(DumpStage stage)
{
    qCDebug(lcDump) << "stage" << stage;
    tell(DumpEvents::StageChanged{stage});
}

void DumpJob::log(const QString &line)
{
    qCInfo(lcDump).noquote() << line;
    tell(DumpEvents::Log{line, false});
}

void DumpJob::notice(const QString &line)
{
    qCInfo(lcDump).noquote() << line;
    tell(DumpEvents::Log{line, true});
}

bool DumpJob::run()
{
    m_error = {};
    m_result = {};
    m_initialised = false;
    try {
        runSession();
        setStage(DumpStage::Done);
        return true;
    } catch (const DumpException &e) {
        m_error = e.error();
    } catch (const std::exception &e) {
        m_error.code = ErrorCode::OutputError;
        m_error.detail = QString::fromLocal8Bit(e.what());
    }
    if (m_error.port.isEmpty())
        m_error.port = m_port;
    log(m_error.technicalSummary());
    setStage(m_error.code == ErrorCode::Cancelled ? DumpStage::Cancelled : DumpStage::Failed);
    return false;
}

void DumpJob::waitForPort()
{
    setStage(DumpStage::WaitingForPort);
    PortArrivalWait waiter(m_env, m_cancel);
    const auto found = waiter.waitFor(m_request.port, m_request.portTimeout);
    if (m_cancel->load())
        refuse(ErrorCode::Cancelled, tr("Cancelled while waiting for the phone."));
    if (!found)
        refuse(ErrorCode::NoPhone,
               tr("No phone port appeared within %1 s.").arg(m_request.portTimeout.count() / 1000.0));
    m_port = *found;
}

void DumpJob::connectAndInit(BromClient &client)
{
    const bool already = client.handshake(m_request.handshakeTimeout);
    log(already ? tr("BootROM was already past the handshake") : tr("BootROM handshake done"));

    // docs/protocol.md §4: these values, in this order.
    PhoneInfo &phone = m_result.phone;
    phone.chipCode = client.read16(Wire::kRegChipCode);
    if (!phone.isKnownChip())
        notice(tr("warning: unknown chip code %1; MTreader knows MT6261 and MT6260. Going on.")
                   .arg(Isolate::hex(phone.chipCode, 4)));
    client.write16(Wire::kRegWdtMode, Wire::kWdtModeDisable);
    client.write16(Wire::kRegPmuUsbPower, Wire::kPmuForceUsbPower);
    client.write16(Wire::kRegPmuChargerWdt, Wire::kPmuChargerWdtOff);
    client.write32(Wire::kRegRemap, Wire::kRemapFlashAtZero);
    m_initialised = true;

    phone.hwVersion = client.read16(Wire::kRegHwVersion);
    phone.swVersion = client.read16(Wire::kRegSwVersion);
    phone.subCode = client.read16(Wire::kRegSubCode);
    phone.bromVersion = client.bromVersion();
    phone.meId = client.meId();
    const auto hex = [](uint v, int digits) {
        return Isolate::value(QStringLiteral("%1").arg(v, digits, 16, QLatin1Char('0')));
    };
    // An unknown chip's name is a phrase of its own, not a value.
    const QString chip = phone.isKnownChip() ? Isolate::value(phone.chipName()) : phone.chipName();
    log(tr("%1, hardware %2, software %3, BROM %4, ME ID %5")
            .arg(chip, hex(phone.hwVersion, 4), hex(phone.swVersion, 4), hex(phone.bromVersion, 2),
                 Isolate::value(phone.meIdHex())));
    tell(DumpEvents::Identified{phone});
    setStage(DumpStage::Identified);
    // No reset for it: with the key still held it would only come back again.
    if (!m_request.skipMeId.isEmpty() && phone.meId == m_request.skipMeId)
        refuse(ErrorCode::SamePhoneAgain,
               tr("The phone just dumped (ME ID %1) came back.").arg(Isolate::value(phone.meIdHex())));
}

void DumpJob::runSession()
{
    checkRequest();
    m_depth = PipelineDepth(m_request.pipelineDepth);
    waitForPort();
    std::unique_ptr<Transport> transport = openPort();
    BromClient client(*transport, m_cancel);
    try {
        connectAndInit(client);
        sizeTheRange(client);

        OutputFile out(m_target.path());
        openOutput(out, client);
        QElapsedTimer clock;
        clock.start();
        readAndVerify(client, out);
        m_result.seconds = clock.elapsed() / 1000.0;
        m_result.secondsTotal = m_state.seconds + m_result.seconds;
        if (m_request.identify)
            identify(out);
        commit(out);
        if (m_request.identify)
            writeReport();
    } catch (const DumpException &e) {
        restartAfterStop(*transport, e.error());
        throw;
    }
    // The file is complete and closed before the phone is told to reset.
    if (m_request.reset)
        resetPhone(client);
}

void DumpJob::restartAfterStop(Transport &transport, const DumpError &why)
{
    // Stopped while the phone sits in its BootROM: where the link still
    // works it is told to restart, so nobody has to unplug it to get it out.
    // Not a phone that vanished, nor the one just dumped (it comes straight
    // back while the key is held), nor one that never answered like a BROM.
    if (!m_request.reset || !m_initialised || why.code == ErrorCode::Disconnected
        || why.code == ErrorCode::SamePhoneAgain)
        return;
    BromClient courtesy(transport); // not cancellable: it is what a cancel does
    try {
        courtesy.drain();
        courtesy.resetPhone();
        m_result.resetSent = true;
        log(tr("the phone was told to restart"));
    } catch (const DumpException &e) {
        log(tr("the phone did not take the reset (%1): unplug it").arg(e.error().technicalSummary()));
    }
}

void DumpJob::checkRequest()
{
    m_result.startedUtc = QDateTime::currentDateTimeUtc();
    if (m_request.wholeFlash) {
        m_request.start = 0;
        m_request.length = 0; // found from the phone
    } else if (const QString why = FlashRange{m_request.start, m_request.length}.validationError(m_request.anyAddress);
               !why.isEmpty()) {
        refuse(ErrorCode::InvalidArgument, why);
    }
    if (const QString why = blockSizeError(m_request.blockSize); !why.isEmpty())
        refuse(ErrorCode::InvalidArgument, why);
    const DumpTarget::Check check = m_target.check(m_request);
    if (!check.ok())
        throw DumpException(check.error());
    m_resumeFrom = check.resume;
}

std::unique_ptr<Transport> DumpJob::openPort()
{
    setStage(DumpStage::Connecting);
    DumpError openError;
    std::unique_ptr<Transport> transport = m_env.opener(m_port, openError);
    if (!transport) {
        openError.port = m_port;
        throw DumpException(openError);
    }
    tell(DumpEvents::PortOpened{m_port});
    log(tr("opened %1").arg(Isolate::value(m_port)));
    return transport;
}

void DumpJob::sizeTheRange(BromClient &client)
{
    // Every MT626x flash is bigger than this: a range inside it cannot run
    // past the end, and needs no size.
    constexpr quint64 kSmallestFlash = 1024 * 1024;
    if (!m_request.wholeFlash && (!m_request.identify || m_request.start + m_request.length <= kSmallestFlash)) {
        tell(DumpEvents::RangeSized{m_request.start, m_request.length, m_result.flashSize});
        return;
    }
    log(tr("finding the flash size"));
    FlashReader reader = readerFor(client);
    FlashSizeProbe probe([&reader](quint32 address, quint32 size) {
        QByteArray bytes;
        reader.read(address, size, [&bytes](quint64, const char *data, qint64 n) { bytes.append(data, n); });
        return bytes;
    });
    const FlashSize &size = m_result.flashSize = probe.run();
    log(size.detail.isEmpty() ? size.describe() : size.describe() + QLatin1Char(' ') + size.detail);
    if (m_request.wholeFlash) {
        m_request.length = size.known() ? size.bytes : m_request.lengthIfUnknown;
        if (!size.known())
            notice(tr("%1 Reading %2, as much as an MT626x phone can have; to read less, choose a size.")
                       .arg(size.describe(), Isolate::value(humanSize(qint64(m_request.length)))));
        if (m_resumeFrom && m_resumeFrom->length != m_request.length)
            refuse(ErrorCode::PhoneMismatch,
                   tr("This phone's flash reads as %1; the partial dump is of %2.")
                       .arg(Isolate::value(humanSize(qint64(m_request.length))),
                            Isolate::value(humanSize(qint64(m_resumeFrom->length)))));
    } else if (size.known() && m_request.start + m_request.length > size.bytes
               && m_request.start < FlashRange::kAboveFlash) {
        notice(tr("The range runs past the end of the %1 flash: what is read past %2 is a copy of the start of "
                  "the flash, not more of it.")
                   .arg(Isolate::value(humanSize(qint64(size.bytes))))
                   .arg(Isolate::hex(size.bytes)));
    }
    tell(DumpEvents::RangeSized{m_request.start, m_request.length, size});
}

void DumpJob::openOutput(OutputFile &out, BromClient &client)
{
    const PhoneInfo &phone = m_result.phone;
    m_state = ResumeState{m_request.start, m_request.length, m_request.wholeFlash, phone, 0, 0};
    if (m_resumeFrom) {
        if (const QString why = m_resumeFrom->mismatchWith(phone); !why.isEmpty())
            refuse(ErrorCode::PhoneMismatch, why);
        m_state.seconds = m_resumeFrom->seconds;
        // Every byte in the partial file was checked before it was written,
        // in order. After a crash of the whole computer a file may claim
        // more than reached the disk, so trust it only as far as the last
        // checkpoint that was synced before its sidecar was saved.
        const qint64 have = std::min(
            {QFileInfo(m_target.partialPath()).size(), m_resumeFrom->bytesDone, qint64(m_request.length)});
        out.resume(have);
        checkResumeAgainstFlash(client, out, have);
        m_result.resumed = true;
        m_result.resumedAt = have;
        notice(tr("resuming at byte %1 of %2").arg(have).arg(m_request.length));
    } else {
        out.create();
    }
    m_state.bytesDone = out.bytesWritten();
    QString sidecarError;
    if (!m_state.save(m_target.sidecarPath(), &sidecarError)) {
        if (!m_result.resumed)
            out.discard(); // an empty partial file must not block the next try
        refuse(ErrorCode::OutputError,
               tr("Cannot write %1: %2.").arg(Isolate::value(m_target.sidecarPath()), sidecarError));
    }
}

void DumpJob::checkResumeAgainstFlash(BromClient &client, OutputFile &out, qint64 have)
{
    // The same ME ID does not make the same flash (a board swap, a flash
    // rewritten since): the last bytes kept must read the same again.
    const qint64 n = std::min<qint64>(have, kResumeCheckBytes);
    if (n <= 0)
        return;
    const FlashRange tail{m_request.start + quint64(have - n), quint64(n)};
    QByteArray again;
    readerFor(client).read(tail.alignedStart(), tail.alignedLength(),
                           [&](quint64 address, const char *data, qint64 size) {
                               const auto [lo, hi] = insideRange(address, size, tail);
                               if (hi > lo)
                                   again.append(data + (lo - address), qint64(hi - lo));
                           });
    const QByteArray kept = out.readBack(have - n, n);
    if (kept == again)
        return;
    qint64 at = 0;
    while (at < n && kept.at(at) == again.at(at))
        ++at;
    refuse(ErrorCode::PhoneMismatch,
           tr("The flash differs from the partial dump at %1: this phone's flash is not the one the partial dump "
              "came from.")
               .arg(Isolate::hex(tail.start + quint64(at))));
}

void DumpJob::readAndVerify(BromClient &client, OutputFile &out)
{
    try {
        setStage(DumpStage::Reading);
        readRange(client, out);
        if (m_request.verify) {
            setStage(DumpStage::Verifying);
            out.flush();
            verifyRange(client, out);
        }
    } catch (const DumpException &e) {
        // A whole dump whose second read does not settle is no partial one.
        if (e.error().code == ErrorCode::VerifyMismatch)
            keepUnverified(out, e.error());
        keepPartial(out);
        throw;
    }
}

void DumpJob::keepPartial(OutputFile &out)
{
    if (out.bytesWritten() == 0 && !m_result.resumed) {
        out.discard();
        QFile::remove(m_target.sidecarPath());
        return;
    }
    try {
        out.sync();
    } catch (const DumpException &) {
        // A full disk may refuse even this; the sidecar still tells how far
        // the last good checkpoint got.
    }
    m_state.bytesDone = out.bytesWritten();
    m_state.save(m_target.sidecarPath());
    log(tr("kept %1 verified bytes in %2").arg(out.bytesWritten()).arg(Isolate::value(out.partialPath())));
}

void DumpJob::keepUnverified(OutputFile &out, const DumpError &mismatch)
{
    // No two reads agreed somewhere: keep the dump, clearly marked, with a
    // report that says where.
    const QString kept = m_target.unverifiedPath();
    if (m_request.identify)
        identify(out);
    out.commitAs(kept, false);
    QFile::remove(m_target.sidecarPath());
    m_result.path = kept;
    m_result.start = m_request.start;
    m_result.length = m_request.length;
    m_result.sha256 = out.sha256();
    if (m_request.identify)
        writeReport();
    DumpError err = mismatch;
    err.detail += QLatin1Char(' ') + tr("The dump is kept as %1.").arg(Isolate::value(kept));
    throw DumpException(err);
}

void DumpJob::identify(OutputFile &out)
{
    out.flush();
    QString why;
    m_result.identity = DumpIdentity::ofFile(out.partialPath(), m_request.start, m_result.flashSize, &why,
                                             out.sha256());
    if (!m_result.identity) {
        notice(tr("warning: the dump could not be read back to see what it holds: %1").arg(why));
        return;
    }
    const DumpIdentity &id = *m_result.identity;
    log(id.recognised()
            ? tr("firmware %1 (%2)").arg(Isolate::value(id.firmwareVersion()), Isolate::value(id.platformId()))
            : tr("firmware not recognised"));
    for (const QString &w : id.warnings)
        notice(tr("warning: %1").arg(w));
}

void DumpJob::commit(OutputFile &out)
{
    const QString final = m_request.nameFromIdentity ? namedAfterIdentity() : m_target.path();
    try {
        // A name of our own choosing never replaces anything.
        out.commitAs(final, m_request.overwrite && !m_request.nameFromIdentity);
    } catch (const DumpException &) {
        // FILE appeared meanwhile, or the rename failed: the whole dump stays
        // in the partial file, and the sidecar says it is complete.
        m_state.bytesDone = out.bytesWritten();
        m_state.save(m_target.sidecarPath());
        throw;
    }
    QFile::remove(m_target.sidecarPath());
    m_result.path = final;
    m_result.port = m_port;
    m_result.start = m_request.start;
    m_result.length = m_request.length;
    m_result.sha256 = out.sha256();
    m_result.verified = m_request.verify;
    log(tr("saved %1 (%2 bytes), SHA-256 %3")
            .arg(Isolate::value(final))
            .arg(m_request.length)
            .arg(Isolate::value(QString::fromLatin1(m_result.sha256.toHex()))));
}

QString DumpJob::namedAfterIdentity() const
{
    // The time part of the name the dump started under is kept: it is when
    // the phone was read, and what a technician wrote on the ticket.
    const QFileInfo planned(m_request.outputPath);
    static const QRegularExpression stamp(QStringLiteral("(\\d{8}-\\d{6})"));
    const QRegularExpressionMatch m = stamp.match(planned.completeBaseName());
    const QDateTime when = m.hasMatch() ? QDateTime::fromString(m.captured(1), QStringLiteral("yyyyMMdd-HHmmss"))
                                        : QDateTime::currentDateTime();
    const QString version = m_result.identity ? m_result.identity->firmwareVersion() : QString();
    const QString chip = m_result.phone.isKnownChip() ? m_result.phone.chipName() : QString();
    const QString name = DumpNaming::suggested(chip, version, m_result.phone.meId, when);
    const QDir dir = planned.absoluteDir();
    QString path = dir.filePath(name);
    // Never over another file; the planned name itself is ours (it is the partial's).
    for (int n = 2; path != planned.absoluteFilePath() && (QFileInfo::exists(path) || DumpTarget(path).hasPartial());
         ++n)
        path = dir.filePath(QStringLiteral("%1-%2.bin").arg(name.chopped(4)).arg(n));
    return path;
}

void DumpJob::writeReport()
{
    const QString path = DumpReport::pathFor(m_result.path);
    QString why;
    if (DumpReport::write(path, DumpReport::build(m_request, m_result), &why)) {
        m_result.reportPath = path;
        log(tr("report: %1").arg(Isolate::value(path)));
    } else {
        notice(tr("warning: the report could not be written to %1: %2").arg(Isolate::value(path), why));
    }
}

void DumpJob::resetPhone(BromClient &client)
{
    setStage(DumpStage::Resetting);
    try {
        client.resetPhone();
        m_result.resetSent = true;
    } catch (const DumpException &e) {
        if (e.error().code == ErrorCode::Cancelled)
            return;
        notice(tr("warning: reset not confirmed (%1); unplug the phone").arg(e.error().technicalSummary()));
    }
}

void DumpJob::readRange(BromClient &client, OutputFile &out)
{
    const quint64 total = m_request.length;
    const FlashRange todo{m_request.start + quint64(out.bytesWritten()), total - quint64(out.bytesWritten())};
    FlashReader reader = readerFor(client);

    ProgressMeter meter(DumpStage::Reading, qint64(total), out.bytesWritten());
    qint64 nextCheckpoint = out.bytesWritten() + kCheckpointBytes;
    reader.read(todo.alignedStart(), todo.alignedLength(), [&](quint64 address, const char *data, qint64 size) {
        const auto [lo, hi] = insideRange(address, size, todo);
        if (hi > lo)
            out.write(data + (lo - address), qint64(hi - lo));
        if (out.bytesWritten() >= nextCheckpoint) {
            checkpoint(out);
            nextCheckpoint = out.bytesWritten() + kCheckpointBytes;
        }
        tell(DumpEvents::Progress{meter.at(out.bytesWritten())});
    });
    if (reader.retries() > 0)
        notice(tr("%n block(s) were retried; all data was read and checked", nullptr, reader.retries()));
}

FlashReader DumpJob::readerFor(BromClient &client)
{
    FlashReader reader(client, {m_request.blockSize, DumpDefaults::kBlockRetries}, m_depth, m_cancel);
    reader.setRetryNote([this](quint64 address, int attempt, const QString &why) {
        ++m_result.retries;
        notice(tr("retrying block at %1 (attempt %2): %3").arg(Isolate::hex(address, 8)).arg(attempt).arg(why));
    });
    reader.setDepthNote([this](const FlashReader::DepthNote &note) { tellDepth(note); });
    return reader;
}

void DumpJob::tellDepth(const FlashReader::DepthNote &note)
{
    using Kind = FlashReader::DepthNote::Kind;
    switch (note.kind) {
    case Kind::Sized: {
        // The handshake alone gives round trips, so one is always known here.
        const double rttMs = note.link.roundTrip().value_or(LinkEstimate::Duration{0}).count() / 1000.0;
        if (const auto rate = note.link.bytesPerSecond())
            log(tr("link: round trip %1 ms, %2 MB/s; %n READ32 in flight", nullptr, note.depth)
                    .arg(rttMs, 0, 'f', 1)
                    .arg(*rate / 1e6, 0, 'f', 2));
        else
            log(tr("link: round trip %1 ms, rate not measured; %n READ32 in flight", nullptr, note.depth)
                    .arg(rttMs, 0, 'f', 1));
        return;
    }
    case Kind::Careful:
        notice(tr("a fault with %1 READ32 in flight: reading one at a time, then again up to %2")
                   .arg(note.inFlight)
                   .arg(note.depth));
        return;
    case Kind::StaysCareful: notice(tr("careful mode, one READ32 at a time, for the rest of this session")); return;
    case Kind::Restored: notice(tr("%n READ32 in flight again", nullptr, note.depth)); return;
    }
}

void DumpJob::checkpoint(OutputFile &out)
{
    // Data first, then the sidecar that vouches for it.
    out.sync();
    m_state.bytesDone = out.bytesWritten();
    m_state.save(m_target.sidecarPath());
}

void DumpJob::verifyRange(BromClient &client, OutputFile &out)
{
    out.flush();
    const FlashRange range{m_request.start, m_request.length};
    FlashReader reader = readerFor(client);
    ProgressMeter meter(DumpStage::Verifying, qint64(range.length), 0);
    VerifyPass pass(
        range,
        [&reader](quint64 address, quint64 length, const FlashReader::Sink &sink) {
            reader.read(address, length, sink);
        },
        [&](qint64 done) { tell(DumpEvents::Progress{meter.at(done)}); });
    const VerifyOutcome outcome = pass.run(out.partialPath());
    m_result.rereads = outcome.rereads;
    m_result.unverified = outcome.unresolved;
    for (const BlockReread &b : outcome.rereads)
        notice(b.repaired ? tr("verify: the block at %1 read differently; %2 reads agreed on a corrected value, "
                               "which the file now holds")
                                .arg(Isolate::hex(b.offset, 8))
                                .arg(b.reads)
                          : tr("verify: the block at %1 read differently once; %2 reads agreed with the file")
                                .arg(Isolate::hex(b.offset, 8))
                                .arg(b.reads));
    if (outcome.repairedAny())
        out.rehash();
    if (!outcome.ok()) {
        QStringList offsets;
        for (const BlockReread &b : outcome.unresolved)
            offsets << QStringLiteral("0x%1").arg(b.offset, 8, 16, QLatin1Char('0'));
        throwDumpError(ErrorCode::VerifyMismatch,
                       tr("No two reads agreed on %n block(s), at %1.", nullptr, int(offsets.size()))
                           .arg(Isolate::value(offsets.mid(0, 8).join(QStringLiteral(", ")))),
                       {}, {}, qint64(outcome.unresolved.constFirst().offset));
    }
    log(outcome.rereads.isEmpty() ? tr("verified: the second read matches byte for byte")
                                  : tr("verified: %n block(s) needed more reads; two reads agree on every byte",
                                       nullptr, int(outcome.rereads.size())));
}
