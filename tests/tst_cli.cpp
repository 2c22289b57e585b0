// SPDX-License-Identifier: Unlicense
// mtreader-cli as a user runs it: the built binary in a QProcess, its
// arguments, exit codes and files, and whole dumps from the virtual phone
// behind a real pseudo-terminal. No timing is asserted: the machine is shared.
#include "virtual/FlashImage.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

#ifdef Q_OS_UNIX
#include <csignal>
#endif

namespace {
// Safety nets only: a healthy run takes a fraction of these.
constexpr int kRunTimeoutMs = 120000;
constexpr int kPhoneStartTimeoutMs = 30000;
// The phone's flash for the dump tests: 256 KiB, our own seed.
constexpr qint64 kFlashSize = 0x40000;
constexpr quint64 kSeed = 42;

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

QString executable(const QString &dir, const QString &name)
{
    QString base = qEnvironmentVariable("MTREADER_BIN_DIR");
    if (base.isEmpty())
        base = QStringLiteral(MTREADER_BINARY_DIR "/app");
#ifdef Q_OS_WIN
    return base + QLatin1Char('/') + dir + QLatin1Char('/') + name + QStringLiteral(".exe");
#else
    return base + QLatin1Char('/') + dir + QLatin1Char('/') + name;
#endif
}

// The messages checked here are the English ones, whatever the machine's language.
QProcessEnvironment untranslated()
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C"));
    env.remove(QStringLiteral("LANGUAGE"));
    return env;
}

QByteArray fileSha256(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash h(QCryptographicHash::Sha256);
    h.addData(&f);
    return h.result().toHex();
}

// A virtual phone process; it goes away with the test.
class PhoneProcess
{
public:
    ~PhoneProcess()
    {
        if (m_process.state() != QProcess::NotRunning) {
            m_process.terminate();
            if (!m_process.waitForFinished(10000))
                m_process.kill();
            m_process.waitForFinished(10000);
        }
    }

    // Starts it and reads the "sha256 <hex>" line it prints first.
    bool start(const QString &program, const QStringList &args)
    {
        m_process.setProcessChannelMode(QProcess::SeparateChannels);
        m_process.start(program, args);
        if (!m_process.waitForStarted(kPhoneStartTimeoutMs))
            return false;
        while (!m_process.canReadLine()) {
            if (!m_process.waitForReadyRead(kPhoneStartTimeoutMs))
                return false;
        }
        const QByteArray line = m_process.readLine().trimmed();
        if (!line.startsWith("sha256 "))
            return false;
        m_sha256 = line.mid(7);
        return true;
    }

    QByteArray sha256() const { return m_sha256; }

private:
    QProcess m_process;
    QByteArray m_sha256;
};
} // namespace

class TstCli : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void usageErrors_data();
    void usageErrors();
    void acceptedForms_data();
    void acceptedForms();
    void usageErrorAsJson();
    void version();
    void helpListsExitCodes();
    void refusesExistingFile();
    void refusesAnUnwritableFolderFirst();
    void aFolderIsNoFile();
    void timeoutWithoutPhone();

    void wholeDump();
    void wholeFlashWithoutASize_data();
    void wholeFlashWithoutASize();
    void noReportIsABareCopy();
    void jsonDumpOverwritesWithForce();
    void unalignedRange();
    void depthAsAsked_data();
    void depthAsAsked();
    void cancelMidDump_data();
    void cancelMidDump();
    void cablePulledThenResume();
    void infoOfADump();

    void dumpsAreRecorded();
    void noHistoryRecordsNothing();
    void historyByMeIdAndDate();
    void historyBadArguments_data();
    void historyBadArguments();
    void corruptHistoryDoesNotStopADump();
    void fourProcessesRecordAtOnce();

private:
    Run runCli(const QStringList &args, int timeoutMs = kRunTimeoutMs);
    // Every run records into a history file of the test's own, never the user's.
    QProcessEnvironment cliEnvironment() const;
    QJsonArray historyJson(const QStringList &filter = {});
    // Starts a phone at m_link; QSKIPs the caller's test where there is none.
    bool startPhone(PhoneProcess &phone, const QStringList &extra);
    QString path(const QString &name) const { return m_dir->filePath(name); }

    QString m_cli;
    QString m_phone;
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_link;
    QString m_history;
};

void TstCli::initTestCase()
{
    m_cli = executable(QStringLiteral("cli"), QStringLiteral("mtreader-cli"));
    m_phone = executable(QStringLiteral("virtualphone"), QStringLiteral("mtreader-virtual-phone"));
    QVERIFY2(QFileInfo(m_cli).isExecutable(), qPrintable(m_cli));
}

void TstCli::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_link = path(QStringLiteral("vp0"));
    // In a folder of its own: some tests check that a failed dump leaves no file.
    m_history = path(QStringLiteral("history/history.sqlite"));
}

void TstCli::cleanup()
{
    m_dir.reset();
}

QProcessEnvironment TstCli::cliEnvironment() const
{
    QProcessEnvironment env = untranslated();
    env.insert(QStringLiteral("MTREADER_HISTORY_FILE"), m_history);
    return env;
}

Run TstCli::runCli(const QStringList &args, int timeoutMs)
{
    QProcess p;
    p.setProcessEnvironment(cliEnvironment());
    p.start(m_cli, args);
    Run r;
    if (!p.waitForStarted(kRunTimeoutMs) || !p.waitForFinished(timeoutMs)) {
        p.kill();
        p.waitForFinished();
        r.err = "mtreader-cli did not finish";
        return r;
    }
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    return r;
}

bool TstCli::startPhone(PhoneProcess &phone, const QStringList &extra)
{
    QStringList args{QStringLiteral("--link"),       m_link,
                     QStringLiteral("--plug-delay"), QStringLiteral("1"),
                     QStringLiteral("--size"),       QStringLiteral("0x%1").arg(kFlashSize, 0, 16),
                     QStringLiteral("--seed"),       QString::number(kSeed)};
    return phone.start(m_phone, args + extra);
}

