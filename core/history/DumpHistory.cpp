// SPDX-License-Identifier: Unlicense
// Opening the file (WAL, a busy timeout, the schema), writing attempts and
// what to do when the file is in the way. Every attempt of the session is
// kept in memory until the file has it, so a file that was locked, or had to
// be replaced, still gets it whole.
#include "DumpHistory.h"

#include "HistorySchema.h"
#include "HistorySql.h"
#include "Isolate.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QThread>
#include <atomic>

Q_LOGGING_CATEGORY(lcHistory, "mtreader.core.history", QtWarningMsg)

namespace {
// SQLite's primary result codes (sqlite3.h), which Qt SQL reports as the
// native error code; the low byte is the primary code of an extended one.
constexpr int kSqliteBusy = 5;
constexpr int kSqliteLocked = 6;
constexpr int kSqliteCorrupt = 11;
constexpr int kSqliteFull = 13;
constexpr int kSqliteNotADatabase = 26;

std::atomic<quint64> g_connections{0};

int primaryCode(const QSqlError &error)
{
    bool ok = false;
    const int code = error.nativeErrorCode().toInt(&ok);
    return ok ? (code & 0xff) : -1;
}

bool exec(QSqlDatabase &db, const QString &sql, QSqlError *error)
{
    QSqlQuery q(db);
    if (q.exec(sql))
        return true;
    *error = q.lastError();
    return false;
}
} // namespace

DumpHistory::DumpHistory(Program program, const QString &file, QObject *parent)
    : QObject(parent),
      m_program(program),
      m_file(QFileInfo(file).absoluteFilePath()),
      m_connection(QStringLiteral("mtreader-history-%1").arg(++g_connections))
{}

DumpHistory::~DumpHistory()
{
    flush(); // a last chance for what waited for a lock
    closeFile();
    if (QSqlDatabase::contains(m_connection))
        QSqlDatabase::removeDatabase(m_connection);
}

QString DumpHistory::defaultFile()
{
    const QString fromEnv = qEnvironmentVariable(kFileEnvVar);
    if (!fromEnv.isEmpty())
        return fromEnv;
    // The window's folder whichever program asks, so the command line and
    // the window keep one history. Called from main() before any thread.
    const QString org = QCoreApplication::organizationName();
    const QString app = QCoreApplication::applicationName();
    QCoreApplication::setOrganizationName(QStringLiteral("MTreader"));
    QCoreApplication::setApplicationName(QStringLiteral("MTreader"));
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    QCoreApplication::setOrganizationName(org);
    QCoreApplication::setApplicationName(app);
    return folder + QStringLiteral("/history.sqlite");
}

DumpHistory::Trouble DumpHistory::troubleOf(const QSqlError &error)
{
    switch (primaryCode(error)) {
    case kSqliteBusy:
    case kSqliteLocked:
    case kSqliteFull: // a full disk passes; the file itself is fine
        return Trouble::Busy;
    case kSqliteCorrupt:
    case kSqliteNotADatabase: return Trouble::Damaged;
    default: return Trouble::Unwritable;
    }
}

DumpHistory::Trouble DumpHistory::openFile()
{
    // SQLite answers busy at once, without waiting out its busy timeout,
    // where waiting could deadlock: programs making the same new file, one
    // turning it to WAL while another opens it. Such a moment passes, so
    // the file is called busy only when it stays so for the whole timeout.
    QElapsedTimer clock;
    clock.start();
    for (;;) {
        const Trouble trouble = openFileOnce();
        if (trouble != Trouble::Busy || std::chrono::milliseconds(clock.elapsed()) >= m_busyTimeout)
            return trouble;
        QThread::msleep(20);
    }
}

DumpHistory::Trouble DumpHistory::openFileOnce()
{
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QSQLITE")))
        return Trouble::NoDriver;
    QDir().mkpath(QFileInfo(m_file).absolutePath());
    m_db = QSqlDatabase::contains(m_connection) ? QSqlDatabase::database(m_connection, false)
                                                : QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connection);
    m_db.setDatabaseName(m_file);
    m_db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(m_busyTimeout.count()));
    QSqlError error;
    if (!m_db.open()) {
        error = m_db.lastError();
    } else if (exec(m_db, QStringLiteral("PRAGMA journal_mode = WAL"), &error)
               // WAL needs no sync per commit for a consistent file: a power
               // cut may lose the last attempts, never the file. A sync per
               // commit would cost milliseconds on a shop's old disk.
               && exec(m_db, QStringLiteral("PRAGMA synchronous = NORMAL"), &error)) {
        const HistorySchema::Outcome schema = HistorySchema::migrate(m_db);
        if (!schema.ok && schema.foundVersion > HistorySchema::kVersion)
            return Trouble::Newer;
        error = schema.error;
        if (schema.ok) {
            m_insert = std::make_unique<QSqlQuery>(m_db);
            m_update = std::make_unique<QSqlQuery>(m_db);
            if (m_insert->prepare(HistorySql::insertStatement()) && m_update->prepare(HistorySql::updateStatement()))
                return Trouble::None;
            error = m_insert->lastError().isValid() ? m_insert->lastError() : m_update->lastError();
        }
    }
    qCInfo(lcHistory).noquote() << "cannot open" << m_file << ":" << error.text() << error.nativeErrorCode();
    // A file that opens may still be garbage: SQLite reads it on first use.
    const Trouble trouble = troubleOf(error);
    closeFile();
    return trouble;
}

