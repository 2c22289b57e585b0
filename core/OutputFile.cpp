// SPDX-License-Identifier: Unlicense
#include "OutputFile.h"

#include "DumpError.h"
#include "DumpTarget.h"
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
{
}

OutputFile::~OutputFile()
{
    if (m_file.isOpen())
        m_file.close();
}

void OutputFile::fail(const QString &what, bool writing) const
{
    // A full disk shows as ENOSPC (ResourceError) or as a short write with no
    // error at all; asking the filesystem is what tells them apart.
    const QStorageInfo storage(QFileInfo(m_partialPath).absolutePath());
    const bool full = writing
                      && (m_file.error() == QFileDevice::ResourceError
                          || (storage.isValid() && storage.bytesAvailable() < kNearlyFull));
    DumpError e;
    e.code = full ? ErrorCode::DiskFull : ErrorCode::OutputError;
    e.detail = QStringLiteral("%1 %2: %3").arg(what, m_partialPath, m_file.errorString());
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
            e.detail = QStringLiteral("another dump is writing %1").arg(m_partialPath);
            throw DumpException(e);
        }
        fail(QStringLiteral("cannot create"));
    }
    m_hash.reset();
    m_written = 0;
}

void OutputFile::resume(qint64 keepBytes)
{
    m_file.setFileName(m_partialPath);
    if (!m_file.open(QIODevice::ReadWrite))
        fail(QStringLiteral("cannot reopen"));
    if (m_file.size() < keepBytes)
        keepBytes = m_file.size();
    if (!m_file.resize(keepBytes))
        fail(QStringLiteral("cannot trim"));
    m_hash.reset();
    if (!m_file.seek(0))
        fail(QStringLiteral("cannot read back"));
    QByteArray chunk;
    qint64 left = keepBytes;
    while (left > 0) {
        chunk = m_file.read(std::min<qint64>(left, 1 << 20));
        if (chunk.isEmpty())
            fail(QStringLiteral("cannot read back"));
        m_hash.addData(chunk);
        left -= chunk.size();
    }
    if (!m_file.seek(keepBytes))
        fail(QStringLiteral("cannot seek"));
    m_written = keepBytes;
}

void OutputFile::write(const char *data, qint64 size)
{
    if (m_file.write(data, size) != size)
        fail(QStringLiteral("cannot write"), true);
    m_hash.addData(QByteArrayView(data, size));
    m_written += size;
}

QByteArray OutputFile::readBack(qint64 offset, qint64 n)
{
    flush();
    if (!m_file.seek(offset))
        fail(QStringLiteral("cannot read back"));
    const QByteArray bytes = m_file.read(n);
    if (bytes.size() != n || !m_file.seek(m_written))
        fail(QStringLiteral("cannot read back"));
    return bytes;
}

void OutputFile::rehash()
{
    flush();
    QFile again(m_partialPath);
    if (!again.open(QIODevice::ReadOnly))
        fail(QStringLiteral("cannot read back"));
    m_hash.reset();
    if (!m_hash.addData(&again))
        fail(QStringLiteral("cannot read back"));
}

void OutputFile::flush()
{
    if (m_file.isOpen() && !m_file.flush())
        fail(QStringLiteral("cannot flush"), true);
}

void OutputFile::sync()
{
    flush();
    QString why;
    bool full = false;
    if (!Platform::syncToDisk(m_file.handle(), &why, &full)) {
        DumpError e;
        e.code = full ? ErrorCode::DiskFull : ErrorCode::OutputError;
        e.detail = QStringLiteral("cannot sync %1: %2").arg(m_partialPath, why);
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
        e.detail = QStringLiteral("%1 exists; the dump stays in %2").arg(path, m_partialPath);
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
        e.detail = QStringLiteral("cannot rename %1 to %2: %3")
                       .arg(m_partialPath, path, QString::fromStdString(ec.message()));
        throw DumpException(e);
    }
}

void OutputFile::discard()
{
    if (m_file.isOpen())
        m_file.close();
    QFile::remove(m_partialPath);
}