// The virtual phone is built wherever there are ptys: missing there, the
// build is broken, and the test says so rather than skip.
#ifdef Q_OS_UNIX
#define REQUIRE_PHONE() QVERIFY2(QFileInfo(m_phone).isExecutable(), qPrintable(m_phone + QStringLiteral(" is missing")))
#else
#define REQUIRE_PHONE() QSKIP("mtreader-virtual-phone needs Unix ptys")
#endif

void TstCli::usageErrors_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("says");
    const QString P = QStringLiteral("%PORT%");
    const QString F = QStringLiteral("%FILE%");
    QTest::newRow("zero length") << QStringList{P, F, QStringLiteral("0"), QStringLiteral("0")} << "zero";
    QTest::newRow("bad start") << QStringList{P, F, QStringLiteral("0xZZ"), QStringLiteral("16")} << "not a number";
    QTest::newRow("bad length") << QStringList{P, F, QStringLiteral("0"), QStringLiteral("12q")} << "not a number";
    QTest::newRow("above the flash") << QStringList{P, F, QStringLiteral("0x10000000"), QStringLiteral("4")}
                                     << "--any-address";
    QTest::newRow("start past 4 GiB") << QStringList{P, F, QStringLiteral("0x100000000"), QStringLiteral("4")}
                                      << "4 GiB";
    QTest::newRow("range past 4 GiB") << QStringList{P, F, QStringLiteral("0xFFFFFF00"), QStringLiteral("0x200")}
                                      << "4 GiB";
    QTest::newRow("overflow") << QStringList{P, F, QStringLiteral("0"), QStringLiteral("99999999999999999999999")}
                              << "not a number";
    QTest::newRow("negative") << QStringList{P, F, QStringLiteral("0"), QStringLiteral("-5")} << "5";
    QTest::newRow("no arguments") << QStringList{} << "Missing arguments";
    QTest::newRow("three arguments") << QStringList{P, F, QStringLiteral("0")} << "Missing arguments";
    QTest::newRow("five arguments") << QStringList{P, F, QStringLiteral("0"), QStringLiteral("4"), QStringLiteral("x")}
                                    << "Too many";
    QTest::newRow("-bs not a multiple of 4")
        << QStringList{QStringLiteral("-bs"), QStringLiteral("1001"), P, F, QStringLiteral("0"), QStringLiteral("4")}
        << "multiple of 4";
    QTest::newRow("-bs too big") << QStringList{QStringLiteral("-bs"), QStringLiteral("0x200000"), P, F,
                                                QStringLiteral("0"),   QStringLiteral("4")}
                                 << "1 MiB";
    QTest::newRow("-bs zero") << QStringList{QStringLiteral("-bs"), QStringLiteral("0"), P, F,
                                             QStringLiteral("0"),   QStringLiteral("4")}
                              << "multiple of 4";
    QTest::newRow("--block-size text") << QStringList{QStringLiteral("--block-size"),
                                                      QStringLiteral("big"),
                                                      P,
                                                      F,
                                                      QStringLiteral("0"),
                                                      QStringLiteral("4")}
                                       << "not a number";
    QTest::newRow("-bs without value") << QStringList{P, F, QStringLiteral("0"), QStringLiteral("4"),
                                                      QStringLiteral("-bs")}
                                       << "bs";
    QTest::newRow("--pipeline 0") << QStringList{QStringLiteral("--pipeline"), QStringLiteral("0"), P, F,
                                                 QStringLiteral("0"),          QStringLiteral("4")}
                                  << "--pipeline";
    QTest::newRow("--pipeline vs --careful")
        << QStringList{QStringLiteral("--pipeline"), QStringLiteral("4"), QStringLiteral("--careful"), P, F,
                       QStringLiteral("0"),          QStringLiteral("4")}
        << "contradict";
    QTest::newRow("--timeout text") << QStringList{QStringLiteral("--timeout"), QStringLiteral("soon"), P, F,
                                                   QStringLiteral("0"),         QStringLiteral("4")}
                                    << "--timeout";
    QTest::newRow("--handshake-timeout 0") << QStringList{QStringLiteral("--handshake-timeout"),
                                                          QStringLiteral("0"),
                                                          P,
                                                          F,
                                                          QStringLiteral("0"),
                                                          QStringLiteral("4")}
                                           << "more than zero";
    QTest::newRow("unknown option") << QStringList{QStringLiteral("--bogus"), P, F, QStringLiteral("0"),
                                                   QStringLiteral("4")}
                                    << "bogus";
}

void TstCli::usageErrors()
{
    QFETCH(QStringList, args);
    QFETCH(QString, says);
    args.replaceInStrings(QStringLiteral("%PORT%"), path(QStringLiteral("no-such-port")));
    args.replaceInStrings(QStringLiteral("%FILE%"), path(QStringLiteral("out.bin")));
    const Run r = runCli(args);
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(QString::fromLocal8Bit(r.err).contains(says), r.err.constData());
    QVERIFY2(r.err.contains("--help"), r.err.constData());
    QVERIFY(r.out.isEmpty());
    QVERIFY(!QFileInfo::exists(path(QStringLiteral("out.bin"))));
}

