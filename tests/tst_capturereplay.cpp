// SPDX-License-Identifier: Unlicense
// Our one real-hardware conformance test: the host bytes of a USB capture of
// FlashTool and a real MT6261, fed to the virtual phone, must give back the
// phone's bytes exactly, transfer by transfer, with the same timing shape.
#include "virtual/VirtualPhone.h"

#include <QFile>
#include <QtTest>

using namespace std::chrono;
using Clock = VirtualPhone::Clock;

namespace {

struct Line
{
    int number = 0;     // in the transcript, for failure messages
    microseconds at{0}; // since the capture started
    bool hostToDevice = false;
    QByteArray bytes;
};

QList<Line> loadCapture(QString *error)
{
    QFile file(QStringLiteral(MTREADER_SOURCE_DIR "/tests/data/mt6261-brom-session.txt"));
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text)) {
        *error = file.errorString();
        return {};
    }
    QList<Line> lines;
    int number = 0;
    while (!file.atEnd()) {
        ++number;
        const QByteArray text = file.readLine().trimmed();
        if (text.isEmpty() || text.startsWith('#'))
            continue;
        const QList<QByteArray> parts = text.split(' ');
        if (parts.size() < 3 || (parts[1] != "H>D" && parts[1] != "D>H")) {
            *error = QStringLiteral("line %1 is not \"ms dir hex...\"").arg(number);
            return {};
        }
        Line l;
        l.number = number;
        l.at = microseconds(qint64(parts[0].toDouble() * 1000.0 + 0.5));
        l.hostToDevice = parts[1] == "H>D";
        for (int i = 2; i < parts.size(); ++i)
            l.bytes += QByteArray::fromHex(parts[i]);
        lines.append(l);
    }
    return lines;
}

// FlashTool sent its first byte 253 ms after the port appeared (docs/protocol.md).
constexpr auto kFirstByteAfterPlugIn = milliseconds(253);
const Clock::time_point kBase = Clock::time_point(hours(1));

} // namespace

class TstCaptureReplay : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void replayMatchesCapture();
    void timingShape();

private:
    QList<Line> m_lines;
};

void TstCaptureReplay::initTestCase()
{
    QString error;
    m_lines = loadCapture(&error);
    QVERIFY2(!m_lines.isEmpty(), qPrintable(error));
    QVERIFY(m_lines.constFirst().hostToDevice);
}

void TstCaptureReplay::replayMatchesCapture()
{
    const auto plugIn = kBase + m_lines.constFirst().at - kFirstByteAfterPlugIn;
    VirtualPhone phone(VirtualPhoneConfig::mt6261(), plugIn); // instant link
    QList<QByteArray> answered;                               // sent by the phone, not yet matched
    int matched = 0;
    for (const Line &l : std::as_const(m_lines)) {
        const auto at = kBase + l.at;
        if (l.hostToDevice) {
            phone.hostWrite(l.bytes, at);
            QByteArray t;
            while (phone.takeTransfer(at, t))
                answered.append(t);
            continue;
        }
        // Each phone transfer must already exist when the capture shows it.
        QVERIFY2(!answered.isEmpty(),
                 qPrintable(QStringLiteral("line %1: the capture's phone sent %2, the virtual phone nothing")
                                .arg(l.number)
                                .arg(QString::fromLatin1(l.bytes.toHex(' ')))));
        const QByteArray got = answered.takeFirst();
        QVERIFY2(got == l.bytes,
                 qPrintable(QStringLiteral("line %1: expected %2, got %3")
                                .arg(l.number)
                                .arg(QString::fromLatin1(l.bytes.toHex(' ')), QString::fromLatin1(got.toHex(' ')))));
        ++matched;
    }
    QVERIFY2(answered.isEmpty(),
             qPrintable(QStringLiteral("%1 extra transfers, first %2")
                            .arg(answered.size())
                            .arg(QString::fromLatin1(answered.value(0).toHex(' ')))));
    QVERIFY(!phone.isGone());
    QVERIFY(phone.handshakeDone());
    QVERIFY(phone.watchdogDisabled());
    QCOMPARE(phone.remapMode(), 2u);
    qInfo("%d phone transfers matched", matched);
}

void TstCaptureReplay::timingShape()
{
    // The capture's timestamps are taken at the host controller: a field
    // counts as arrived when the host sees it completed, and the first answer
    // follows about 1 ms later (often within the same frame). Half a
    // millisecond each way gives that round trip.
    VirtualPhoneConfig config = VirtualPhoneConfig::mt6261();
    config.link = LinkModel::realistic();
    config.link.latency = microseconds(500);
    const auto plugIn = kBase + m_lines.constFirst().at - kFirstByteAfterPlugIn;
    VirtualPhone phone(config, plugIn);
    // All host writes go in up front, each at its own time; the model plays
    // them in time order.
    for (const Line &l : std::as_const(m_lines)) {
        if (l.hostToDevice)
            phone.hostWrite(l.bytes, kBase + l.at);
    }
    QList<Clock::time_point> arrivals;
    QByteArray t;
    const auto end = kBase + m_lines.constLast().at + milliseconds(100);
    for (auto next = phone.nextEventTime(); next && *next <= end; next = phone.nextEventTime()) {
        while (phone.takeTransfer(*next, t))
            arrivals.append(*next);
    }
    constexpr auto kTolerance = microseconds(1200);
    int checked = 0;
    int answerIndex = 0;
    for (int i = 0; i < m_lines.size(); ++i) {
        const Line &l = m_lines.at(i);
        if (!l.hostToDevice) {
            ++answerIndex;
            continue;
        }
        if (i + 1 >= m_lines.size() || m_lines.at(i + 1).hostToDevice)
            continue;
        const Line &answer = m_lines.at(i + 1);
        QVERIFY2(answerIndex < arrivals.size(), qPrintable(QStringLiteral("line %1: no answer").arg(answer.number)));
        const auto modelDelay = duration_cast<microseconds>(arrivals.at(answerIndex) - (kBase + l.at));
        const auto captureDelay = answer.at - l.at;
        QVERIFY2(
            modelDelay >= microseconds(900) && modelDelay <= microseconds(1200),
            qPrintable(QStringLiteral("line %1: model answered after %2 us").arg(l.number).arg(modelDelay.count())));
        QVERIFY2(abs(modelDelay - captureDelay) <= kTolerance,
                 qPrintable(QStringLiteral("line %1: capture %2 us, model %3 us")
                                .arg(answer.number)
                                .arg(captureDelay.count())
                                .arg(modelDelay.count())));
        ++checked;
    }
    QVERIFY(checked > 100);
}

QTEST_GUILESS_MAIN(TstCaptureReplay)
#include "tst_capturereplay.moc"
