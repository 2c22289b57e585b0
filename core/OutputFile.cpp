// SPDX-License-Identifier: Unlicense
#include "OutputFile.h"

#include "DumpError.h"
#include "DumpTarget.h"
#include "Isolate.h"
#include "Platform.h"

#include <QFileInfo>
#include <QStorageInfo>
#include <filesystem>
#include <system_error>

using Mt::ErrorCode;

namespace {
// Less room than one large block: the write failed because the disk is full.
constexpr qint64 kNearlyFull = 1024 * 1024;
} // namespace

OutputFile::OutputFile(QString targetPath)
    : m_targetPath(std::move(targetPath)), m_partialPath(DumpTarget(m_targetPath).partialPath())
{}

OutputFile::~OutputFile()
{
    if (m_file.isOpen())
        m_file.close();
}

void OutputFile::fail(const QString &sentence, bool writing) const
{
    // A full disk shows as ENOSPC (ResourceError) or as a short write with no
    // error at all; asking the filesystem is what tells them apart.
    const QStorageInfo storage(QFileInfo(m_partialPath).absolutePath());
    const bool full = writing
        && (m_file.error() == QFileDevice::ResourceError
            || (storage.isValid() && storage.bytesAvailable() < kNearlyFull));
    DumpError e;
    e.code = full ? ErrorCode::DiskFull : ErrorCode::OutputError;
    e.detail = sentence.arg(Isolate::value(m_partialPath), m_file.errorString());
    throw DumpException(e);
}

void OutputFile::create()
{
    m_file.setFileName(m_partialPath);
    // NewOnly: a partial file that appeared while we waited for the phone
    // belongs to another dump of the same name; never write into it.
    if (!m_file.open(QIODevice::WriteOnly | QIODevice::NewOnly)) {
        if (QFileInfo::exists(m_partialPath)) {
            DumpError e;
            e.code = ErrorCode::OutputExists;
            e.detail = tr("Another dump is writing %1.").arg(Isolate::value(m_partialPath));
            throw DumpException(e);
        }
        fail(tr("Cannot create %1: %2."));
    }
    m_hash.reset();
    m_written = 0;
}

void OutputFile::resume(qint64 keepBytes)
{
    m_file.setFileName(m_partialPath);
    if (!m_file.open(QIODevice::ReadWrite))
        fail(tr("Cannot reopen %1: %2."));
    if (m_file.size() < keepBytes)
        keepBytes = m_file.size();
    if (!m_file.resize(keepBytes))
        fail(tr("Cannot cut %1 back to its verified part: %2."));
    m_hash.reset();
    if (!m_file.seek(0))
        fail(tr("Cannot read back %1: %2."));
    QByteArray chunk;
    qint64 left = keepBytes;
    while (left > 0) {
        chunk = m_file.read(std::min<qint64>(left, 1 << 20));
        if (chunk.isEmpty())
            fail(tr("Cannot read back %1: %2."));
        m_hash.addData(chunk);
        left -= chunk.size();
    }
    if (!m_file.seek(keepBytes))
        fail(tr("Cannot seek in %1: %2."));
    m_written = keepBytes;
}

void OutputFile::write(const char *data, qint64 size)
{
    if (m_file.write(data, size) != size)
        fail(tr("Cannot write to %1: %2."), true);
    m_hash.addData(QByteArrayView(data, size));
    m_written += size;
}

QByteArray OutputFile::readBack(qint64 offset, qint64 n)
{
    flush();
    if (!m_file.seek(offset))
        fail(tr("Cannot read back %1: %2."));
    const QByteArray bytes = m_file.read(n);
    if (bytes.size() != n || !m_file.seek(m_written))
        fail(tr("Cannot read back %1: %2."));
    return bytes;
}

void OutputFile::rehash()
{
    flush();
    QFile again(m_partialPath);
    if (!again.open(QIODevice::ReadOnly))
        fail(tr("Cannot read back %1: %2."));
    m_hash.reset();
    if (!m_hash.addData(&again))
        fail(tr("Cannot read back %1: %2."));
}

void OutputFile::flush()
{
    if (m_file.isOpen() && !m_file.flush())
        fail(tr("Cannot flush %1: %2."), true);
}

void OutputFile::sync()
{
    flush();
    QString why;
    bool full = false;
    if (!Platform::syncToDisk(m_file.handle(), &why, &full)) {
        DumpError e;
        e.code = full ? ErrorCode::DiskFull : ErrorCode::OutputError;
        e.detail = tr("Cannot sync %1 to the disk: %2.").arg(Isolate::value(m_partialPath), why);
        throw DumpException(e);
    }
}

void OutputFile::commit(bool overwrite)
{
    commitAs(m_targetPath, overwrite);
}

void OutputFile::commitAs(const QString &path, bool overwrite)
{
    sync();
    m_file.close();
    if (!overwrite && QFileInfo::exists(path)) {
        DumpError e;
        e.code = ErrorCode::OutputExists;
        e.detail = tr("%1 exists; the dump stays in %2.").arg(Isolate::value(path), Isolate::value(m_partialPath));
        throw DumpException(e);
    }
    // std::filesystem::rename replaces the target atomically (MoveFileEx with
    // REPLACE_EXISTING on Windows), which QFile::rename refuses to do.
    std::error_code ec;
    std::filesystem::rename(std::filesystem::path(m_partialPath.toStdU16String()),
                            std::filesystem::path(path.toStdU16String()), ec);
    if (ec) {
        DumpError e;
        e.code = ErrorCode::OutputError;
        e.detail = tr("Cannot rename %1 to %2: %3.")
                       .arg(Isolate::value(m_partialPath), Isolate::value(path), QString::fromStdString(ec.message()));
        throw DumpException(e);
    }
}

void OutputFile::discard()
{
    if (m_file.isOpen())
        m_file.close();
    QFile::remove(m_partialPath);
}
