// SPDX-License-Identifier: Unlicense
// Verify: the flash read a second time and compared with the file. Nothing
// in READ32 checks data (docs/protocol.md §5.5), so where the two reads
// differ the block is read again until two reads agree; the agreed bytes
// are what the file keeps. Only when no two reads agree is the dump left
// unverified, with the offsets.
#pragma once

#include "DumpTypes.h"
#include "FlashRange.h"
#include "FlashReader.h"

#include <QCoreApplication>
#include <QList>
#include <functional>

struct VerifyOutcome
{
    QList<BlockReread> rereads;    // needed more reads, and two agreed
    QList<BlockReread> unresolved; // no two reads agreed
    bool ok() const { return unresolved.isEmpty(); }
    bool repairedAny() const;
};

class VerifyPass
{
    Q_DECLARE_TR_FUNCTIONS(VerifyPass)

public:
    // read(address, length, sink): the flash, aligned, as FlashReader reads it.
    using Read = std::function<void(quint64 address, quint64 length, const FlashReader::Sink &sink)>;
    // Bytes of the range compared so far.
    using Progress = std::function<void(qint64 done)>;

    // The blocks compared are the ones read delivers, so they follow its block size.
    VerifyPass(FlashRange range, Read read, Progress progress = {});

    // Compares with the partial file at path, and corrects it where two later
    // reads agree against it. Throws DumpException on disk or phone errors.
    VerifyOutcome run(const QString &partialPath);

    // Reads of one block beyond the first two before it counts as unresolved.
    static constexpr int kMoreReads = 4;
    // Blocks that differ beyond this many are not read again: a link that
    // bad needs a new cable, not patience.
    static constexpr int kMostBlocksReread = 256;

private:
    struct Differing
    {
        quint64 offset; // flash offset of the part of the block inside the range
        QByteArray first;
        QByteArray second;
    };
    QByteArray readAgain(quint64 offset, qint64 length);
    BlockReread settle(const Differing &d, QByteArray &agreed);

    FlashRange m_range;
    Read m_read;
    Progress m_progress;
};