void TstCli::acceptedForms_data()
{
    QTest::addColumn<QStringList>("args");
    const QString P = QStringLiteral("%PORT%");
    const QString F = QStringLiteral("%FILE%");
    QTest::newRow("decimal") << QStringList{P, F, QStringLiteral("0"), QStringLiteral("4194304")};
    QTest::newRow("hex") << QStringList{P, F, QStringLiteral("0x0"), QStringLiteral("0x400000")};
    QTest::newRow("upper-case hex") << QStringList{P, F, QStringLiteral("0X10"), QStringLiteral("0X1f")};
    QTest::newRow("unaligned") << QStringList{P, F, QStringLiteral("3"), QStringLiteral("1001")};
    QTest::newRow("up to 4 GiB, any address")
        << QStringList{QStringLiteral("--any-address"), P, F, QStringLiteral("0xFFFFFF00"), QStringLiteral("0x100")};
    QTest::newRow("whole flash: PORT FILE") << QStringList{P, F};
    QTest::newRow("a size with a unit") << QStringList{P, F, QStringLiteral("0"), QStringLiteral("4 MiB")};
    QTest::newRow("-bs decimal") << QStringList{QStringLiteral("-bs"), QStringLiteral("4096"), P, F,
                                                QStringLiteral("0"),   QStringLiteral("1024")};
    QTest::newRow("-bs hex") << QStringList{QStringLiteral("-bs"), QStringLiteral("0x1000"), P, F,
                                            QStringLiteral("0"),   QStringLiteral("1024")};
    QTest::newRow("-bs after the arguments") << QStringList{
        P, F, QStringLiteral("0"), QStringLiteral("1024"), QStringLiteral("-bs"), QStringLiteral("2048")};
    QTest::newRow("--block-size") << QStringList{
        QStringLiteral("--block-size"), QStringLiteral("4096"), P, F, QStringLiteral("0"), QStringLiteral("1024")};
    QTest::newRow("--block-size=hex") << QStringList{QStringLiteral("--block-size=0x400"), P, F, QStringLiteral("0"),
                                                     QStringLiteral("1024")};
    QTest::newRow("--careful") << QStringList{QStringLiteral("--careful"), P, F, QStringLiteral("0"),
                                              QStringLiteral("1024")};
    QTest::newRow("--conservative, the old name")
        << QStringList{QStringLiteral("--conservative"), P, F, QStringLiteral("0"), QStringLiteral("1024")};
    QTest::newRow("--pipeline 16") << QStringList{QStringLiteral("--pipeline"), QStringLiteral("16"),  P, F,
                                                  QStringLiteral("0"),          QStringLiteral("1024")};
    QTest::newRow("flags") << QStringList{QStringLiteral("--no-reset"),
                                          QStringLiteral("--verify"),
                                          QStringLiteral("--verbose"),
                                          QStringLiteral("--handshake-timeout"),
                                          QStringLiteral("2.5"),
                                          P,
                                          F,
                                          QStringLiteral("0"),
                                          QStringLiteral("1024")};
}

// Accepted arguments get as far as waiting for the phone, which never comes.
void TstCli::acceptedForms()
{
    QFETCH(QStringList, args);
    args.replaceInStrings(QStringLiteral("%PORT%"), path(QStringLiteral("no-such-port")));
    args.replaceInStrings(QStringLiteral("%FILE%"), path(QStringLiteral("out.bin")));
    const Run r = runCli(args << QStringLiteral("--timeout") << QStringLiteral("0.2"));
    QVERIFY2(r.exitCode == 3, r.err.constData());
    QVERIFY2(r.err.contains("Waiting for the phone on"), r.err.constData());
    QVERIFY(!QFileInfo::exists(path(QStringLiteral("out.bin"))));
}

void TstCli::usageErrorAsJson()
{
    const Run r = runCli({QStringLiteral("--json"), path(QStringLiteral("p")), path(QStringLiteral("f")),
                          QStringLiteral("0"), QStringLiteral("0")});
    QCOMPARE(r.exitCode, 2);
    const QJsonObject o = QJsonDocument::fromJson(r.out).object();
    QCOMPARE(o.value(QStringLiteral("error")).toString(), QStringLiteral("InvalidArgument"));
    QVERIFY(o.value(QStringLiteral("message")).toString().contains(QStringLiteral("zero")));
}

void TstCli::version()
{
    const Run r = runCli({QStringLiteral("--version")});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.out.trimmed(), QByteArray("mtreader-cli " MTREADER_VERSION));
}

void TstCli::helpListsExitCodes()
{
    const Run r = runCli({QStringLiteral("--help")});
    QCOMPARE(r.exitCode, 0);
    const QString help = QString::fromLocal8Bit(r.out);
    QVERIFY(help.contains(QStringLiteral("mtreader-cli [options]")));
    QVERIFY(help.contains(QStringLiteral("-bs, --block-size")));
    QVERIFY(help.contains(QStringLiteral("Exit codes")));
    for (const char *code : {"  0 ", "  2 ", "  3 ", "  4 ", "  5 ", "  6 ", "  130 "})
        QVERIFY2(help.contains(QLatin1String(code)), code);
}

void TstCli::refusesExistingFile()
{
    const QString out = path(QStringLiteral("out.bin"));
    QFile f(out);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("keep me");
    f.close();
    const Run r = runCli(
        {m_link, out, QStringLiteral("0"), QStringLiteral("0x400"), QStringLiteral("--timeout"), QStringLiteral("30")});
    QCOMPARE(r.exitCode, 6);
    QVERIFY2(r.err.contains("--force"), r.err.constData());
    // Refused before waiting for a phone, so it never asked for one.
    QVERIFY2(!r.err.contains("Waiting for the phone"), r.err.constData());
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll(), QByteArray("keep me"));
}

void TstCli::refusesAnUnwritableFolderFirst()
{
    // Not after the technician has done the boot-key routine: before waiting.
    const Run r = runCli({m_link, QStringLiteral("/proc/dump.bin"), QStringLiteral("--timeout"), QStringLiteral("30")});
    QCOMPARE(r.exitCode, 6);
    QVERIFY2(!r.err.contains("Waiting for the phone"), r.err.constData());
    QVERIFY2(r.err.contains("Cannot write in the folder /proc"), r.err.constData());
}

