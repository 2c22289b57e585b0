// SPDX-License-Identifier: Unlicense
#include "DumpJob.h"

#include "BromClient.h"
#include "FlashRange.h"
#include "FlashReader.h"
#include "Log.h"
#include "OutputFile.h"
#include "PortArrivalWait.h"
#include "ResumeState.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <cstring>
#include <memory>

using Mt::DumpStage;
using Mt::ErrorCode;

namespace {
// How often the partial file is synced and the sidecar updated, so a resume
// after a crash of the whole computer re-reads at most this much.
constexpr qint64 kCheckpointBytes = 4 * 1024 * 1024;

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

QString unverifiedPath(const QString &target)
{
    const QFileInfo fi(target);
    const QString suffix = fi.completeSuffix();
    const QString base = suffix.isEmpty() ? fi.fileName() : fi.fileName().chopped(suffix.size() + 1);
    return fi.dir().filePath(suffix.isEmpty() ? base + QStringLiteral(".unverified")
                                              : base + QStringLiteral(".unverified.") + suffix);
}
} // namespace

DumpJob::DumpJob(DumpRequest request, DumpEnvironment env, DumpObserver *observer, const CancelFlag *cancel)
    : m_request(std::move(request)), m_env(std::move(env)), m_observer(observer),
      m_cancel(cancel ? cancel : &m_neverCancelled)
{
}

DumpJob::~DumpJob() = default;

QString DumpJob::partialPath(const QString &target)
{
    return target + QStringLiteral(".part");
}

QString DumpJob::sidecarPath(const QString &target)
{
    return target + QStringLiteral(".part.json");
}

void DumpJob::setStage(DumpStage stage)
{
    qCDebug(lcDump) << "stage" << stage;
    if (m_observer)
        m_observer->stageChanged(stage);
}

void DumpJob::log(const QString &line)
{
    qCInfo(lcDump).noquote() << line;
    if (m_observer)
        m_observer->log(line);
}

void DumpJob::notice(const QString &line)
{
    qCInfo(lcDump).noquote() << line;
    if (m_observer)
        m_observer->notice(line);
}

bool DumpJob::run()
{
    m_error = {};
    m_result = {};
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
        refuse(ErrorCode::Cancelled, QStringLiteral("cancelled while waiting for the phone"));
    if (!found)
        refuse(ErrorCode::NoPhone, QStringLiteral("no phone port appeared within %1 s")
                                       .arg(m_request.portTimeout.count() / 1000.0));
    m_port = *found;
}

void DumpJob::connectAndInit(BromClient &client)
{
    const bool already = client.handshake(m_request.handshakeTimeout);
    log(already ? tr("BootROM was already past the handshake") : tr("BootROM handshake done"));

    // protocol.md section 4: these values, in this order.
    PhoneInfo &phone = m_result.phone;
    phone.chipCode = client.read16(Wire::kRegChipCode);
    if (!phone.isKnownChip())
        notice(tr("warning: unknown chip code 0x%1; MTreader knows MT6261 and MT6260. Going on.")
                .arg(phone.chipCode, 4, 16, QLatin1Char('0')));
    client.write16(Wire::kRegWdtMode, Wire::kWdtModeDisable);
    client.write16(Wire::kRegPmuUsbPower, Wire::kPmuForceUsbPower);
    client.write16(Wire::kRegPmuChargerWdt, Wire::kPmuChargerWdtOff);
    client.write32(Wire::kRegRemap, Wire::kRemapFlashAtZero);

    phone.hwVersion = client.read16(Wire::kRegHwVersion);
    phone.swVersion = client.read16(Wire::kRegSwVersion);
    phone.subCode = client.read16(Wire::kRegSubCode);
    phone.bromVersion = client.bromVersion();
    phone.meId = client.meId();
    log(tr("%1, hardware %2, software %3, BROM %4, ME ID %5")
            .arg(phone.chipName())
            .arg(phone.hwVersion, 4, 16, QLatin1Char('0'))
            .arg(phone.swVersion, 4, 16, QLatin1Char('0'))
            .arg(phone.bromVersion, 2, 16, QLatin1Char('0'))
            .arg(phone.meIdHex()));
    if (m_observer)
        m_observer->identified(phone);
    setStage(DumpStage::Identified);
}

