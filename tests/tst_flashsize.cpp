// SPDX-License-Identifier: Unlicense
// Finding the flash size by wrap-around (docs/protocol.md §5.6) from a
// scripted reader over a flash in memory: the sizes phones have, a flash
// too small to wrap past 1 MiB, starts that are blank, repetitive or partly
// erased, a flash that never repeats, a phone that stops answering; and the
// size as the report keeps it.
#include "identity/FlashSize.h"
#include "virtual/FlashImage.h"

#include <QJsonDocument>
#include <QLocale>
#include <QtTest>

using Method = FlashSize::Method;
using Mt::ErrorCode;

Q_DECLARE_METATYPE(FlashSize::Method)

namespace {
constexpr qint64 kKiB = 1024;
constexpr qint64 kMiB = 1024 * 1024;

// A phone's flash as the probe reads it, counting what was asked for.
struct ScriptedFlash
{
    QByteArray flash;
    bool wraps = true;   // else past the end reads erased
    int failOnRead = -1; // the read (from 0) that throws instead
    ErrorCode failure = ErrorCode::Timeout;
    int reads = 0;
    qint64 bytesRead = 0;
    quint64 highestEnd = 0;

    QByteArray read(quint32 address, quint32 size)
    {
        if (reads++ == failOnRead)
            throwDumpError(failure, QStringLiteral("no answer to READ32 at 0x%1").arg(address, 0, 16));
        bytesRead += size;
        highestEnd = std::max<quint64>(highestEnd, quint64(address) + size);
        QByteArray out;
        for (quint64 at = address; at < quint64(address) + size; ++at) {
            const bool inside = at < quint64(flash.size());
            out += inside || wraps ? flash.at(qsizetype(at % quint64(flash.size()))) : '\xFF';
        }
        return out;
    }
    FlashSize probe()
    {
        return FlashSizeProbe([this](quint32 a, quint32 n) { return read(a, n); }).run();
    }
};

QByteArray image(qint64 size, quint64 seed = 1, const FlashImage::Options &options = {})
{
    return FlashImage::generate(size, seed, options);
}
} // namespace

class TstFlashSize : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void probe_data();
    void probe();
    void probeFailed_data();
    void probeFailed();
    void disconnectAndCancelGoOn_data();
    void disconnectAndCancelGoOn();
    void distinctive_data();
    void distinctive();
    void json();
    void hostileJson_data();
    void hostileJson();
};

void TstFlashSize::initTestCase()
{
    QLocale::setDefault(QLocale::c());
}

void TstFlashSize::probe_data()
{
    QTest::addColumn<QByteArray>("flash");
    QTest::addColumn<bool>("wraps");
    QTest::addColumn<Method>("method");
    QTest::addColumn<quint64>("bytes");
    QTest::addColumn<int>("samples");
    FlashImage::Options blank;
    blank.blank = true;
    FlashImage::Options repetitive;
    repetitive.repetitiveStart = true;
    QByteArray partlyErased = image(4 * kMiB);
    partlyErased.replace(0, 0xC0000, QByteArray(0xC0000, '\xFF')); // only the sample at 0xF0000 is left
    QByteArray zeroStart = image(4 * kMiB);
    zeroStart.replace(0, kMiB, QByteArray(kMiB, '\0'));
    // A few KiB of code repeated over the first 2 MiB: the samples read the
    // same again at 1 MiB and at every size below it, which is no wrap.
    const auto repeating = [](qsizetype unit) {
        QByteArray flash = image(4 * kMiB);
        flash.replace(0, 2 * kMiB, flash.mid(0x20000, unit).repeated(2 * kMiB / unit));
        return flash;
    };

    QTest::newRow("4 MiB") << image(4 * kMiB, 3) << true << Method::WrapAround << quint64(4 * kMiB) << 3;
    QTest::newRow("8 MiB") << image(8 * kMiB, 1) << true << Method::WrapAround << quint64(8 * kMiB) << 3;
    QTest::newRow("16 MiB") << image(16 * kMiB, 2) << true << Method::WrapAround << quint64(16 * kMiB) << 3;
    QTest::newRow("2 MiB") << image(2 * kMiB) << true << Method::WrapAround << quint64(2 * kMiB) << 3;
    QTest::newRow("1 MiB") << image(kMiB) << true << Method::WrapAround << quint64(kMiB) << 3;
    // Below 1 MiB: the match at 1 MiB is looked at again further down.
    QTest::newRow("256 KiB") << image(256 * kKiB, 7) << true << Method::WrapAround << quint64(256 * kKiB) << 3;
    // 0x800 is the erased gap after the boot header, and the samples from
    // 0x30000 on read 0 again: 0x3000 and 0xC000 are left.
    QTest::newRow("64 KiB") << image(64 * kKiB) << true << Method::WrapAround << quint64(64 * kKiB) << 2;
    QTest::newRow("blank") << image(4 * kMiB, 1, blank) << true << Method::BlankStart << quint64(0) << 0;
    QTest::newRow("first MiB zero") << zeroStart << true << Method::BlankStart << quint64(0) << 0;
    // Everything up to 0x40000 repeats and 0xF0000 is erased: 0x70000 and
    // 0xB0000, in the firmware, are left.
    QTest::newRow("repetitive start") << image(4 * kMiB, 1, repetitive) << true << Method::WrapAround
                                      << quint64(4 * kMiB) << 2;
    QTest::newRow("4 KiB repeated over 2 MiB") << repeating(0x1000) << true << Method::BlankStart << quint64(0) << 0;
    QTest::newRow("32 KiB repeated over 2 MiB") << repeating(0x8000) << true << Method::BlankStart << quint64(0) << 0;
    QTest::newRow("partly erased start") << partlyErased << true << Method::WrapAround << quint64(4 * kMiB) << 1;
    // All 8 but the erased 0x800 and 0xB0000 are compared.
    QTest::newRow("reads erased past the end") << image(4 * kMiB) << false << Method::NoWrap << quint64(0) << 6;
}

