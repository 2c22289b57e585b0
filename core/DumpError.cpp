// SPDX-License-Identifier: Unlicense
#include "DumpError.h"

#include "Isolate.h"

#include <QCoreApplication>
#include <QMetaEnum>
#include <QStringList>

QString Mt::errorCodeName(ErrorCode code)
{
    return QString::fromLatin1(QMetaEnum::fromType<ErrorCode>().valueToKey(int(code)));
}

QString DumpError::technicalSummary() const
{
    // One sentence per fact, each whole for the translators; the code's own
    // name stays as it is, for it is what a bug report is searched for.
    const auto bytes = [](const QByteArray &b) { return Isolate::value(QString::fromLatin1(b.toHex(' '))); };
    QStringList facts;
    if (!detail.isEmpty())
        facts << detail;
    if (!expected.isEmpty()) {
        facts << (received.isEmpty()
                      ? QCoreApplication::translate("DumpError", "Expected %1, received nothing.").arg(bytes(expected))
                      : QCoreApplication::translate("DumpError", "Expected %1, received %2.")
                            .arg(bytes(expected), bytes(received)));
    } else if (!received.isEmpty()) {
        facts << QCoreApplication::translate("DumpError", "Last bytes received: %1.").arg(bytes(received));
    }
    if (offset >= 0)
        facts << QCoreApplication::translate("DumpError", "At flash offset %1.").arg(Isolate::hex(offset, 8));
    if (!port.isEmpty())
        facts << QCoreApplication::translate("DumpError", "On the port %1.").arg(Isolate::value(port));
    const QString name = Mt::errorCodeName(code);
    return facts.isEmpty() ? name : name + QStringLiteral(": ") + facts.join(QLatin1Char(' '));
}

void throwDumpError(Mt::ErrorCode code, const QString &detail, const QByteArray &expected, const QByteArray &received,
                    qint64 offset)
{
    DumpError e;
    e.code = code;
    e.detail = detail;
    e.expected = expected;
    e.received = received;
    e.offset = offset;
    throw DumpException(std::move(e));
}
