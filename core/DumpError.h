// SPDX-License-Identifier: Unlicense
// Typed failures of a dump, from the phone, the port or the disk. The code is
// machine-readable and crosses threads; the human sentence for it lives in
// the front ends (ErrorText).
#pragma once

#include <QByteArray>
#include <QMetaType>
#include <QObject>
#include <QString>
#include <exception>

namespace Mt {
Q_NAMESPACE

enum class ErrorCode {
    None,
    Cancelled,        // the user stopped it
    InvalidArgument,  // range, block size or option refused before talking to a phone
    NoPhone,          // no port appeared before the timeout
    PortNotFound,     // the named port does not exist (or vanished before open)
    PermissionDenied, // the OS refused to open the port
    PortBusy,         // another program (often ModemManager) holds the port
    PortOpenFailed,   // any other open failure
    HandshakeFailed,  // the port opened but nothing answered like a BROM
    Timeout,          // a command got no answer in time
    ShortRead,        // part of an answer arrived, then silence
    WrongEcho,        // the phone echoed something other than what was sent
    BadStatus,        // the phone answered an error status word
    Disconnected,     // the port vanished mid-session (cable pulled, reset, power)
    PhoneMismatch,    // resume refused: another chip or ME ID
    OutputError,      // the output file could not be created, written or renamed
    DiskFull,         // the disk ran out of space
    OutputExists,     // the target exists and overwriting was not allowed
    VerifyMismatch,   // the second read differed from the first
    ResumeInvalid,    // the partial file or its sidecar does not match the request
    SamePhoneAgain,   // the phone just dumped came back (Keep going): not dumped twice
};
Q_ENUM_NS(ErrorCode)

// What a dump is doing; each stage has its own words in the front ends.
enum class DumpStage {
    Idle,
    WaitingForPort,
    Connecting,
    Identified,
    Reading,
    Verifying,
    Resetting,
    Done,
    Failed,
    Cancelled,
};
Q_ENUM_NS(DumpStage)

QString errorCodeName(ErrorCode code);

} // namespace Mt

struct DumpError
{
    Mt::ErrorCode code = Mt::ErrorCode::None;
    QString detail;      // technical text for the log, never shown alone
    QByteArray expected; // what the protocol required, when it applies
    QByteArray received; // what actually arrived
    qint64 offset = -1;  // flash offset the failure happened at, -1 when none
    QString port;        // system location of the port, when known

    bool isError() const { return code != Mt::ErrorCode::None; }
    // One line for logs: code, detail, expected/received in hex, offset.
    QString technicalSummary() const;
};
Q_DECLARE_METATYPE(DumpError)

// Thrown inside the core's synchronous protocol code; DumpJob turns it back
// into a DumpError before anything crosses a thread.
class DumpException : public std::exception
{
public:
    explicit DumpException(DumpError error) : m_error(std::move(error)) {}
    const DumpError &error() const noexcept { return m_error; }
    const char *what() const noexcept override { return "dump error"; }

private:
    DumpError m_error;
};

[[noreturn]] void throwDumpError(Mt::ErrorCode code, const QString &detail, const QByteArray &expected = {},
                                 const QByteArray &received = {}, qint64 offset = -1);