void TstFlashSize::probe()
{
    QFETCH(QByteArray, flash);
    QFETCH(bool, wraps);
    QFETCH(Method, method);
    QFETCH(quint64, bytes);
    QFETCH(int, samples);
    ScriptedFlash phone{flash, wraps};
    const FlashSize size = phone.probe();
    QCOMPARE(size.method, method);
    QCOMPARE(size.bytes, bytes);
    QCOMPARE(size.fingerprints, samples);
    QCOMPARE(size.known(), method == Method::WrapAround);
    QVERIFY(!size.detail.isEmpty());
    // A few sample blocks, never a dump: 8 of 256 bytes, then up to 3 at
    // each candidate size.
    QVERIFY2(phone.bytesRead <= 10 * kKiB, qPrintable(QString::number(phone.bytesRead)));
    // Inside 3-byte SPI addressing and the first MiB after it.
    QVERIFY(phone.highestEnd <= quint64(17 * kMiB));
}

void TstFlashSize::probeFailed_data()
{
    QTest::addColumn<int>("failOnRead");
    QTest::newRow("a sample block") << 2;
    QTest::newRow("a comparison") << 9;
}

void TstFlashSize::probeFailed()
{
    QFETCH(int, failOnRead);
    ScriptedFlash phone{image(4 * kMiB)};
    phone.failOnRead = failOnRead;
    const FlashSize size = phone.probe();
    QCOMPARE(size.method, Method::ProbeFailed);
    QCOMPARE(size.bytes, quint64(0));
    QCOMPARE(size.fingerprints, 0);
    QVERIFY2(size.detail.contains(QLatin1String("no answer to READ32")), qPrintable(size.detail));
    QCOMPARE(phone.reads, failOnRead + 1); // nothing more asked once it failed
}

void TstFlashSize::disconnectAndCancelGoOn_data()
{
    QTest::addColumn<ErrorCode>("code");
    QTest::newRow("cable pulled") << ErrorCode::Disconnected;
    QTest::newRow("cancelled") << ErrorCode::Cancelled;
}

// The dump stops for these; the probe does not turn them into a size.
void TstFlashSize::disconnectAndCancelGoOn()
{
    QFETCH(ErrorCode, code);
    ScriptedFlash phone{image(4 * kMiB)};
    phone.failOnRead = 9;
    phone.failure = code;
    try {
        phone.probe();
        QFAIL("the probe returned");
    } catch (const DumpException &e) {
        QCOMPARE(e.error().code, code);
    }
}

void TstFlashSize::distinctive_data()
{
    QTest::addColumn<QByteArray>("block");
    QTest::addColumn<bool>("distinctive");
    QByteArray counting(256, '\0');
    for (int i = 0; i < 256; ++i)
        counting[i] = char(i);
    QTest::newRow("nothing") << QByteArray() << false;
    QTest::newRow("erased") << QByteArray(256, '\xFF') << false;
    QTest::newRow("zero") << QByteArray(256, '\0') << false;
    QTest::newRow("two bytes repeated") << QByteArray("\x12\x34").repeated(128) << false;
    QTest::newRow("16 bytes repeated") << counting.left(16).repeated(16) << false;
    QTest::newRow("17 bytes repeated") << counting.left(17).repeated(16) << true;
    QTest::newRow("0 to 255") << counting << true;
    QTest::newRow("erased but one byte") << QByteArray(255, '\xFF') + '\0' << true;
}

