// SPDX-License-Identifier: Unlicense
// One whole dump, start to end, as plain blocking code: wait for the port,
// handshake, init, identify, read to a partial file, (verify), rename into
// place, reset. Front ends run it directly (CLI) or in a worker thread (GUI).
#pragma once

#include "CancelFlag.h"
#include "DumpEnvironment.h"
#include "DumpEvent.h"
#include "DumpTypes.h"
#include "DumpTarget.h"
#include "ResumeState.h"

#include <QCoreApplication>

#include "FlashReader.h"

class BromClient;
class OutputFile;

class DumpJob
{
    Q_DECLARE_TR_FUNCTIONS(DumpJob)

public:
    DumpJob(DumpRequest request, DumpEnvironment env, DumpObserver *observer = nullptr,
            const CancelFlag *cancel = nullptr);
    ~DumpJob();

    // Runs to the end and never throws. False on failure or cancel; error()
    // then says what happened.
    bool run();

    const DumpResult &result() const { return m_result; }
    const DumpError &error() const { return m_error; }

private:
    // The steps of a dump, in order; each throws DumpException to stop.
    void runSession();
    void checkRequest();
    void waitForPort();
    std::unique_ptr<Transport> openPort();
    void connectAndInit(BromClient &client);
    // The flash size from the phone: the length of a whole-flash dump, a
    // note when a range runs past the end.
    void sizeTheRange(BromClient &client);
    void openOutput(OutputFile &out, BromClient &client);
    void readAndVerify(BromClient &client, OutputFile &out);
    // What the dump holds, from the partial file once it is complete.
    void identify(OutputFile &out);
    void commit(OutputFile &out);
    void writeReport();
    void resetPhone(BromClient &client);

    void checkResumeAgainstFlash(BromClient &client, OutputFile &out, qint64 have);
    void restartAfterStop(Transport &transport, const DumpError &why);
    QString namedAfterIdentity() const;

    void readRange(BromClient &client, OutputFile &out);
    void verifyRange(BromClient &client, OutputFile &out);
    void checkpoint(OutputFile &out);
    // A reader with this dump's block size and retries and the session's
    // depth; it counts and tells every retry and every change of depth.
    FlashReader readerFor(BromClient &client);
    void tellDepth(const FlashReader::DepthNote &note);
    // After a failure: what was read stays in the partial file, resumable.
    void keepPartial(OutputFile &out);
    [[noreturn]] void keepUnverified(OutputFile &out, const DumpError &mismatch);
    void tell(const DumpEvent &event);
    void setStage(Mt::DumpStage stage);
    void log(const QString &line);
    void notice(const QString &line);

    DumpRequest m_request;
    DumpEnvironment m_env;
    DumpTarget m_target;
    DumpObserver *m_observer;
    const CancelFlag *m_cancel;
    CancelFlag m_neverCancelled{false};
    QString m_port;
    DumpResult m_result;
    ResumeState m_state;                     // the sidecar, as it is saved
    std::optional<ResumeState> m_resumeFrom; // what a resume continues
    PipelineDepth m_depth;                   // READ32 in flight, for the read and the verify pass
    DumpError m_error;
    bool m_initialised = false; // the init writes are done: a reset means something
};
