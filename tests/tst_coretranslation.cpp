// SPDX-License-Identifier: Unlicense
// The core's sentences reach the translators. A translator that marks every
// string it is asked for is installed; then dumps fail through the virtual
// phone (cable pulled, a bad status, files that cannot be written) and every
// error detail and log line must come out marked, down to the sentences set
// into other sentences. Text outside the marks would be English in every
// language.
#include "DumpJob.h"
#include "OutputFile.h"
#include "support/VirtualEnvironment.h"

#include <QDir>
#include <QTemporaryDir>
#include <QTranslator>
#include <QtTest>

using Mt::ErrorCode;
using namespace std::chrono_literals;

namespace {
constexpr QChar kOpen(0x00AB);  // «
constexpr QChar kClose(0x00BB); // »

class MarkingTranslator : public QTranslator
{
public:
    bool isEmpty() const override { return false; }
    QString translate(const char *, const char *sourceText, const char *, int) const override
    {
        return kOpen + QString::fromUtf8(sourceText) + kClose;
    }
};

QString marked(const QString &source)
{
    return kOpen + source + kClose;
}

// What a line says outside every mark, marks nested in marks included.
QString unmarked(const QString &text)
{
    QString out;
    int depth = 0;
    for (const QChar c : text) {
        if (c == kOpen)
            ++depth;
        else if (c == kClose && depth > 0)
            --depth;
        else if (depth == 0)
            out += c;
    }
    return out;
}

// A technical summary leads with the error's code name, which stays as it
// is: what is left outside the marks must be that and spaces.
bool allMarked(const QString &text, ErrorCode code = ErrorCode::None)
{
    QString rest = unmarked(text);
    const QString name = Mt::errorCodeName(code) + QLatin1Char(':');
    if (code != ErrorCode::None && rest.startsWith(name))
        rest.remove(0, name.size());
    return rest.trimmed().isEmpty();
}

struct Lines : DumpObserver
{
    QStringList lines;
    void onEvent(const DumpEvent &e) override
    {
        if (const auto *log = std::get_if<DumpEvents::Log>(&e))
            lines << log->line;
    }
};
} // namespace

class TstCoreTranslation : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void init();
    void cablePulled();
    void badStatus();
    void sidecarCannotBeWritten();
    void damagedResumeFile();
    void unverifiedDump();
    void partialCannotBeCreated();

private:
    // Runs r against phone, plugged into a rack of its own; false when it failed.
    bool dump(const VirtualPhoneConfig &phone, DumpRequest r);
    void checkLines(ErrorCode code);
    DumpRequest request(bool verify = false) const;

    MarkingTranslator m_translator;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<DumpJob> m_job;
    Lines m_log;
};

void TstCoreTranslation::initTestCase()
{
    QVERIFY(QCoreApplication::installTranslator(&m_translator));
    // The marks come from the translator, not from the sentences.
    QCOMPARE(DumpJob::tr("opened %1"), marked(QStringLiteral("opened %1")));
}

void TstCoreTranslation::cleanupTestCase()
{
    QCoreApplication::removeTranslator(&m_translator);
}

void TstCoreTranslation::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_job.reset();
    m_log.lines.clear();
}

DumpRequest TstCoreTranslation::request(bool verify) const
{
    DumpRequest r;
    r.outputPath = m_dir->filePath(QStringLiteral("dump.bin"));
    r.length = 64 * 1024;
    r.verify = verify;
    r.portTimeout = 10s;
    return r;
}

bool TstCoreTranslation::dump(const VirtualPhoneConfig &phone, DumpRequest r)
{
    auto rack = std::make_shared<VirtualPhoneRack>();
    rack->plugIn(phone, 20ms);
    m_job = std::make_unique<DumpJob>(std::move(r), virtualEnvironment(rack), &m_log);
    return m_job->run();
}

void TstCoreTranslation::checkLines(ErrorCode code)
{
    QVERIFY(!m_log.lines.isEmpty());
    for (const QString &line : std::as_const(m_log.lines))
        QVERIFY2(allMarked(line, code), qPrintable(line));
    // The last line is the error's summary, every fact of it a sentence.
    QCOMPARE(m_log.lines.constLast(), m_job->error().technicalSummary());
}

