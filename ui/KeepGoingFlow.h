// SPDX-License-Identifier: Unlicense
// Keep going, for a stack of phones: after each phone (dumped, failed, or
// the one just dumped back again) wait until it has gone, then say the next
// one may come. It keeps what happened to each phone since the window
// opened, and knows the phone just dumped, so it is not dumped twice.
#pragma once

#include "DumpTypes.h"

#include <QDateTime>
#include <QObject>
#include <QTimer>
#include <functional>
#include <optional>

class KeepGoingFlow : public QObject
{
    Q_OBJECT
public:
    struct Outcome
    {
        QDateTime when;
        bool ok = false;
        QString port;
        QByteArray meId;
        QString file;    // the dump, or the partial dump kept
        QString summary; // "4.00 MiB, SHA-256 1a2b…" or what went wrong, in words
    };

    // portPresent: whether a port is there now (cheap: a cached list or a stat()).
    explicit KeepGoingFlow(std::function<bool(const QString &)> portPresent, QObject *parent = nullptr);

    // After a phone: count it, then wait for its port to go away.
    void afterDump(const DumpResult &result, const QString &summary);
    void afterFailure(const QString &port, const QByteArray &meId, const QString &file, const QString &summary);
    // The phone just dumped came back: not counted, only waited out.
    void afterSamePhone(const QString &port);
    void stop();

    // Waiting for the phone just done to be unplugged.
    bool isWaitingForUnplug() const { return m_timer.isActive(); }
    // The last dump, shown while the next phone is awaited.
    const std::optional<DumpResult> &previous() const { return m_previous; }
    void forgetPrevious() { m_previous.reset(); }
    // The ME ID a next dump should not dump again: the last phone dumped,
    // for a while after it was done; empty otherwise.
    QByteArray recentlyDumped() const;

    int dumped() const { return m_dumped; }
    int failed() const { return m_failed; }
    const QList<Outcome> &outcomes() const { return m_outcomes; }

    // After a phone is done, its ME ID counts as "just dumped" this long: a
    // phone reset with the boot key held is back in seconds.
    static constexpr std::chrono::seconds kSamePhoneWindow{120};

signals:
    // The phone just done is gone: the next dump may start.
    void readyForNextPhone();
    void outcomesChanged();

private:
    void waitForGone(const QString &port);
    void check();

    std::function<bool(const QString &)> m_portPresent;
    QTimer m_timer;
    QString m_port;
    std::optional<DumpResult> m_previous;
    QByteArray m_lastMeId;
    QDateTime m_lastDoneAt;
    QList<Outcome> m_outcomes;
    int m_dumped = 0;
    int m_failed = 0;
};