void DumpHistory::closeFile()
{
    m_insert.reset();
    m_update.reset();
    if (m_db.isValid())
        m_db.close();
    m_db = QSqlDatabase(); // no handle left, so removeDatabase() finds it unused
    if (m_state == State::Open)
        m_state = State::Closed;
}

bool DumpHistory::ensureOpen()
{
    if (m_state == State::Open)
        return true;
    if (m_state == State::Off)
        return false;
    const Trouble trouble = openFile();
    if (trouble == Trouble::None) {
        m_state = State::Open;
        return true;
    }
    return recover(trouble, QSqlError()) == Trouble::None;
}

QString DumpHistory::setAside()
{
    if (!QFileInfo::exists(m_file))
        return QString();
    const QFileInfo info(m_file);
    const QString stamp = QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    const QString kept = info.absolutePath() + QLatin1Char('/') + info.completeBaseName()
        + QStringLiteral(".damaged-%1.").arg(stamp) + info.suffix();
    if (!QFile::rename(m_file, kept))
        return QString();
    // Left beside a new file of the same name, SQLite would apply the old
    // write-ahead log to it.
    for (const char *companion : {"-wal", "-shm"}) {
        const QString from = m_file + QLatin1String(companion);
        if (QFileInfo::exists(from) && !QFile::rename(from, kept + QLatin1String(companion)))
            QFile::remove(from);
    }
    return kept;
}

DumpHistory::Trouble DumpHistory::recover(Trouble trouble, const QSqlError &error)
{
    closeFile();
    if (!error.text().isEmpty())
        qCInfo(lcHistory).noquote() << m_file << ":" << error.text() << error.nativeErrorCode();
    switch (trouble) {
    case Trouble::None: return trouble;
    case Trouble::Busy:
        tellOnce(trouble,
                 tr("The dump history %1 is in use by another program, so the last dump is kept in memory "
                    "and recorded as soon as the file is free again. Dumps go on as usual.")
                     .arg(Isolate::value(QDir::toNativeSeparators(m_file))));
        return trouble;
    case Trouble::Newer:
        turnOff(tr("The dump history %1 was written by a newer version of MTreader, so this version does not "
                   "record in it. Dumps go on as usual; use the newer version to see the history.")
                    .arg(Isolate::value(QDir::toNativeSeparators(m_file))));
        return trouble;
    case Trouble::NoDriver:
        turnOff(tr("The dump history cannot be kept: the SQLite driver of Qt (package libqt6sql6-sqlite) is "
                   "missing. Dumps go on as usual but are not recorded in this session."));
        return trouble;
    case Trouble::Damaged:
    case Trouble::Unwritable: break;
    }
    const QString kept = setAside();
    if (openFile() != Trouble::None) {
        turnOff(tr("The dump history could not be written in %1, so dumps are not recorded in this session. "
                   "Dumps go on as usual; check that the folder exists and may be written to.")
                    .arg(Isolate::value(QDir::toNativeSeparators(QFileInfo(m_file).absolutePath()))));
        return Trouble::Unwritable;
    }
    m_state = State::Open;
    if (!kept.isEmpty())
        tellOnce(trouble,
                 trouble == Trouble::Damaged
                     ? tr("The dump history file was damaged. It is kept as %1 and a new history is started "
                          "in %2. Dumps go on as usual.")
                           .arg(Isolate::value(QDir::toNativeSeparators(kept)),
                                Isolate::value(QDir::toNativeSeparators(m_file)))
                     : tr("The dump history file could not be written. It is kept as %1 and a new history "
                          "is started in %2. Dumps go on as usual.")
                           .arg(Isolate::value(QDir::toNativeSeparators(kept)),
                                Isolate::value(QDir::toNativeSeparators(m_file))));
    // Rows of this session in the old file are written to the new one.
    for (Attempt &a : m_attempts) {
        a.record.id = 0;
        a.dirty = true;
    }
    return Trouble::None;
}

void DumpHistory::tellOnce(Trouble trouble, const QString &sentence)
{
    if (m_told.contains(int(trouble)))
        return;
    m_told.insert(int(trouble));
    qCInfo(lcHistory).noquote() << sentence;
    emit problem(sentence);
}

