// SPDX-License-Identifier: Unlicense
// What the dump history tests share: requests, phones and results written
// out in full, and a raw SQLite connection of the test's own.
#pragma once

#include "DumpTypes.h"

#include <QDir>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStringList>
#include <QVariant>

namespace historytest {
const QByteArray kMeId = QByteArray::fromHex("3a7f0011223344556677889900aabbcc");

inline DumpRequest requestFor(const QString &file, quint64 start = 0, quint64 length = 0x40000)
{
    DumpRequest r;
    r.port = QStringLiteral("auto");
    r.outputPath = file;
    r.start = start;
    r.length = length;
    r.blockSize = 4096;
    r.verify = true;
    return r;
}

inline PhoneInfo phone(const QByteArray &meId = kMeId)
{
    PhoneInfo p;
    p.chipCode = 0x6261;
    p.hwVersion = 0xCB01;
    p.swVersion = 0x0001;
    p.subCode = 0x8000;
    p.bromVersion = 5;
    p.meId = meId;
    return p;
}

inline DumpResult doneResult(const QString &file, const QByteArray &meId = kMeId)
{
    DumpResult r;
    r.path = file;
    r.port = QStringLiteral("/dev/ttyACM0");
    r.phone = phone(meId);
    r.start = 0;
    r.length = 0x40000;
    r.sha256 = QByteArray(32, '\xab');
    r.seconds = 1.5;
    r.retries = 2;
    r.verified = true;
    return r;
}

inline DumpError error(Mt::ErrorCode code)
{
    DumpError e;
    e.code = code;
    e.detail = QStringLiteral("test detail");
    e.port = QStringLiteral("/dev/ttyACM1");
    return e;
}

// A raw connection of the test's own, to look at or lock the file.
class RawConnection
{
public:
    explicit RawConnection(const QString &file, const QString &name = QStringLiteral("test-raw")) : m_name(name)
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        db.setDatabaseName(file);
        m_ok = db.open();
    }
    ~RawConnection() { QSqlDatabase::removeDatabase(m_name); }
    bool ok() const { return m_ok; }
    QSqlDatabase db() const { return QSqlDatabase::database(m_name, false); }
    QVariant one(const QString &sql) const
    {
        QSqlQuery q(db());
        return q.exec(sql) && q.next() ? q.value(0) : QVariant();
    }
    bool exec(const QString &sql) const { return QSqlQuery(db()).exec(sql); }

private:
    QString m_name;
    bool m_ok = false;
};

inline QStringList filesLike(const QString &dir, const QString &pattern)
{
    return QDir(dir).entryList({pattern}, QDir::Files);
}
} // namespace historytest