void TstCoreTranslation::cablePulled()
{
    VirtualPhoneConfig phone = testPhone(64 * 1024);
    phone.faults = {{FaultKind::CablePulled, 0x6000, 1}};
    QVERIFY(!dump(phone, request()));
    const DumpError &e = m_job->error();
    QCOMPARE(e.code, ErrorCode::Disconnected);
    QVERIFY2(allMarked(e.detail), qPrintable(e.detail));
    // The port's own words, set into the client's sentence, are the virtual
    // phone's: translated too.
    QVERIFY2(e.detail.contains(marked(QStringLiteral("The virtual phone is gone: its cable was pulled"))),
             qPrintable(e.detail));
    QVERIFY2(e.technicalSummary().contains(kOpen + QStringLiteral("At flash offset ")),
             qPrintable(e.technicalSummary()));
    QVERIFY2(e.technicalSummary().contains(kOpen + QStringLiteral("On the port virtual:1.")),
             qPrintable(e.technicalSummary()));
    checkLines(e.code);
}

void TstCoreTranslation::badStatus()
{
    VirtualPhoneConfig phone = testPhone(64 * 1024);
    phone.faults = {{FaultKind::ErrorStatus, 0x6000, 0}};
    QVERIFY(!dump(phone, request()));
    const DumpError &e = m_job->error();
    QCOMPARE(e.code, ErrorCode::BadStatus);
    QVERIFY2(e.detail.startsWith(kOpen + QStringLiteral("Error status ")), qPrintable(e.detail));
    QVERIFY2(allMarked(e.detail), qPrintable(e.detail));
    QVERIFY2(e.technicalSummary().contains(kOpen + QStringLiteral("Expected ")), qPrintable(e.technicalSummary()));
    // Each retry was told, with the summary of its fault inside.
    QCOMPARE(m_log.lines.filter(QStringLiteral("retrying block")).size(), DumpDefaults::kBlockRetries);
    checkLines(e.code);
}

void TstCoreTranslation::sidecarCannotBeWritten()
{
    DumpRequest r = request();
    // A folder where the sidecar goes: the partial file can be made, the
    // sidecar beside it cannot.
    QVERIFY(QDir().mkpath(DumpTarget(r.outputPath).sidecarPath()));
    QVERIFY(!dump(testPhone(64 * 1024), r));
    const DumpError &e = m_job->error();
    QCOMPARE(e.code, ErrorCode::OutputError);
    QVERIFY2(e.detail.startsWith(kOpen + QStringLiteral("Cannot write ")), qPrintable(e.detail));
    QVERIFY2(allMarked(e.detail), qPrintable(e.detail));
    checkLines(e.code);
}

void TstCoreTranslation::damagedResumeFile()
{
    DumpRequest r = request();
    r.resume = true;
    const DumpTarget target(r.outputPath);
    QFile partial(target.partialPath());
    QVERIFY(partial.open(QIODevice::WriteOnly));
    partial.write(QByteArray(4096, 'x'));
    partial.close();
    QFile sidecar(target.sidecarPath());
    QVERIFY(sidecar.open(QIODevice::WriteOnly));
    sidecar.write(R"({"format": 1, "start": "zero"})");
    sidecar.close();
    QVERIFY(!dump(testPhone(64 * 1024), r));
    const DumpError &e = m_job->error();
    QCOMPARE(e.code, ErrorCode::ResumeInvalid);
    QVERIFY2(allMarked(e.detail), qPrintable(e.detail));
    // Why there is nothing to resume is the resume file's own sentence.
    QVERIFY2(e.detail.contains(marked(QStringLiteral("The resume file %1 is damaged.").arg(target.sidecarPath()))),
             qPrintable(e.detail));
    checkLines(e.code);
}

void TstCoreTranslation::unverifiedDump()
{
    VirtualPhoneConfig phone = testPhone(64 * 1024);
    phone.faults = {{FaultKind::FlakyBits, 0x1234, 0}};
    QVERIFY(!dump(phone, request(true)));
    const DumpError &e = m_job->error();
    QCOMPARE(e.code, ErrorCode::VerifyMismatch);
    QVERIFY2(allMarked(e.detail), qPrintable(e.detail));
    QVERIFY2(e.detail.contains(marked(QStringLiteral("The dump is kept as %1.").arg(m_job->result().path))),
             qPrintable(e.detail));
    checkLines(e.code);
}

void TstCoreTranslation::partialCannotBeCreated()
{
    OutputFile out(m_dir->filePath(QStringLiteral("no such folder/dump.bin")));
    try {
        out.create();
        QFAIL("a partial file was created in a folder that does not exist");
    } catch (const DumpException &e) {
        QCOMPARE(e.error().code, ErrorCode::OutputError);
        QVERIFY2(e.error().detail.startsWith(kOpen + QStringLiteral("Cannot create ")), qPrintable(e.error().detail));
        QVERIFY2(allMarked(e.error().detail), qPrintable(e.error().detail));
    }
}

QTEST_GUILESS_MAIN(TstCoreTranslation)
#include "tst_coretranslation.moc"
