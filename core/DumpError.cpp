// SPDX-License-Identifier: Unlicense
#include "DumpError.h"

#include <QMetaEnum>

QString Mt::errorCodeName(ErrorCode code)
{
    return QString::fromLatin1(QMetaEnum::fromType<ErrorCode>().valueToKey(int(code)));
}

QString DumpError::technicalSummary() const
{
    QString s = Mt::errorCodeName(code);
    if (!detail.isEmpty())
        s += QStringLiteral(": ") + detail;
    if (!expected.isEmpty()) {
        s += QStringLiteral(" (expected %1, received %2)")
                 .arg(QString::fromLatin1(expected.toHex(' ')),
                      received.isEmpty() ? QStringLiteral("nothing")
                                         : QString::fromLatin1(received.toHex(' ')));
    } else if (!received.isEmpty()) {
        s += QStringLiteral(" (last bytes received: %1)").arg(QString::fromLatin1(received.toHex(' ')));
    }
    if (offset >= 0)
        s += QStringLiteral(" at flash offset 0x%1").arg(offset, 8, 16, QLatin1Char('0'));
    if (!port.isEmpty())
        s += QStringLiteral(" on %1").arg(port);
    return s;
}

void throwDumpError(Mt::ErrorCode code, const QString &detail, const QByteArray &expected,
                    const QByteArray &received, qint64 offset)
{
    DumpError e;
    e.code = code;
    e.detail = detail;
    e.expected = expected;
    e.received = received;
    e.offset = offset;
    throw DumpException(std::move(e));
}
