// SPDX-License-Identifier: Unlicense
#include "ErrorText.h"

#include "Isolate.h"

#include <QFileInfo>

using Mt::ErrorCode;

QString ErrorText::owningGroup(const QString &devicePath)
{
#ifdef Q_OS_LINUX
    const QString group = QFileInfo(devicePath).symLinkTarget().isEmpty()
        ? QFileInfo(devicePath).group()
        : QFileInfo(QFileInfo(devicePath).symLinkTarget()).group();
    return group.isEmpty() || group == QLatin1String("root") ? QStringLiteral("dialout") : group;
#else
    Q_UNUSED(devicePath)
    return {};
#endif
}

// The port: missing, not ours to open, held by another program.
ErrorText::Message ErrorText::portMessage(const DumpError &e)
{
    switch (e.code) {
    case ErrorCode::PortNotFound:
        return {tr("The port %1 does not exist (any more).").arg(Isolate::value(e.port)),
                tr("Check the port name, or choose Automatic and connect the phone while holding the boot key.")};
    case ErrorCode::PermissionDenied:
#ifdef Q_OS_LINUX
        return {tr("You are not allowed to open %1.").arg(Isolate::value(e.port)),
                tr("Add yourself to the group that owns the port, then log out and in again:\n"
                   "    sudo usermod -aG %1 $USER\n"
                   "Or install the udev rule that comes with MTreader (60-mtreader.rules), "
                   "which gives the logged-in user access to MediaTek phones.")
                    .arg(owningGroup(e.port))};
#else
        return {tr("You are not allowed to open %1.").arg(Isolate::value(e.port)),
                tr("Close other programs that may use the port, then try again.")};
#endif
    case ErrorCode::PortBusy:
#ifdef Q_OS_LINUX
        return {tr("Another program is using %1.").arg(Isolate::value(e.port)),
                tr("ModemManager often grabs new USB serial ports: stop it (sudo systemctl stop ModemManager) "
                   "or install MTreader's udev rule, which tells it to leave MediaTek phones alone. "
                   "Close any serial terminal or flash tool, then reconnect the phone.")};
#else
        return {tr("Another program is using %1.").arg(Isolate::value(e.port)),
                tr("Close any serial terminal, flash tool or phone suite that may hold the port, then reconnect the "
                   "phone.")};
#endif
    case ErrorCode::PortOpenFailed:
        return {tr("The port %1 could not be opened.").arg(Isolate::value(e.port)),
                tr("Reconnect the phone. If it keeps happening, try another USB port or cable.")};
    default: break;
    }
    return {tr("Unexpected error."), e.detail};
}

// The phone: absent, silent, answering wrongly, gone, or not the one expected.
ErrorText::Message ErrorText::phoneMessage(const DumpError &e)
{
    switch (e.code) {
    case ErrorCode::NoPhone:
        return {tr("No phone appeared."),
                tr("Turn the phone off, hold the boot key (usually Call) and connect the cable. "
                   "Try another cable or USB port. On Windows, install the MediaTek VCOM driver. "
                   "Some phones must be connected without the battery.")};
    case ErrorCode::HandshakeFailed:
        return {tr("The phone did not answer like a MediaTek BootROM."),
                tr("Disconnect the phone, turn it off, hold the boot key (usually Call) and connect it again; "
                   "keep holding the key until the dump starts. Try without the battery, or another cable. "
                   "Make sure the port really belongs to the phone.")};
    case ErrorCode::Timeout:
        return {tr("The phone stopped answering."),
                tr("Check the cable, then reconnect the phone with the boot key held and resume the dump. "
                   "If it happens again, choose a smaller block size or Careful mode.")};
    case ErrorCode::ShortRead:
        return {tr("The phone sent only part of an answer."),
                tr("Check the cable, then reconnect the phone with the boot key held and resume the dump.")};
    case ErrorCode::WrongEcho:
        return {tr("The phone answered with unexpected bytes."),
                tr("The connection is unreliable or this is not an MT626x BootROM. "
                   "Reconnect the phone and resume; try another cable or USB port.")};
    case ErrorCode::BadStatus:
        return {tr("The phone reported an error."),
                tr("Reconnect the phone with the boot key held and resume the dump. "
                   "If the error stays at the same address, that part of the flash cannot be read this way.")};
    case ErrorCode::Disconnected:
        return {tr("The phone disconnected."),
                tr("The cable was pulled, or the phone reset or lost power. Everything read so far is kept: "
                   "reconnect the phone while holding the boot key to continue. "
                   "A phone without a battery needs a good cable and USB port.")};
    case ErrorCode::PhoneMismatch:
        return {tr("This is not the phone the partial dump came from."),
                tr("Connect the same phone to continue its dump, or start a new dump for this phone.")};
    case ErrorCode::SamePhoneAgain:
        return {tr("This is the phone that was just dumped."),
                tr("It came back because the boot key is still held. Release the key and unplug it, then connect "
                   "the next phone.")};
    default: break;
    }
    return {tr("Unexpected error."), e.detail};
}

// The file: not writable, the disk full, in the way, not to be trusted or resumed.
ErrorText::Message ErrorText::fileMessage(const DumpError &e)
{
    switch (e.code) {
    case ErrorCode::OutputError:
        return {tr("The dump could not be saved."),
                tr("Choose a folder you can write to and check the disk. Details: %1").arg(e.detail)};
    case ErrorCode::DiskFull:
        return {tr("The disk is full."),
                tr("Free some space or choose another disk. What was read so far is kept and can be resumed.")};
    case ErrorCode::OutputExists:
        return {tr("The output file already exists."), tr("Choose another name, or allow overwriting it.")};
    case ErrorCode::VerifyMismatch:
        return {tr("The second read differed from the first: the dump is not reliable."),
                tr("Some blocks read differently every time, so no two reads agreed on them. The dump is kept "
                   "under a name marked \"unverified\". Check the cable and USB port and dump again.")};
    case ErrorCode::ResumeInvalid: return {tr("The dump cannot be resumed."), e.detail};
    default: break;
    }
    return {tr("Unexpected error."), e.detail};
}

ErrorText::Message ErrorText::forError(const DumpError &e)
{
    switch (e.code) {
    case ErrorCode::None: return {tr("No error."), {}};
    case ErrorCode::Cancelled: return {tr("The dump was cancelled."), tr("Nothing was written under the target name.")};
    case ErrorCode::InvalidArgument: return {tr("The settings for this dump are not valid."), e.detail};
    case ErrorCode::PortNotFound:
    case ErrorCode::PermissionDenied:
    case ErrorCode::PortBusy:
    case ErrorCode::PortOpenFailed: return portMessage(e);
    case ErrorCode::OutputError:
    case ErrorCode::DiskFull:
    case ErrorCode::OutputExists:
    case ErrorCode::VerifyMismatch:
    case ErrorCode::ResumeInvalid: return fileMessage(e);
    default: return phoneMessage(e);
    }
}

QString ErrorText::oneParagraph(const DumpError &error)
{
    const Message m = forError(error);
    return m.next.isEmpty() ? m.what : m.what + QLatin1Char(' ') + m.next;
}