void TstCli::aFolderIsNoFile()
{
    const Run r = runCli({m_link, m_dir->path(), QStringLiteral("0"), QStringLiteral("16"), QStringLiteral("--timeout"),
                          QStringLiteral("30")});
    QCOMPARE(r.exitCode, 6);
    QVERIFY2(r.err.contains("is a folder"), r.err.constData());
    QVERIFY2(!r.err.contains("Waiting for the phone"), r.err.constData());
}

void TstCli::timeoutWithoutPhone()
{
    const QString out = path(QStringLiteral("out.bin"));
    const Run r = runCli({QStringLiteral("--json"), QStringLiteral("--timeout"), QStringLiteral("1"), m_link, out,
                          QStringLiteral("0"), QStringLiteral("0x400")});
    QCOMPARE(r.exitCode, 3);
    QVERIFY2(r.err.contains("Turn the phone off"), r.err.constData());
    const QJsonObject o = QJsonDocument::fromJson(r.out).object();
    QCOMPARE(o.value(QStringLiteral("error")).toString(), QStringLiteral("NoPhone"));
    QCOMPARE(o.value(QStringLiteral("exitCode")).toInt(), 3);
    QVERIFY(!o.value(QStringLiteral("message")).toString().isEmpty());
    QVERIFY(QDir(m_dir->path()).entryList(QDir::Files | QDir::NoDotAndDotDot).isEmpty());
}

void TstCli::wholeDump()
{
    REQUIRE_PHONE();
    PhoneProcess phone;
    QVERIFY(startPhone(phone, {QStringLiteral("--instant")}));
    const QString out = path(QStringLiteral("out.bin"));
    const Run r = runCli({m_link, out, QStringLiteral("0"), QStringLiteral("0x40000")});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QCOMPARE(fileSha256(out), phone.sha256());
    QCOMPARE(QFileInfo(out).size(), kFlashSize);
    // stdout is for scripts: the sha256sum line and nothing else.
    QCOMPARE(r.out, phone.sha256() + "  " + out.toLocal8Bit() + '\n');
    QVERIFY2(r.err.contains("Connected: MT6261"), r.err.constData());
    QVERIFY(!QFileInfo::exists(out + QStringLiteral(".part")));
}

void TstCli::wholeFlashWithoutASize_data()
{
    QTest::addColumn<qint64>("size");
    QTest::addColumn<quint64>("seed");
    QTest::newRow("4 MiB") << qint64(4 << 20) << quint64(21);
    QTest::newRow("8 MiB") << qint64(8 << 20) << quint64(22);
    QTest::newRow("16 MiB") << qint64(16 << 20) << quint64(23);
}

