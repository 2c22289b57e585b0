// SPDX-License-Identifier: Unlicense
// The dump history: every attempt of this program, kept in an SQLite file in
// the application data folder, so a phone brought back weeks later can be
// found by its ME ID. A front end calls begin() when a dump starts and
// finish() when it ends. One object per thread (a Qt SQL connection belongs
// to the thread that made it); several objects, threads and processes may
// share one file.
//
// Nothing here ever stops a dump: a damaged, locked or unwritable file is
// said once through problem(), set aside or waited for, and at worst
// recording is off for the session.
#pragma once

#include "HistoryFilter.h"
#include "HistoryRecord.h"

#include <QElapsedTimer>
#include <QHash>
#include <QObject>
#include <QSet>
#include <QSqlDatabase>
#include <chrono>
#include <memory>

class QSqlError;
class QSqlQuery;

class DumpHistory : public QObject
{
    Q_OBJECT
public:
    using Program = HistoryRecord::Program;

    explicit DumpHistory(Program program, const QString &file = defaultFile(), QObject *parent = nullptr);
    ~DumpHistory() override;

    // MTREADER_HISTORY_FILE when set, else history.sqlite in the
    // application data folder.
    static QString defaultFile();
    static constexpr const char *kFileEnvVar = "MTREADER_HISTORY_FILE";

    QString file() const { return m_file; }
    // False once recording is off for this session.
    bool isRecording() const { return m_state != State::Off; }
    // How long a write waits for another program's write to end. Set before
    // the first call that touches the file.
    void setBusyTimeout(std::chrono::milliseconds timeout) { m_busyTimeout = timeout; }

    // The dump starts: returns the attempt's handle for the calls below; 0
    // when recording is off. port is the system location, when known yet.
    qint64 begin(const DumpRequest &request, const QString &port = {});
    // The phone answered (DumpEvents::Identified): kept at once, so an
    // attempt cut short by a crash still names its phone.
    void identified(qint64 attempt, const PhoneInfo &phone);
    // Firmware, flash size or report, when another part learns them; empty
    // fields leave what is there.
    void addDetails(qint64 attempt, const HistoryDetails &details);
    void finish(qint64 attempt, const DumpResult &result);
    void finish(qint64 attempt, const DumpResult &partial, const DumpError &error);

    // Newest first.
    QList<HistoryRecord> query(const HistoryFilter &filter = {});
    // "This phone was dumped before": its last attempts, newest first.
    QList<HistoryRecord> lastAttemptsOf(const QString &meIdHex, int limit = 5);
    // The newest attempt into each file that failed or was cancelled and
    // left FILE.part to continue; a file whose newest attempt is another
    // (done, or still running) is not listed.
    QList<HistoryRecord> continuable(int limit = 100);

signals:
    // A sentence for the user, said at most once per kind of trouble.
    void problem(const QString &sentence);
    // An attempt was begun, changed or finished by this object.
    void changed();

private:
    enum class State { Closed, Open, Off };
    enum class Trouble { None, Busy, Damaged, Unwritable, Newer, NoDriver };
    struct Attempt
    {
        HistoryRecord record;
        QElapsedTimer clock;
        bool dirty = true; // memory has what the file has not
        bool finished = false;
    };

    bool ensureOpen();
    Trouble openFile();
    Trouble openFileOnce();
    void closeFile();
    Trouble recover(Trouble trouble, const QSqlError &error);
    QString setAside();
    bool write(Attempt &attempt);
    void flush();
    // After a change in memory: into the file, and said.
    void changedNow();
    static Trouble troubleOf(const QSqlError &error);
    void tellOnce(Trouble trouble, const QString &sentence);
    void turnOff(const QString &why);

    Program m_program;
    QString m_file;
    QString m_connection;
    std::chrono::milliseconds m_busyTimeout{2000};
    State m_state = State::Closed;
    QSqlDatabase m_db;
    std::unique_ptr<QSqlQuery> m_insert;
    std::unique_ptr<QSqlQuery> m_update;
    QHash<qint64, Attempt> m_attempts; // begun this session and not yet finished in the file
    qint64 m_nextHandle = 1;
    QSet<int> m_told; // the kinds of Trouble already said
};
