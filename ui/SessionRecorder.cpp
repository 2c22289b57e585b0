// SPDX-License-Identifier: Unlicense
#include "SessionRecorder.h"

#include "UiText.h"

#include <QDir>
#include <QLocale>

SessionRecorder::SessionRecorder(DumpHistory::Program program, QObject *parent)
    : QObject(parent), m_history(new DumpHistory(program, DumpHistory::defaultFile(), this))
{
    connect(m_history, &DumpHistory::problem, this, &SessionRecorder::problem);
}

void SessionRecorder::begin(const DumpRequest &request)
{
    m_attempt = m_history->begin(request);
}

void SessionRecorder::identified(const PhoneInfo &phone)
{
    m_history->identified(m_attempt, phone);
}

void SessionRecorder::finished(const DumpResult &result)
{
    m_history->finish(m_attempt, result);
    m_attempt = 0;
}

void SessionRecorder::failed(const DumpResult &partial, const DumpError &error)
{
    m_history->finish(m_attempt, partial, error);
    m_attempt = 0;
}

QString SessionRecorder::previouslyDumped(const QByteArray &meId)
{
    if (meId.isEmpty())
        return {};
    const QList<HistoryRecord> last = m_history->lastAttemptsOf(QString::fromLatin1(meId.toHex()), 10);
    for (const HistoryRecord &r : last) {
        if (r.id == m_attempt || r.result != HistoryRecord::Result::Done)
            continue;
        const QString when = QLocale().toString(r.endedAt.toLocalTime(), QLocale::ShortFormat);
        return tr("This phone was dumped before: %1, to %2.")
            .arg(when, UiText::leftToRight(QDir::toNativeSeparators(r.file)));
    }
    return {};
}

QList<UnfinishedDump> SessionRecorder::unfinished(const QStringList &folders)
{
    return UnfinishedDumps::find(m_history->continuable(20), folders);
}