void DumpJob::runSession()
{
    const FlashRange range{m_request.start, m_request.length};
    if (const QString why = range.validationError(); !why.isEmpty())
        refuse(ErrorCode::InvalidArgument, why);
    if (const QString why = blockSizeError(m_request.blockSize); !why.isEmpty())
        refuse(ErrorCode::InvalidArgument, why);
    const QString target = m_request.outputPath;
    if (target.isEmpty())
        refuse(ErrorCode::InvalidArgument, QStringLiteral("no output file given"));
    const QFileInfo targetInfo(target);
    if (!targetInfo.absoluteDir().exists())
        refuse(ErrorCode::OutputError, QStringLiteral("the folder %1 does not exist")
                                           .arg(targetInfo.absolutePath()));
    if (targetInfo.isDir())
        refuse(ErrorCode::OutputError, QStringLiteral("%1 is a folder").arg(target));
    // Refuse before the phone is plugged in, not after it has been read.
    if (targetInfo.exists() && !m_request.overwrite)
        refuse(ErrorCode::OutputExists, QStringLiteral("%1 exists").arg(target));

    std::optional<ResumeState> resumeFrom;
    const bool partialExists = QFileInfo::exists(partialPath(target));
    if (m_request.resume) {
        QString why;
        resumeFrom = ResumeState::load(sidecarPath(target), &why);
        if (!resumeFrom || !partialExists)
            refuse(ErrorCode::ResumeInvalid, QStringLiteral("nothing to resume for %1: %2")
                                                 .arg(target, partialExists ? why : QStringLiteral("no partial file")));
        if (resumeFrom->start != m_request.start || resumeFrom->length != m_request.length)
            refuse(ErrorCode::ResumeInvalid,
                   QStringLiteral("the partial dump is of 0x%1+0x%2, not the range asked for")
                       .arg(resumeFrom->start, 0, 16).arg(resumeFrom->length, 0, 16));
    } else if (partialExists) {
        // Never overwrite a partial dump we did not make: it may be the only copy.
        refuse(ErrorCode::ResumeInvalid,
               QStringLiteral("a partial dump %1 is in the way: resume it or remove it")
                   .arg(partialPath(target)));
    }

    waitForPort();
    setStage(DumpStage::Connecting);
    DumpError openError;
    std::unique_ptr<Transport> transport = m_env.opener(m_port, openError);
    if (!transport) {
        openError.port = m_port;
        throw DumpException(openError);
    }
    if (m_observer)
        m_observer->portOpened(m_port);
    log(tr("opened %1").arg(m_port));
    BromClient client(*transport, m_cancel);
    connectAndInit(client);
    const PhoneInfo &phone = m_result.phone;

    OutputFile out(target);
    m_state = {m_request.start, m_request.length, m_request.blockSize, phone.chipCode,
               phone.hwVersion, phone.meId, 0};
    ResumeState &state = m_state;
    if (resumeFrom) {
        if (const QString why = resumeFrom->mismatchWith(phone); !why.isEmpty())
            refuse(ErrorCode::PhoneMismatch, QStringLiteral("this is another phone: %1").arg(why));
        // Every byte in the partial file was checked before it was written,
        // in order. After a crash of the whole computer a file may claim
        // more than reached the disk, so trust it only as far as the last
        // checkpoint that was synced before its sidecar was saved.
        const qint64 have = std::min({QFileInfo(partialPath(target)).size(), resumeFrom->bytesDone,
                                      qint64(m_request.length)});
        out.resume(have);
        m_result.resumed = true;
        notice(tr("resuming at byte %1 of %2").arg(have).arg(m_request.length));
    } else {
        out.create();
    }
    state.bytesDone = out.bytesWritten();
    QString sidecarError;
    if (!state.save(sidecarPath(target), &sidecarError)) {
        if (!m_result.resumed)
            out.discard(); // an empty partial file must not block the next try
        refuse(ErrorCode::OutputError, QStringLiteral("cannot write %1: %2").arg(sidecarPath(target), sidecarError));
    }

    QElapsedTimer clock;
    clock.start();
    try {
        setStage(DumpStage::Reading);
        readRange(client, out);
        if (m_request.verify) {
            setStage(DumpStage::Verifying);
            out.flush();
            verifyRange(client, out.partialPath());
        }
    } catch (const DumpException &e) {
        if (out.bytesWritten() == 0 && !m_result.resumed) {
            out.discard();
            QFile::remove(sidecarPath(target));
        } else {
            try {
                out.sync();
            } catch (const DumpException &) {
                // A full disk may refuse even this; the sidecar still tells
                // how far the last good checkpoint got.
            }
            state.bytesDone = out.bytesWritten();
            state.save(sidecarPath(target));
            log(tr("kept %1 verified bytes in %2").arg(out.bytesWritten()).arg(out.partialPath()));
        }
        if (e.error().code != ErrorCode::VerifyMismatch)
            throw;
        // The second read disagreed: keep the dump, clearly marked.
        const QString kept = unverifiedPath(target);
        out.commitAs(kept, m_request.overwrite);
        QFile::remove(sidecarPath(target));
        m_result.path = kept;
        DumpError err = e.error();
        err.detail += QStringLiteral("; the dump is kept as %1").arg(kept);
        throw DumpException(err);
    }

    try {
        out.commit(m_request.overwrite);
    } catch (const DumpException &) {
        // FILE appeared meanwhile, or the rename failed: the whole dump stays
        // in the partial file, and the sidecar says it is complete.
        state.bytesDone = out.bytesWritten();
        state.save(sidecarPath(target));
        throw;
    }
    QFile::remove(sidecarPath(target));
    m_result.path = target;
    m_result.port = m_port;
    m_result.start = m_request.start;
    m_result.length = m_request.length;
    m_result.sha256 = out.sha256();
    m_result.seconds = clock.elapsed() / 1000.0;
    m_result.verified = m_request.verify;
    log(tr("saved %1 (%2 bytes), SHA-256 %3")
            .arg(target).arg(m_request.length).arg(QString::fromLatin1(m_result.sha256.toHex())));

    // The file is complete and closed before the phone is told to reset.
    if (m_request.reset) {
        setStage(DumpStage::Resetting);
        try {
            m_result.resetSent = client.resetPhone();
        } catch (const DumpException &e) {
            if (e.error().code == ErrorCode::Cancelled)
                return;
            notice(tr("warning: reset not confirmed (%1); unplug the phone").arg(e.error().technicalSummary()));
        }
    }
}