void TstFlashSize::distinctive()
{
    QFETCH(QByteArray, block);
    QFETCH(bool, distinctive);
    QCOMPARE(FlashSizeProbe::isDistinctive(block), distinctive);
}

void TstFlashSize::json()
{
    FlashSize found;
    found.method = Method::WrapAround;
    found.bytes = 8 * kMiB;
    found.fingerprints = 3;
    found.detail = QStringLiteral("3 sample blocks read again at 0x800000 matched.");
    const QJsonObject o = found.toJson();
    QCOMPARE(QJsonDocument(o).toJson(QJsonDocument::Compact),
             QByteArray("{\"bytes\":8388608,\"detail\":\"3 sample blocks read again at 0x800000 matched.\","
                        "\"method\":\"wrap-around\",\"samples\":3}"));
    const FlashSize back = FlashSize::fromJson(o);
    QCOMPARE(back.method, Method::WrapAround);
    QCOMPARE(back.bytes, quint64(8 * kMiB));
    QCOMPARE(back.fingerprints, 3);
    QCOMPARE(back.detail, found.detail);
    QCOMPARE(found.describe(),
             QStringLiteral("Found from the phone: the flash repeats after 8.00 MiB (3 sample "
                            "blocks matched)."));
    // An unknown size has no bytes field.
    QCOMPARE(QJsonDocument(FlashSize{}.toJson()).toJson(QJsonDocument::Compact),
             QByteArray("{\"method\":\"not-probed\",\"samples\":0}"));
    const QList<QPair<Method, const char *>> names{{Method::NotProbed, "not-probed"},
                                                   {Method::WrapAround, "wrap-around"},
                                                   {Method::NoWrap, "no-wrap"},
                                                   {Method::BlankStart, "blank-start"},
                                                   {Method::ProbeFailed, "probe-failed"}};
    for (const auto &[method, name] : names) {
        QCOMPARE(FlashSize::methodName(method), QLatin1String(name));
        FlashSize s;
        s.method = method;
        QCOMPARE(FlashSize::fromJson(s.toJson()).method, method);
        QVERIFY(!s.describe().isEmpty());
        QCOMPARE(s.known(), false); // no bytes
    }
}

void TstFlashSize::hostileJson_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<Method>("method");
    QTest::addColumn<quint64>("bytes");
    QTest::newRow("unknown method") << QByteArray("{\"method\":\"guess\",\"bytes\":4194304}") << Method::NotProbed
                                    << quint64(4 * kMiB);
    QTest::newRow("negative size") << QByteArray("{\"method\":\"wrap-around\",\"bytes\":-4194304}")
                                   << Method::WrapAround << quint64(0);
    QTest::newRow("size beyond any integer")
        << QByteArray("{\"method\":\"wrap-around\",\"bytes\":1e30}") << Method::WrapAround << quint64(0);
    QTest::newRow("size past what a double holds exactly")
        << QByteArray("{\"method\":\"wrap-around\",\"bytes\":1.8e19}") << Method::WrapAround << quint64(0);
    QTest::newRow("size beyond 2^64") << QByteArray("{\"method\":\"wrap-around\",\"bytes\":18446744073709551616}")
                                      << Method::WrapAround << quint64(0);
    QTest::newRow("size as text") << QByteArray("{\"method\":\"wrap-around\",\"bytes\":\"4 MiB\"}")
                                  << Method::WrapAround << quint64(0);
    QTest::newRow("method as a number") << QByteArray("{\"method\":1,\"bytes\":65536}") << Method::NotProbed
                                        << quint64(65536);
}

// A report is a file anyone can edit: what it says is read, never trusted
// to be in range.
void TstFlashSize::hostileJson()
{
    QFETCH(QByteArray, json);
    QFETCH(Method, method);
    QFETCH(quint64, bytes);
    const FlashSize s = FlashSize::fromJson(QJsonDocument::fromJson(json).object());
    QCOMPARE(s.method, method);
    QCOMPARE(s.bytes, bytes);
}

QTEST_GUILESS_MAIN(TstFlashSize)
#include "tst_flashsize.moc"
