// SPDX-License-Identifier: Unlicense
#include "VerifyPass.h"

#include "DumpError.h"
#include "Isolate.h"

#include <QFile>
#include <algorithm>
#include <cstring>

using Mt::ErrorCode;

bool VerifyOutcome::repairedAny() const
{
    return std::any_of(rereads.cbegin(), rereads.cend(), [](const BlockReread &b) { return b.repaired; });
}

VerifyPass::VerifyPass(FlashRange range, Read read, Progress progress)
    : m_range(range), m_read(std::move(read)), m_progress(std::move(progress))
{}

QByteArray VerifyPass::readAgain(quint64 offset, qint64 length)
{
    const FlashRange part{offset, quint64(length)};
    QByteArray bytes;
    m_read(part.alignedStart(), part.alignedLength(), [&](quint64 address, const char *data, qint64 size) {
        const quint64 lo = std::max(address, part.start);
        const quint64 hi = std::min(address + quint64(size), part.end());
        if (hi > lo)
            bytes.append(data + (lo - address), qint64(hi - lo));
    });
    return bytes;
}

BlockReread VerifyPass::settle(const Differing &d, QByteArray &agreed)
{
    QList<QByteArray> seen{d.first, d.second};
    BlockReread b{d.offset, quint32(d.first.size()), 2, false};
    for (int i = 0; i < kMoreReads; ++i) {
        const QByteArray again = readAgain(d.offset, d.first.size());
        ++b.reads;
        const auto match = std::find(seen.cbegin(), seen.cend(), again);
        if (match != seen.cend()) {
            agreed = again;
            b.repaired = again != d.first;
            return b;
        }
        seen << again;
    }
    agreed.clear();
    return b;
}

VerifyOutcome VerifyPass::run(const QString &partialPath)
{
    QFile file(partialPath);
    if (!file.open(QIODevice::ReadWrite))
        throwDumpError(ErrorCode::OutputError,
                       tr("Cannot read back %1: %2.").arg(Isolate::value(partialPath), file.errorString()));
    VerifyOutcome outcome;
    QList<Differing> differing;
    QByteArray kept;
    m_read(m_range.alignedStart(), m_range.alignedLength(), [&](quint64 address, const char *data, qint64 size) {
        const quint64 lo = std::max(address, m_range.start);
        const quint64 hi = std::min(address + quint64(size), m_range.end());
        if (hi <= lo)
            return;
        const qint64 n = qint64(hi - lo);
        kept = file.read(n);
        const char *again = data + (lo - address);
        if (kept.size() != n || std::memcmp(kept.constData(), again, size_t(n)) != 0) {
            if (differing.size() < kMostBlocksReread)
                differing << Differing{lo, kept, QByteArray(again, n)};
            else
                outcome.unresolved << BlockReread{lo, quint32(n), 2, false};
        }
        if (m_progress)
            m_progress(qint64(hi - m_range.start));
    });
    for (const Differing &d : std::as_const(differing)) {
        QByteArray agreed;
        const BlockReread b = settle(d, agreed);
        if (agreed.isEmpty()) {
            outcome.unresolved << b;
            continue;
        }
        if (b.repaired) {
            // The first read was the odd one: the file takes what two reads agree on.
            if (!file.seek(qint64(d.offset - m_range.start)) || file.write(agreed) != agreed.size())
                throwDumpError(ErrorCode::OutputError,
                               tr("Cannot correct %1: %2.").arg(Isolate::value(partialPath), file.errorString()));
        }
        outcome.rereads << b;
    }
    if (!file.flush())
        throwDumpError(ErrorCode::OutputError,
                       tr("Cannot correct %1: %2.").arg(Isolate::value(partialPath), file.errorString()));
    return outcome;
}