void DumpJob::readRange(BromClient &client, OutputFile &out)
{
    const quint64 total = m_request.length;
    const FlashRange todo{m_request.start + quint64(out.bytesWritten()), total - quint64(out.bytesWritten())};
    FlashReader reader(client, {m_request.blockSize, m_request.pipelineDepth, 3}, m_cancel);
    reader.setRetryNote([this](quint64 address, int attempt, const QString &why) {
        notice(tr("retrying block at 0x%1 (attempt %2): %3").arg(address, 8, 16, QLatin1Char('0')).arg(attempt).arg(why));
    });

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
        if (m_observer)
            m_observer->progress(meter.at(out.bytesWritten()));
    });
    if (reader.retries() > 0)
        notice(tr("%n block(s) were retried; all data was read and checked", nullptr, reader.retries()));
}

void DumpJob::checkpoint(OutputFile &out)
{
    // Data first, then the sidecar that vouches for it.
    out.sync();
    m_state.bytesDone = out.bytesWritten();
    m_state.save(sidecarPath(m_request.outputPath));
}

void DumpJob::verifyRange(BromClient &client, const QString &path)
{
    QFile first(path);
    if (!first.open(QIODevice::ReadOnly))
        refuse(ErrorCode::OutputError, QStringLiteral("cannot read back %1: %2").arg(path, first.errorString()));
    const FlashRange range{m_request.start, m_request.length};
    FlashReader reader(client, {m_request.blockSize, m_request.pipelineDepth, 3}, m_cancel);
    QByteArray chunk;
    qint64 differing = 0;
    qint64 firstBad = -1;
    QStringList firstOffsets;
    ProgressMeter meter(DumpStage::Verifying, qint64(range.length), 0);
    reader.read(range.alignedStart(), range.alignedLength(), [&](quint64 address, const char *data, qint64 size) {
        const auto [lo, hi] = insideRange(address, size, range);
        if (hi <= lo)
            return;
        const qint64 n = qint64(hi - lo);
        chunk = first.read(n);
        const char *again = data + (lo - address);
        // Byte by byte only where the block differs at all.
        if (chunk.size() != n || std::memcmp(chunk.constData(), again, size_t(n)) != 0) {
            for (qint64 i = 0; i < n; ++i) {
                if (i >= chunk.size() || chunk.at(i) != again[i]) {
                    if (firstBad < 0)
                        firstBad = qint64(lo) + i;
                    if (++differing <= 8)
                        firstOffsets << QStringLiteral("0x%1").arg(lo + quint64(i), 8, 16, QLatin1Char('0'));
                }
            }
        }
        if (m_observer)
            m_observer->progress(meter.at(qint64(hi - range.start)));
    });
    if (differing > 0)
        throwDumpError(ErrorCode::VerifyMismatch,
                       QStringLiteral("%1 byte(s) differ between the two reads, at %2%3")
                           .arg(differing).arg(firstOffsets.join(QStringLiteral(", ")),
                                               differing > 8 ? QStringLiteral(", ...") : QString()),
                       {}, {}, firstBad);
    log(tr("verified: the second read matches byte for byte"));
}