// PORT FILE and nothing else: the whole flash, its size found from the phone
// through the real QSerialPort, and a report that says what the image holds.
void TstCli::wholeFlashWithoutASize()
{
    REQUIRE_PHONE();
    QFETCH(qint64, size);
    QFETCH(quint64, seed);
    PhoneProcess phone;
    QVERIFY(startPhone(phone,
                       {QStringLiteral("--instant"), QStringLiteral("--size"), QString::number(size),
                        QStringLiteral("--seed"), QString::number(seed)}));
    const QString out = path(QStringLiteral("whole.bin"));
    const Run r = runCli({m_link, out}, 120000);
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QCOMPARE(QFileInfo(out).size(), size);
    QCOMPARE(fileSha256(out), phone.sha256());

    QFile file(out + QStringLiteral(".report.json"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QJsonObject report = QJsonDocument::fromJson(file.readAll()).object();
    const QJsonObject flashSize = report.value(QStringLiteral("flashSize")).toObject();
    QCOMPARE(flashSize.value(QStringLiteral("bytes")).toDouble(), double(size));
    QCOMPARE(flashSize.value(QStringLiteral("method")).toString(), QStringLiteral("wrap-around"));
    QVERIFY(report.value(QStringLiteral("range")).toObject().value(QStringLiteral("wholeFlash")).toBool());

    const FlashImage::Layout layout = FlashImage::describe(size, seed);
    const QJsonObject identity = report.value(QStringLiteral("identity")).toObject();
    const QJsonObject firmware = identity.value(QStringLiteral("firmware")).toObject();
    QCOMPARE(firmware.value(QStringLiteral("version")).toString(), QString::fromLatin1(layout.romInfo.projectId));
    QCOMPARE(firmware.value(QStringLiteral("platformId")).toString(), QString::fromLatin1(layout.romInfo.platformId));
    QCOMPARE(firmware.value(QStringLiteral("sfBoot")).toBool(), true);
    const QJsonArray files = firmware.value(QStringLiteral("files")).toArray();
    QCOMPARE(files.size(), 2);
    QCOMPARE(files.at(0).toObject().value(QStringLiteral("offset")).toDouble(), double(layout.bootLoader.offset));
    QCOMPARE(files.at(1).toObject().value(QStringLiteral("offset")).toDouble(), double(layout.maui.offset));
    QCOMPARE(files.at(1).toObject().value(QStringLiteral("length")).toDouble(), double(layout.maui.fileLength));
    const QJsonObject userData = identity.value(QStringLiteral("userData")).toObject();
    QCOMPARE(userData.value(QStringLiteral("offset")).toDouble(), double(layout.fsBegin));
    QCOMPARE(userData.value(QStringLiteral("length")).toDouble(), double(layout.fsLength));
    const QJsonObject chip = identity.value(QStringLiteral("flashChip")).toObject();
    QCOMPARE(chip.value(QStringLiteral("impliedSize")).toDouble(), double(size));
    QCOMPARE(identity.value(QStringLiteral("warnings")).toArray().size(), 0);
}

void TstCli::noReportIsABareCopy()
{
    REQUIRE_PHONE();
    PhoneProcess phone;
    QVERIFY(startPhone(phone, {QStringLiteral("--instant"), QStringLiteral("--size"), QStringLiteral("0x200000")}));
    const QString out = path(QStringLiteral("bare.bin"));
    const Run r = runCli({QStringLiteral("--no-report"), QStringLiteral("--verbose"), m_link, out, QStringLiteral("0"),
                          QStringLiteral("2 MiB")});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QCOMPARE(fileSha256(out), phone.sha256());
    QVERIFY(!QFileInfo::exists(out + QStringLiteral(".report.json")));
    // A range past the first MiB is probed for the flash size, unless asked not to look.
    QVERIFY2(!r.err.contains("finding the flash size"), r.err.constData());
    QVERIFY2(!r.err.contains("firmware"), r.err.constData());
}

void TstCli::jsonDumpOverwritesWithForce()
{
    REQUIRE_PHONE();
    PhoneProcess phone;
    QVERIFY(startPhone(phone, {QStringLiteral("--instant")}));
    const QString out = path(QStringLiteral("out.bin"));
    QFile old(out);
    QVERIFY(old.open(QIODevice::WriteOnly));
    old.write("an older dump");
    old.close();
    const Run r = runCli({QStringLiteral("--json"), QStringLiteral("--force"), QStringLiteral("--verify"),
                          QStringLiteral("-bs"), QStringLiteral("4096"), m_link, out, QStringLiteral("0"),
                          QStringLiteral("0x40000")});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QJsonParseError error;
    const QJsonObject o = QJsonDocument::fromJson(r.out, &error).object();
    QVERIFY2(error.error == QJsonParseError::NoError, r.out.constData());
    QCOMPARE(o.value(QStringLiteral("sha256")).toString().toLatin1(), phone.sha256());
    QCOMPARE(fileSha256(out), phone.sha256());
    QCOMPARE(o.value(QStringLiteral("chip")).toString(), QStringLiteral("MT6261"));
    QCOMPARE(o.value(QStringLiteral("hwVersion")).toString(), QStringLiteral("CB01"));
    QCOMPARE(o.value(QStringLiteral("swVersion")).toString(), QStringLiteral("0001"));
    QCOMPARE(o.value(QStringLiteral("subCode")).toString(), QStringLiteral("8000"));
    QCOMPARE(o.value(QStringLiteral("bromVersion")).toString(), QStringLiteral("05"));
    QCOMPARE(o.value(QStringLiteral("meId")).toString().size(), 32);
    QCOMPARE(o.value(QStringLiteral("port")).toString(), m_link);
    QCOMPARE(o.value(QStringLiteral("start")).toDouble(), 0.0);
    QCOMPARE(o.value(QStringLiteral("length")).toDouble(), double(kFlashSize));
    QCOMPARE(o.value(QStringLiteral("bytes")).toDouble(), double(kFlashSize));
    QCOMPARE(o.value(QStringLiteral("blockSize")).toDouble(), 4096.0);
    QCOMPARE(o.value(QStringLiteral("verified")).toBool(), true);
    QCOMPARE(o.value(QStringLiteral("resumed")).toBool(), false);
    QCOMPARE(o.value(QStringLiteral("resetSent")).toBool(), true);
    QCOMPARE(o.value(QStringLiteral("file")).toString(), QFileInfo(out).absoluteFilePath());
    QVERIFY(o.value(QStringLiteral("seconds")).toDouble() >= 0);
}

void TstCli::unalignedRange()
{
    REQUIRE_PHONE();
    PhoneProcess phone;
    QVERIFY(startPhone(phone, {QStringLiteral("--instant")}));
    const QByteArray image = FlashImage::generate(kFlashSize, kSeed);
    // Agreeing on the seed is what lets the test know the image.
    QCOMPARE(QCryptographicHash::hash(image, QCryptographicHash::Sha256).toHex(), phone.sha256());
    const QString out = path(QStringLiteral("slice.bin"));
    const Run r = runCli({QStringLiteral("--careful"), m_link, out, QStringLiteral("3"), QStringLiteral("1001")});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QFile f(out);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll(), image.mid(3, 1001));
}

void TstCli::depthAsAsked_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("says"); // the end of the log's one line on the link
    QTest::newRow("--pipeline 3") << QStringList{QStringLiteral("--pipeline"), QStringLiteral("3")}
                                  << QStringLiteral("; 3 READ32 in flight");
    QTest::newRow("--careful") << QStringList{QStringLiteral("--careful")} << QStringLiteral("; 1 READ32 in flight");
    QTest::newRow("sized to the link") << QStringList{} << QStringLiteral(" READ32 in flight");
}

void TstCli::depthAsAsked()
{
    REQUIRE_PHONE();
    QFETCH(QStringList, args);
    QFETCH(QString, says);
    PhoneProcess phone;
    QVERIFY(startPhone(phone, {QStringLiteral("--instant")}));
    const QString out = path(QStringLiteral("depth.bin"));
    const Run r = runCli(args << QStringLiteral("--verbose") << m_link << out << QStringLiteral("0")
                              << QStringLiteral("0x10000"));
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const QStringList link =
        QString::fromLocal8Bit(r.err).split(QLatin1Char('\n')).filter(QStringLiteral("link: round trip "));
    QCOMPARE(link.size(), 1);
    QVERIFY2(link.constFirst().trimmed().endsWith(says), qPrintable(link.constFirst()));
}

void TstCli::cancelMidDump_data()
{
    QTest::addColumn<bool>("interrupt");
#ifdef Q_OS_UNIX
    QTest::newRow("SIGINT (Ctrl-C)") << true;
#endif
    QTest::newRow("SIGTERM") << false;
}

