// SPDX-License-Identifier: Unlicense
// Maps the core's typed failures onto the few exit codes scripts care about.
#include "CliExitCode.h"

using Mt::ErrorCode;

CliExitCode exitCodeFor(ErrorCode code)
{
    switch (code) {
    case ErrorCode::None: return CliExitCode::Ok;
    case ErrorCode::Cancelled: return CliExitCode::Cancelled;
    case ErrorCode::InvalidArgument: return CliExitCode::Usage;
    case ErrorCode::NoPhone:
    case ErrorCode::PortNotFound:
    case ErrorCode::HandshakeFailed:
    case ErrorCode::SamePhoneAgain: return CliExitCode::NoPhone;
    case ErrorCode::PermissionDenied:
    case ErrorCode::PortBusy:
    case ErrorCode::PortOpenFailed: return CliExitCode::PortAccess;
    case ErrorCode::Timeout:
    case ErrorCode::ShortRead:
    case ErrorCode::WrongEcho:
    case ErrorCode::BadStatus:
    case ErrorCode::Disconnected:
    case ErrorCode::PhoneMismatch:
    case ErrorCode::VerifyMismatch:
    case ErrorCode::ResumeInvalid: return CliExitCode::Protocol;
    case ErrorCode::OutputError:
    case ErrorCode::DiskFull:
    case ErrorCode::OutputExists: return CliExitCode::Io;
    }
    return CliExitCode::Unexpected;
}

QString CliExitCodeText::table()
{
    return tr("Exit codes:\n"
              "  0    the dump was saved (and verified, with --verify)\n"
              "  1    unexpected internal error\n"
              "  2    usage error: bad arguments, range or block size\n"
              "  3    no phone: no port appeared in time, or nothing answered like a BootROM\n"
              "  4    port access: permission denied, port busy or could not be opened\n"
              "  5    protocol error: the phone stopped answering, answered wrongly,\n"
              "       disconnected, or the dump could not be resumed or verified\n"
              "  6    output error: FILE exists (use --force), cannot be written, disk full\n"
              "  130  cancelled with Ctrl-C or SIGTERM\n"
              "After an exit code 5 or 130 a partial dump is usually kept next to FILE;\n"
              "run the same command with --resume to continue it.\n");
}
