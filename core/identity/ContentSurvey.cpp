// SPDX-License-Identifier: Unlicense
#include "ContentSurvey.h"

#include <algorithm>
#include <zlib.h>

namespace {
constexpr char kLetters[] = {'E', 'Z', 'D'}; // in the order of Block
} // namespace

QByteArray ContentFigures::blockLetters() const
{
    QByteArray out;
    out.reserve(blocks.size());
    for (Block b : blocks)
        out.append(kLetters[int(b)]);
    return out;
}

QVector<ContentFigures::Block> ContentFigures::fromLetters(const QByteArray &letters)
{
    QVector<Block> out;
    out.reserve(letters.size());
    for (char c : letters)
        out.append(c == 'E' ? Block::Erased : c == 'Z' ? Block::Zero : Block::Data);
    return out;
}

ContentSurvey::ContentSurvey(const QByteArray &sha256) : m_knownSha256(sha256) {}

void ContentSurvey::feed(const char *data, qint64 size)
{
    if (size <= 0)
        return;
    if (m_knownSha256.isEmpty())
        m_sha.addData(QByteArrayView(data, size));
    // zlib takes at most 4 GiB at once: a chunk is far smaller.
    m_figures.crc32 = quint32(::crc32(uLong(m_figures.crc32), reinterpret_cast<const Bytef *>(data), uInt(size)));
    m_figures.bytes += quint64(size);
    const auto *p = reinterpret_cast<const quint8 *>(data);
    qint64 at = 0;
    while (at < size) {
        const qint64 take = std::min(size - at, ContentFigures::kBlockSize - m_inBlock);
        const quint8 *b = p + at;
        const auto erased = quint64(std::count(b, b + take, quint8(0xFF)));
        const auto zero = quint64(std::count(b, b + take, quint8(0x00)));
        m_figures.erasedBytes += erased;
        m_figures.zeroBytes += zero;
        m_blockErased = m_blockErased && erased == quint64(take);
        m_blockZero = m_blockZero && zero == quint64(take);
        m_inBlock += take;
        at += take;
        if (m_inBlock == ContentFigures::kBlockSize)
            closeBlock();
    }
}

void ContentSurvey::closeBlock()
{
    using Block = ContentFigures::Block;
    m_figures.blocks.append(m_blockErased ? Block::Erased : m_blockZero ? Block::Zero : Block::Data);
    m_inBlock = 0;
    m_blockErased = true;
    m_blockZero = true;
}

ContentFigures ContentSurvey::finish()
{
    if (m_inBlock > 0)
        closeBlock();
    m_figures.sha256 = m_knownSha256.isEmpty() ? m_sha.result() : m_knownSha256;
    return m_figures;
}
