// SPDX-License-Identifier: Unlicense
// Where dumped bytes go: a partial file next to the target, hashed as it is
// written, flushed to disk and renamed over the target only when complete.
// A failed dump never leaves anything under the target name.
#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFile>
#include <QString>

class OutputFile
{
    Q_DECLARE_TR_FUNCTIONS(OutputFile)

public:
    explicit OutputFile(QString targetPath);
    ~OutputFile(); // closes; never deletes a partial file with data in it

    // Starts a fresh partial file; refuses (OutputExists) if one appeared.
    void create();
    // Reopens an existing partial file, keeps its first keepBytes bytes
    // (the verified blocks), hashes them and appends after them.
    void resume(qint64 keepBytes);

    void write(const char *data, qint64 size);
    // n bytes already written, from offset; the write position is kept.
    QByteArray readBack(qint64 offset, qint64 n);
    qint64 bytesWritten() const { return m_written; }
    // Pushes buffered bytes to the file (not yet to stable storage).
    void flush();
    // Pushes them to stable storage too, so a checkpoint survives a crash.
    void sync();

    // Flushes to stable storage, closes and renames over the target.
    // overwrite=false refuses when the target appeared meanwhile.
    void commit(bool overwrite);
    // Renames the partial file to another final name (unverified dumps).
    void commitAs(const QString &path, bool overwrite);
    void discard();

    QByteArray sha256() const { return m_hash.result(); }
    // After bytes were corrected in place: the hash again, from the file.
    void rehash();
    QString partialPath() const { return m_partialPath; }
    QString targetPath() const { return m_targetPath; }

private:
    // sentence: %1 takes the partial file, %2 the file's own error. writing:
    // the failure came from writing data, so a full disk may be why.
    [[noreturn]] void fail(const QString &sentence, bool writing = false) const;

    QString m_targetPath;
    QString m_partialPath;
    QFile m_file;
    QCryptographicHash m_hash{QCryptographicHash::Sha256};
    qint64 m_written = 0;
};
