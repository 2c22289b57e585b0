// SPDX-License-Identifier: Unlicense
// What the bytes of a dump are, without reading them for meaning: how much
// is erased (0xFF) or zero, its SHA-256 and CRC32, and a class per 4 KiB
// block for the map. Fed in order, chunk by chunk, in constant memory.
#pragma once

#include <QByteArray>
#include <QCryptographicHash>
#include <QVector>

struct ContentFigures
{
    enum class Block : quint8 { Erased, Zero, Data };

    quint64 bytes = 0;
    quint64 erasedBytes = 0; // 0xFF
    quint64 zeroBytes = 0;
    QByteArray sha256; // raw digest
    quint32 crc32 = 0; // the zlib / PNG / Ethernet CRC-32
    // One per kBlockSize of the dump, from its first byte; the last may be
    // shorter. A block is Erased or Zero only when every byte is.
    QVector<Block> blocks;

    static constexpr qint64 kBlockSize = 4096;

    double erasedPercent() const { return bytes ? 100.0 * double(erasedBytes) / double(bytes) : 0; }
    double zeroPercent() const { return bytes ? 100.0 * double(zeroBytes) / double(bytes) : 0; }
    // "EEZDD…": one letter per block, as the report stores the map.
    QByteArray blockLetters() const;
    static QVector<Block> fromLetters(const QByteArray &letters);
};

class ContentSurvey
{
public:
    // sha256: the digest, when the caller already has it (a dump just
    // written hashed every byte on the way to the disk): SHA-256 is most of
    // the cost of a survey, so it is not paid twice.
    explicit ContentSurvey(const QByteArray &sha256 = {});

    void feed(const char *data, qint64 size);
    void feed(const QByteArray &data) { feed(data.constData(), data.size()); }
    ContentFigures finish();

private:
    void closeBlock();

    ContentFigures m_figures;
    QCryptographicHash m_sha{QCryptographicHash::Sha256};
    QByteArray m_knownSha256;
    qint64 m_inBlock = 0; // bytes of the current block so far
    bool m_blockErased = true;
    bool m_blockZero = true;
};