void TstCli::cancelMidDump()
{
    REQUIRE_PHONE();
    QFETCH(bool, interrupt);
    PhoneProcess phone;
    // A slow link, so the dump is surely still running when the signal comes.
    QVERIFY(startPhone(phone, {QStringLiteral("--bandwidth"), QStringLiteral("20000")}));
    const QString out = path(QStringLiteral("out.bin"));
    QProcess cli;
    // waitForReadyRead() waits on the read channel; progress is on stderr.
    cli.setReadChannel(QProcess::StandardError);
    cli.setProcessEnvironment(cliEnvironment());
    cli.start(m_cli, {m_link, out, QStringLiteral("0"), QStringLiteral("0x40000")});
    QVERIFY(cli.waitForStarted(kRunTimeoutMs));
    QByteArray err;
    while (!err.contains("Reading   ")) { // the first progress line
        QVERIFY2(cli.waitForReadyRead(kRunTimeoutMs), err.constData());
        err += cli.readAllStandardError();
    }
    QCOMPARE(cli.state(), QProcess::Running);
#ifdef Q_OS_UNIX
    if (interrupt)
        ::kill(pid_t(cli.processId()), SIGINT);
    else
#endif
        cli.terminate();
    QVERIFY(cli.waitForFinished(kRunTimeoutMs));
    err += cli.readAllStandardError();
    QCOMPARE(cli.exitStatus(), QProcess::NormalExit);
    QVERIFY2(cli.exitCode() == 130, err.constData());
    QVERIFY(!QFileInfo::exists(out));
    QVERIFY2(err.contains("cancelled"), err.constData());
}

void TstCli::cablePulledThenResume()
{
    REQUIRE_PHONE();
    const QString out = path(QStringLiteral("out.bin"));
    QByteArray expected;
    {
        PhoneProcess phone;
        QVERIFY(startPhone(
            phone, {QStringLiteral("--instant"), QStringLiteral("--fault"), QStringLiteral("cable-pulled@0x20000")}));
        expected = phone.sha256();
        const Run r = runCli({m_link, out, QStringLiteral("0"), QStringLiteral("0x40000")});
        QVERIFY2(r.exitCode == 5, r.err.constData());
        QVERIFY(!QFileInfo::exists(out));
        QVERIFY(QFileInfo::exists(out + QStringLiteral(".part")));
        QVERIFY2(r.err.contains("--resume"), r.err.constData());
        QVERIFY2(r.err.contains(out.toLocal8Bit()), r.err.constData());
    }
    // What the message says to do, done: the same phone again, with --resume.
    PhoneProcess phone;
    QVERIFY(startPhone(phone, {QStringLiteral("--instant")}));
    const Run r = runCli({QStringLiteral("--json"), QStringLiteral("--resume"), m_link, out, QStringLiteral("0"),
                          QStringLiteral("0x40000")});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QCOMPARE(fileSha256(out), expected);
    QCOMPARE(QJsonDocument::fromJson(r.out).object().value(QStringLiteral("resumed")).toBool(), true);
    QVERIFY(!QFileInfo::exists(out + QStringLiteral(".part")));
}

QJsonArray TstCli::historyJson(const QStringList &filter)
{
    const Run r = runCli(QStringList{QStringLiteral("history"), QStringLiteral("--json")} + filter);
    if (r.exitCode != 0)
        qWarning().noquote() << r.err;
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(r.out, &error);
    if (error.error != QJsonParseError::NoError || !doc.isArray())
        qWarning().noquote() << "not a JSON array:" << r.out;
    return doc.array();
}

// mtreader-cli info: what a file holds, from its bytes and the report
// beside it (docs/report.md), whose values are not trusted to be in range.
void TstCli::infoOfADump()
{
    const QString dump = path(QStringLiteral("d.bin"));
    QFile f(dump);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(FlashImage::generate(0x400000, 3));
    f.close();
    const auto info = [this](const QStringList &args) {
        const Run r = runCli(QStringList{QStringLiteral("info")} + args + QStringList{QStringLiteral("--json")});
        return r.exitCode == 0 ? QJsonDocument::fromJson(r.out).object() : QJsonObject();
    };
    QJsonObject o = info({dump});
    QCOMPARE(o.value(QStringLiteral("file")).toString(), QFileInfo(dump).absoluteFilePath());
    QCOMPARE(o.value(QStringLiteral("report")).toBool(true), false);
    QVERIFY(!o.contains(QStringLiteral("phone")));
    QCOMPARE(o.value(QStringLiteral("flashSize")).toObject().value(QStringLiteral("method")).toString(),
             QStringLiteral("not-probed"));
    QCOMPARE(o.value(QStringLiteral("firmware")).toObject().value(QStringLiteral("version")).toString(),
             QStringLiteral("MTREADER.VIRTUAL.V1.0.3"));
    QCOMPARE(o.value(QStringLiteral("flashChip")).toObject().value(QStringLiteral("vendor")).toString(),
             QStringLiteral("GigaDevice"));
    const auto firstFile = [](const QJsonObject &about) {
        return about.value(QStringLiteral("firmware"))
            .toObject()
            .value(QStringLiteral("files"))
            .toArray()
            .at(0)
            .toObject()
            .value(QStringLiteral("offset"))
            .toDouble();
    };
    QCOMPARE(firstFile(o), double(0x1000));
    o = info({dump, QStringLiteral("--start"), QStringLiteral("0x20000")});
    QCOMPARE(o.value(QStringLiteral("start")).toDouble(), double(0x20000));
    QCOMPARE(firstFile(o), double(0x21000));
    // No flash address is at 4 GiB or above: offsets there would wrap.
    const Run beyond = runCli({QStringLiteral("info"), dump, QStringLiteral("--start"), QStringLiteral("0x100000000")});
    QCOMPARE(beyond.exitCode, 2);
    QVERIFY2(beyond.err.contains("below 4 GiB"), beyond.err.constData());

    // A report beside it gives the phone, the size found and the start.
    const auto writeReport = [&](const QByteArray &start) {
        QFile r(dump + QStringLiteral(".report.json"));
        return r.open(QIODevice::WriteOnly)
            && r.write("{\"format\":\"mtreader-dump-report\",\"range\":{\"start\":" + start
                       + "},\"phone\":{\"chipCode\":\"6261\",\"hwVersion\":\"cb01\",\"meId\":\"f81da215\"},"
                         "\"flashSize\":{\"method\":\"wrap-around\",\"bytes\":4194304,\"samples\":3}}")
            > 0;
    };
    QVERIFY(writeReport("0"));
    o = info({dump});
    QCOMPARE(o.value(QStringLiteral("report")).toBool(), true);
    QCOMPARE(o.value(QStringLiteral("phone")).toObject().value(QStringLiteral("meId")).toString(),
             QStringLiteral("f81da215"));
    QCOMPARE(o.value(QStringLiteral("flashSize")).toObject().value(QStringLiteral("bytes")).toDouble(), 4194304.0);
    QVERIFY(writeReport("4096"));
    QCOMPARE(firstFile(info({dump})), double(0x2000));
    for (const QByteArray &hostile : {QByteArray("-4096"), QByteArray("1e30"), QByteArray("4294967296")}) {
        QVERIFY(writeReport(hostile));
        o = info({dump});
        QVERIFY2(o.value(QStringLiteral("start")).toDouble() == 0.0, hostile.constData());
        QCOMPARE(firstFile(o), double(0x1000));
    }
    // Its help is there even without a DUMP, as for the other commands.
    const Run help = runCli({QStringLiteral("info"), QStringLiteral("--help")});
    QCOMPARE(help.exitCode, 0);
    QVERIFY2(help.out.contains("--start <ADDRESS>"), help.out.constData());
    const Run text = runCli({QStringLiteral("info"), dump});
    QCOMPARE(text.exitCode, 0);
    QVERIFY2(text.out.contains("Firmware:    MTREADER.VIRTUAL.V1.0.3 (MTREADER_VIRTUAL_MT6261_S00.BIN)\n"),
             text.out.constData());
}