void DumpHistory::turnOff(const QString &why)
{
    closeFile();
    m_state = State::Off;
    m_attempts.clear();
    // Said once whatever led here: the sentence says recording is off.
    tellOnce(Trouble::Unwritable, why);
}

bool DumpHistory::write(Attempt &a)
{
    for (int tries = 0; tries < 2; ++tries) {
        if (!ensureOpen())
            return false;
        // An UPDATE that finds no row (the file was replaced) becomes an INSERT.
        QSqlQuery &q = a.record.id > 0 ? *m_update : *m_insert;
        HistorySql::bind(q, a.record);
        if (q.exec() && (a.record.id == 0 || q.numRowsAffected() > 0)) {
            if (a.record.id == 0)
                a.record.id = q.lastInsertId().toLongLong();
            q.finish();
            a.dirty = false;
            return true;
        }
        if (a.record.id > 0 && !q.lastError().isValid()) {
            a.record.id = 0;
            continue;
        }
        const QSqlError error = q.lastError();
        if (recover(troubleOf(error), error) != Trouble::None)
            return false;
    }
    return false;
}

void DumpHistory::flush()
{
    for (auto it = m_attempts.begin(); it != m_attempts.end();) {
        if (it->dirty && !write(*it))
            return; // the file is still in the way: try again next time
        it = it->finished ? m_attempts.erase(it) : std::next(it);
    }
}

void DumpHistory::changedNow()
{
    flush();
    emit changed();
}

qint64 DumpHistory::begin(const DumpRequest &request, const QString &port)
{
    if (m_state == State::Off)
        return 0;
    const qint64 handle = m_nextHandle++;
    Attempt &a = m_attempts[handle];
    a.record = HistoryRecord::fromRequest(request, m_program, port);
    a.clock.start();
    changedNow();
    return m_state == State::Off ? 0 : handle;
}

void DumpHistory::identified(qint64 attempt, const PhoneInfo &phone)
{
    const auto it = m_attempts.find(attempt);
    if (it == m_attempts.end())
        return;
    it->record.phone = phone;
    it->dirty = true;
    changedNow();
}

void DumpHistory::addDetails(qint64 attempt, const HistoryDetails &details)
{
    const auto it = m_attempts.find(attempt);
    if (it == m_attempts.end())
        return;
    HistoryDetails &d = it->record.details;
    if (!details.firmwareVersion.isEmpty())
        d.firmwareVersion = details.firmwareVersion;
    if (!details.firmwarePlatform.isEmpty())
        d.firmwarePlatform = details.firmwarePlatform;
    if (details.flashSize)
        d.flashSize = details.flashSize;
    if (!details.reportPath.isEmpty())
        d.reportPath = details.reportPath;
    it->dirty = true;
    changedNow();
}

void DumpHistory::finish(qint64 attempt, const DumpResult &result)
{
    finish(attempt, result, DumpError{});
}

void DumpHistory::finish(qint64 attempt, const DumpResult &partial, const DumpError &error)
{
    const auto it = m_attempts.find(attempt);
    if (it == m_attempts.end())
        return;
    it->record.finishWith(partial, error);
    it->record.durationMs = it->clock.elapsed();
    it->dirty = true;
    it->finished = true;
    changedNow();
}

QList<HistoryRecord> DumpHistory::query(const HistoryFilter &filter)
{
    QList<HistoryRecord> found;
    if (!ensureOpen())
        return found;
    QVariantMap values;
    QSqlQuery q(m_db);
    q.setForwardOnly(true); // rows are read once; no copy of the whole result
    if (q.prepare(HistorySql::selectStatement(filter, values))) {
        for (auto v = values.cbegin(); v != values.cend(); ++v)
            q.bindValue(v.key(), v.value());
        if (q.exec()) {
            while (q.next())
                found << HistorySql::fromRow(q);
            if (!q.lastError().isValid())
                return found;
        }
    }
    const QSqlError error = q.lastError();
    q = QSqlQuery();
    recover(troubleOf(error), error);
    return {};
}

QList<HistoryRecord> DumpHistory::lastAttemptsOf(const QString &meIdHex, int limit)
{
    const auto me = HistoryFilter::normalizedMeId(meIdHex);
    if (!me || me->isEmpty())
        return {};
    HistoryFilter f;
    f.meId = *me;
    f.limit = limit;
    return query(f);
}

QList<HistoryRecord> DumpHistory::continuable(int limit)
{
    // A partial dump older than this many attempts is long forgotten.
    HistoryFilter recent;
    recent.limit = 5000;
    QList<HistoryRecord> found;
    QSet<QString> seen;
    for (const HistoryRecord &r : query(recent)) {
        if (r.file.isEmpty() || seen.contains(r.file))
            continue;
        seen.insert(r.file);
        if (r.canContinue())
            found << r;
        if (limit > 0 && found.size() >= limit)
            break;
    }
    return found;
}