void TstCli::dumpsAreRecorded()
{
    REQUIRE_PHONE();
    const QString out = path(QStringLiteral("out.bin"));
    QByteArray sha;
    {
        PhoneProcess phone;
        QVERIFY(startPhone(phone, {QStringLiteral("--instant")}));
        sha = phone.sha256();
        const Run r = runCli({m_link, out, QStringLiteral("0"), QStringLiteral("0x40000")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
    }
    // And one that found no phone, later.
    QCOMPARE(runCli({QStringLiteral("--timeout"), QStringLiteral("0.2"), m_link, path(QStringLiteral("none.bin")),
                     QStringLiteral("0"), QStringLiteral("0x400")})
                 .exitCode,
             3);
    const QJsonArray all = historyJson();
    QCOMPARE(all.size(), 2);
    const QJsonObject failed = all.at(0).toObject(); // newest first
    QCOMPARE(failed.value(QStringLiteral("result")).toString(), QStringLiteral("failed"));
    QCOMPARE(failed.value(QStringLiteral("error")).toString(), QStringLiteral("NoPhone"));
    QVERIFY(failed.value(QStringLiteral("meId")).isNull());
    QVERIFY(failed.value(QStringLiteral("sha256")).isNull());
    const QJsonObject done = all.at(1).toObject();
    QCOMPARE(done.value(QStringLiteral("result")).toString(), QStringLiteral("done"));
    QVERIFY(done.value(QStringLiteral("error")).isNull());
    QCOMPARE(done.value(QStringLiteral("program")).toString(), QStringLiteral("cli"));
    QCOMPARE(done.value(QStringLiteral("file")).toString(), QFileInfo(out).absoluteFilePath());
    QCOMPARE(done.value(QStringLiteral("sha256")).toString().toLatin1(), sha);
    QCOMPARE(done.value(QStringLiteral("chip")).toString(), QStringLiteral("MT6261"));
    QCOMPARE(done.value(QStringLiteral("meId")).toString(), QStringLiteral("F81DA2153082CC5E21AC5236876844C2"));
    QCOMPARE(done.value(QStringLiteral("hwVersion")).toString(), QStringLiteral("CB01"));
    QCOMPARE(done.value(QStringLiteral("bromVersion")).toString(), QStringLiteral("05"));
    QCOMPARE(done.value(QStringLiteral("port")).toString(), m_link);
    QCOMPARE(done.value(QStringLiteral("start")).toDouble(), 0.0);
    QCOMPARE(done.value(QStringLiteral("length")).toDouble(), double(kFlashSize));
    QCOMPARE(done.value(QStringLiteral("resumed")).toBool(), false);
    QVERIFY(done.value(QStringLiteral("durationMs")).toDouble() >= 0);
    // What the dump holds: the virtual phone's firmware records, its report.
    QCOMPARE(done.value(QStringLiteral("firmwareVersion")).toString(), QStringLiteral("MTREADER.VIRTUAL.V1.0.42"));
    QCOMPARE(done.value(QStringLiteral("reportFile")).toString(),
             QFileInfo(out).absoluteFilePath() + QStringLiteral(".report.json"));
    QVERIFY(QDateTime::fromString(done.value(QStringLiteral("startedAt")).toString(), Qt::ISODateWithMs).isValid());
    // For people: one line each under a header, newest first.
    const Run plain = runCli({QStringLiteral("history")});
    QCOMPARE(plain.exitCode, 0);
    const QList<QByteArray> lines = plain.out.trimmed().split('\n');
    QCOMPARE(lines.size(), 3);
    QVERIFY2(lines.at(1).contains("failed (NoPhone)"), plain.out.constData());
    QVERIFY2(lines.at(2).contains("done") && lines.at(2).endsWith(out.toLocal8Bit()), plain.out.constData());
    // Aligned: the file column starts at the same place on every line.
    QCOMPARE(lines.at(1).indexOf(path(QStringLiteral("none.bin")).toLocal8Bit()),
             lines.at(2).indexOf(out.toLocal8Bit()));
}

void TstCli::noHistoryRecordsNothing()
{
    const Run r = runCli({QStringLiteral("--no-history"), QStringLiteral("--timeout"), QStringLiteral("0.2"), m_link,
                          path(QStringLiteral("out.bin")), QStringLiteral("0"), QStringLiteral("0x400")});
    QCOMPARE(r.exitCode, 3);
    QVERIFY(!QFileInfo::exists(m_history));
    const Run list = runCli({QStringLiteral("history"), QStringLiteral("--json")});
    QCOMPARE(list.exitCode, 0);
    QCOMPARE(list.out.trimmed(), QByteArray("[]"));
}

void TstCli::historyByMeIdAndDate()
{
    REQUIRE_PHONE();
    for (const QString &chip : {QStringLiteral("6261"), QStringLiteral("6260")}) {
        PhoneProcess phone;
        QVERIFY(startPhone(phone, {QStringLiteral("--instant"), QStringLiteral("--chip"), chip}));
        const Run r = runCli(
            {m_link, path(chip + QStringLiteral(".bin")), QStringLiteral("0"), QStringLiteral("0x1000")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
    }
    QCOMPARE(historyJson().size(), 2);
    const QJsonArray mt6260 = historyJson({QStringLiteral("--me-id"), QStringLiteral("6260a0")});
    QCOMPARE(mt6260.size(), 1);
    QCOMPARE(mt6260.at(0).toObject().value(QStringLiteral("chip")).toString(), QStringLiteral("MT6260"));
    const QJsonArray mt6261 = historyJson(
        {QStringLiteral("--me-id"), QStringLiteral("F81DA2153082CC5E21AC5236876844C2")});
    QCOMPARE(mt6261.size(), 1);
    QCOMPARE(mt6261.at(0).toObject().value(QStringLiteral("chip")).toString(), QStringLiteral("MT6261"));
    QCOMPARE(historyJson({QStringLiteral("--me-id"), QStringLiteral("0123")}).size(), 0);
    const QString today = QDate::currentDate().toString(Qt::ISODate);
    QCOMPARE(historyJson({QStringLiteral("--since"), QStringLiteral("2000-01-01")}).size(), 2);
    QCOMPARE(historyJson({QStringLiteral("--since"), QDate::currentDate().addDays(1).toString(Qt::ISODate)}).size(), 0);
    QCOMPARE(historyJson({QStringLiteral("--since"), today + QStringLiteral("T00:00")}).size(), 2);
}

void TstCli::historyBadArguments_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("says");
    QTest::newRow("--me-id not hex") << QStringList{QStringLiteral("--me-id"), QStringLiteral("xyz")} << "--me-id";
    QTest::newRow("--since not a date") << QStringList{QStringLiteral("--since"), QStringLiteral("yesterday")}
                                        << "--since";
    QTest::newRow("--since 30/11/2026") << QStringList{QStringLiteral("--since"), QStringLiteral("30/11/2026")}
                                        << "--since";
    QTest::newRow("an argument") << QStringList{QStringLiteral("extra")} << "extra";
    QTest::newRow("unknown option") << QStringList{QStringLiteral("--bogus")} << "bogus";
}

void TstCli::historyBadArguments()
{
    QFETCH(QStringList, args);
    QFETCH(QString, says);
    const Run r = runCli(QStringList{QStringLiteral("history")} + args);
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(QString::fromLocal8Bit(r.err).contains(says), r.err.constData());
    QVERIFY(r.out.isEmpty());
}

void TstCli::corruptHistoryDoesNotStopADump()
{
    REQUIRE_PHONE();
    QVERIFY(QDir().mkpath(QFileInfo(m_history).absolutePath()));
    {
        QFile f(m_history);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray(8192, '\x42'));
    }
    PhoneProcess phone;
    QVERIFY(startPhone(phone, {QStringLiteral("--instant")}));
    const QString out = path(QStringLiteral("out.bin"));
    const Run r = runCli({m_link, out, QStringLiteral("0"), QStringLiteral("0x40000")});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QCOMPARE(fileSha256(out), phone.sha256());
    QCOMPARE(r.err.count("was damaged"), 1); // said once
    const QStringList kept =
        QDir(QFileInfo(m_history).absolutePath()).entryList({QStringLiteral("history.damaged-*.sqlite")}, QDir::Files);
    QCOMPARE(kept.size(), 1);
    const QJsonArray all = historyJson();
    QCOMPARE(all.size(), 1);
    QCOMPARE(all.at(0).toObject().value(QStringLiteral("sha256")).toString().toLatin1(), phone.sha256());
}

void TstCli::fourProcessesRecordAtOnce()
{
    // Four programs opening one new history file at once: it is made once,
    // and each one's attempt is in it exactly once.
    std::vector<std::unique_ptr<QProcess>> clis;
    for (int i = 0; i < 4; ++i) {
        auto cli = std::make_unique<QProcess>();
        cli->setProcessEnvironment(cliEnvironment());
        cli->start(m_cli,
                   {QStringLiteral("--timeout"), QStringLiteral("0.5"), path(QStringLiteral("port%1").arg(i)),
                    path(QStringLiteral("out%1.bin").arg(i)), QStringLiteral("0"), QStringLiteral("0x400")});
        clis.push_back(std::move(cli));
    }
    for (auto &cli : clis) {
        QVERIFY(cli->waitForFinished(kRunTimeoutMs));
        const QByteArray err = cli->readAllStandardError();
        QVERIFY2(cli->exitCode() == 3, err.constData());
        QVERIFY2(!err.contains("dump history"), err.constData()); // no trouble with the file
    }
    QStringList files;
    for (const QJsonValue &v : historyJson())
        files << QFileInfo(v.toObject().value(QStringLiteral("file")).toString()).fileName();
    files.sort();
    QCOMPARE(files,
             (QStringList{QStringLiteral("out0.bin"), QStringLiteral("out1.bin"), QStringLiteral("out2.bin"),
                          QStringLiteral("out3.bin")}));
}

QTEST_GUILESS_MAIN(TstCli)
#include "tst_cli.moc"
