// SPDX-License-Identifier: Unlicense
#include "DumpFlow.h"

#include "DemoPhones.h"
#include "DonePanel.h"
#include "DumpController.h"
#include "DumpTarget.h"
#include "ErrorText.h"
#include "FailurePanel.h"
#include "KeepGoingFlow.h"
#include "OutputChooser.h"
#include "PortPicker.h"
#include "PortCatalog.h"
#include "ProgressPanel.h"
#include "SessionRecorder.h"
#include "SettingsColumn.h"
#include "StagePanels.h"
#include "StageText.h"
#include "TargetQuestions.h"
#include "UiText.h"
#include "UnfinishedDumps.h"
#include "WaitingPanel.h"
#include "Isolate.h"

#include <QApplication>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QPushButton>
#include <QStandardPaths>
#include <QTimer>

using Mt::DumpStage;
using Mt::ErrorCode;
using Page = StagePanels::Page;

DumpFlow::DumpFlow(const DumpEnvironment &env, Parts parts, QObject *parent)
    : QObject(parent),
      m_env(env),
      m_parts(std::move(parts)),
      m_controller(new DumpController(m_env, this)),
      m_keepGoing(new KeepGoingFlow([this](const QString &port) { return portPresent(port); }, this)),
      m_recorder(new SessionRecorder(DumpHistory::Program::Window, this))
{
    connect(m_controller, &DumpController::dumpEvent, this, &DumpFlow::onDumpEvent);
    connect(m_controller, &DumpController::finished, this, &DumpFlow::onFinished);
    connect(m_controller, &DumpController::failed, this, &DumpFlow::onFailed);
    connect(m_keepGoing, &KeepGoingFlow::readyForNextPhone, this, &DumpFlow::startNextPhone);
    StagePanels *panels = m_parts.panels;
    connect(panels->done(), &DonePanel::dumpAnotherRequested, this, &DumpFlow::dumpAnother);
    connect(panels->failure(), &FailurePanel::resumeRequested, this, &DumpFlow::resume);
    connect(panels->waiting(), &WaitingPanel::dumpAgainRequested, this, &DumpFlow::dumpSamePhoneAgain);
    connect(panels->unfinished(), &UnfinishedDumps::continueRequested, this, &DumpFlow::continueDump);
    connect(m_recorder, &SessionRecorder::problem, this, [this](const QString &sentence) {
        m_parts.log(sentence);
        m_parts.status(sentence, 15000);
    });
}

DumpFlow::~DumpFlow() = default;

bool DumpFlow::isRunning() const
{
    return m_controller->isRunning();
}

bool DumpFlow::isReading() const
{
    return isRunning() && m_stage != DumpStage::WaitingForPort && m_stage != DumpStage::Idle;
}

bool DumpFlow::isBusy() const
{
    return m_controller->isRunning() || m_keepGoing->isWaitingForUnplug();
}

QString DumpFlow::demoFolder()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(QStringLiteral("demo dumps"));
}

void DumpFlow::dump()
{
    SettingsColumn *s = m_parts.settings;
    if (!s->canDump())
        return;
    // A name the user chose is asked about if it is taken; an automatic one
    // is simply made anew.
    if (s->output()->isAutomatic())
        s->output()->renewAutomaticName(chipForNames(), m_namesInUse);
    std::optional<DumpRequest> r = s->request();
    if (!r)
        return;
    if (m_parts.demo->isEnabled()) {
        // Demo dumps never mix with real ones, and say what they are.
        QDir().mkpath(demoFolder());
        r->outputPath = UiText::automaticFileName(demoFolder(), QStringLiteral("DEMO_MT6261"));
        r->nameFromIdentity = false;
    }
    if (!TargetQuestions::confirm(m_parts.window, *r))
        return;
    m_keepGoing->forgetPrevious();
    start(*r);
}

void DumpFlow::continueDump(const DumpRequest &request)
{
    if (isBusy())
        return;
    DumpRequest r = request;
    r.resume = true;
    if (TargetQuestions::confirm(m_parts.window, r))
        start(r);
}

DumpRequest DumpFlow::forThisPhone(DumpRequest r) const
{
    // With Keep going, the phone just dumped is not dumped again when it
    // comes back, unless the user asked for exactly that.
    r.skipMeId = m_parts.settings->keepGoing() && !m_dumpSamePhoneOnce ? m_keepGoing->recentlyDumped() : QByteArray();
    return r;
}

void DumpFlow::start(DumpRequest request)
{
    request = forThisPhone(std::move(request));
    m_dumpSamePhoneOnce = false;
    m_request = request;
    m_stage = DumpStage::Idle;
    m_previously.clear();
    StagePanels *panels = m_parts.panels;
    panels->progress()->reset();
    panels->waiting()->setWatching(request.port);
    panels->waiting()->setSamePhone({});
    panels->waiting()->setUnplugFirst(false);
    if (!m_controller->start(request))
        return;
    m_recorder->begin(request);
    m_parts.log(tr("Dump of %1 from %2 to %3%4")
                    .arg(request.wholeFlash ? tr("the whole flash") : humanSize(qint64(request.length)))
                    .arg(Isolate::hex(request.start))
                    .arg(QDir::toNativeSeparators(request.outputPath), request.resume ? tr(" (resuming)") : QString()));
    if (m_parts.demo->isEnabled()) {
        const QString port = m_parts.demo->plugIn(request.resume);
        m_parts.log(tr("Demo: virtual phone %1 plugs in in %2 s")
                        .arg(port)
                        .arg(std::chrono::duration<double>(DemoPhones::kPlugDelay).count()));
    }
    m_parts.status(QString(), 0);
    emit busyChanged();
}

void DumpFlow::resume()
{
    DumpRequest r = m_request;
    r.resume = true;
    start(r);
}

void DumpFlow::dumpAnother()
{
    m_keepGoing->forgetPrevious();
    dump();
}

void DumpFlow::dumpSamePhoneAgain()
{
    m_keepGoing->stop();
    m_dumpSamePhoneOnce = true;
    startNextPhone();
}

void DumpFlow::startNextPhone()
{
    m_parts.log(tr("Keep going: waiting for the next phone"));
    DumpRequest r = m_request;
    r.resume = false;
    r.overwrite = false;
    // The next phone's chip is unknown until it is read; an automatic name
    // is made anew once it is, from what the phone holds.
    m_parts.settings->output()->renewName(chipForNames(), m_namesInUse);
    r.outputPath = m_parts.demo->isEnabled() ? UiText::automaticFileName(demoFolder(), QStringLiteral("DEMO_MT6261"))
                                             : m_parts.settings->output()->path();
    start(r);
    m_parts.panels->waiting()->setPrevious(previousSummary(),
                                           m_keepGoing->outcomes().isEmpty() || m_keepGoing->outcomes().constLast().ok);
}

void DumpFlow::cancel()
{
    if (m_keepGoing->isWaitingForUnplug()) {
        m_keepGoing->stop();
        m_parts.settings->portPicker()->setWaiting(false);
        m_parts.panels->show(Page::Ready);
        refreshUnfinished();
        m_parts.status(tr("Stopped waiting for the next phone."), 5000);
        emit busyChanged();
        return;
    }
    if (!m_controller->isRunning())
        return;
    m_parts.log(tr("Cancelling\u2026"));
    m_parts.settings->cancelButton()->setEnabled(false);
    m_controller->cancel();
}

void DumpFlow::onDumpEvent(const DumpEvent &event)
{
    ProgressPanel *progress = m_parts.panels->progress();
    std::visit(Overloaded{
                   [this](const DumpEvents::StageChanged &e) { onStageChanged(e.stage); },
                   [progress](const DumpEvents::PortOpened &e) { progress->setPort(e.location); },
                   [this, progress](const DumpEvents::Identified &e) {
                       m_lastPhone = e.phone;
                       progress->setPhone(e.phone);
                       m_recorder->identified(e.phone);
                       m_previously = m_recorder->previouslyDumped(e.phone.meId);
                       progress->setPreviously(m_previously);
                   },
                   [progress](const DumpEvents::RangeSized &e) { progress->setRange(e); },
                   [progress](const DumpEvents::Progress &e) { progress->setProgress(e.progress); },
                   [this](const DumpEvents::Log &e) { m_parts.log(e.line); },
               },
               event);
}

void DumpFlow::onStageChanged(DumpStage stage)
{
    m_stage = stage;
    m_parts.log(tr("Stage: %1").arg(StageText::title(stage)));
    // Fast polling only while a phone is expected: a BROM port may live 0.3 s.
    m_parts.settings->portPicker()->setWaiting(stage == DumpStage::WaitingForPort);
    switch (stage) {
    case DumpStage::WaitingForPort: m_parts.panels->show(Page::Waiting); break;
    case DumpStage::Connecting:
    case DumpStage::Identified:
    case DumpStage::Reading:
    case DumpStage::Verifying:
    case DumpStage::Resetting:
        m_parts.panels->progress()->setStage(stage);
        m_parts.panels->show(Page::Progress);
        break;
    default: break; // Done, Failed, Cancelled: the outcome signal presents them
    }
}

void DumpFlow::onFinished(const DumpResult &result)
{
    m_stage = DumpStage::Done;
    m_lastPhone = result.phone;
    m_recorder->finished(result);
    m_parts.panels->done()->setResult(result);
    m_parts.log(tr("Saved %1, SHA-256 %2")
                    .arg(QDir::toNativeSeparators(result.path), QString::fromLatin1(result.sha256.toHex())));
    if (!m_parts.demo->isEnabled())
        m_parts.settings->output()->setFolder(QFileInfo(result.path).absolutePath());
    // The next Dump must not offer to overwrite this one.
    m_parts.settings->output()->renewName(chipForNames(), m_namesInUse);
    if (m_closeWhenIdle) {
        emit idleForClose();
        return;
    }
    if (m_parts.settings->keepGoing()) {
        alert();
        m_keepGoing->afterDump(result,
                               tr("%1, SHA-256 %2\u2026")
                                   .arg(UiText::leftToRight(humanSize(qint64(result.length))),
                                        UiText::leftToRight(QString::fromLatin1(result.sha256.toHex().left(12)))));
        m_parts.panels->show(Page::Waiting);
        m_parts.panels->waiting()->setUnplugFirst(true);
        m_parts.panels->waiting()->setPrevious(previousSummary(), true);
        m_parts.settings->portPicker()->setWaiting(true);
        emit busyChanged();
        return;
    }
    m_parts.panels->show(Page::Done);
    m_parts.panels->done()->anotherButton()->setFocus();
    emit busyChanged();
}

void DumpFlow::onFailed(const DumpError &error, const DumpResult &partial)
{
    m_stage = error.code == ErrorCode::Cancelled ? DumpStage::Cancelled : DumpStage::Failed;
    m_recorder->failed(partial, error);
    m_parts.settings->portPicker()->setWaiting(false);
    const ErrorText::Message m = ErrorText::forError(error);
    m_parts.log(tr("%1: %2").arg(StageText::title(m_stage), m.what));
    if (m_closeWhenIdle) {
        emit idleForClose();
        return;
    }
    if (error.code != ErrorCode::Cancelled && m_parts.settings->keepGoing() && !m_request.resume) {
        afterFailureWhileKeepingGoing(error, partial);
        return;
    }
    if (m_parts.demo->isEnabled())
        m_parts.demo->unplugAll(); // a phone plugged for a dump that never happened
    if (error.code == ErrorCode::Cancelled && !DumpTarget(m_request.outputPath).hasPartial()) {
        m_parts.panels->show(Page::Ready);
        refreshUnfinished();
        m_parts.status(m.what, 8000);
    } else {
        m_lastError = error;
        m_phoneRestarted = partial.resetSent;
        m_parts.panels->failure()->setError(error, keptText(), partial.resetSent);
        m_parts.panels->show(Page::Failed);
    }
    emit busyChanged();
}

void DumpFlow::afterFailureWhileKeepingGoing(const DumpError &error, const DumpResult &partial)
{
    // A stack goes on: the failure is recorded and counted, and the window
    // waits for the next phone, not on a page nobody is watching.
    WaitingPanel *waiting = m_parts.panels->waiting();
    const QString port = error.port.isEmpty() ? partial.port : error.port;
    if (error.code == ErrorCode::SamePhoneAgain) {
        m_keepGoing->afterSamePhone(port);
        waiting->setSamePhone(partial.phone.meIdHex());
    } else {
        alert();
        const QString kept = DumpTarget(m_request.outputPath).hasPartial() ? m_request.outputPath : QString();
        m_keepGoing->afterFailure(port, partial.phone.meId, kept, ErrorText::forError(error).what);
        waiting->setPrevious(previousSummary(), false);
        waiting->setUnplugFirst(true);
    }
    m_parts.panels->show(Page::Waiting);
    m_parts.settings->portPicker()->setWaiting(true);
    emit busyChanged();
}

void DumpFlow::alert()
{
    if (!m_parts.settings->stackAlert())
        return;
    // Someone working through a pile is not watching the screen.
    QApplication::beep();
    QApplication::alert(m_parts.window);
}

bool DumpFlow::portPresent(const QString &location) const
{
    const QList<PortInfo> ports = m_parts.settings->portPicker()->watcher()->ports();
    for (const PortInfo &p : ports) {
        if (p.systemLocation == location)
            return true;
    }
    // A pty or adapter typed as a path never shows in the list.
    return QDir::isAbsolutePath(location) && m_env.pathExists(location);
}

QString DumpFlow::keptText() const
{
    const QFileInfo partial(DumpTarget(m_request.outputPath).partialPath());
    const bool canResume = m_lastError && partial.exists() && m_lastError->code != ErrorCode::ResumeInvalid
        && m_lastError->code != ErrorCode::InvalidArgument;
    const QString total = m_request.wholeFlash && m_request.length == 0 ? tr("the flash")
                                                                        : humanSize(qint64(m_request.length));
    return canResume ? tr("%1 of %2 is kept in %3.")
                           .arg(UiText::leftToRight(humanSize(partial.size())), UiText::leftToRight(total),
                                UiText::leftToRight(QDir::toNativeSeparators(partial.filePath())))
                     : QString();
}

QString DumpFlow::previousSummary() const
{
    const QList<KeepGoingFlow::Outcome> &all = m_keepGoing->outcomes();
    if (all.isEmpty())
        return {};
    const KeepGoingFlow::Outcome &last = all.constLast();
    if (!last.ok)
        return tr("The last phone failed: %1").arg(last.summary);
    return tr("Saved %1 (%2).").arg(UiText::leftToRight(QFileInfo(last.file).fileName()), last.summary);
}

QString DumpFlow::chipForNames() const
{
    return m_lastPhone.isKnownChip() ? m_lastPhone.chipName() : QStringLiteral("MT6261");
}

void DumpFlow::retranslate()
{
    m_parts.panels->waiting()->setPrevious(previousSummary(),
                                           m_keepGoing->outcomes().isEmpty() || m_keepGoing->outcomes().constLast().ok);
    if (m_lastError)
        m_parts.panels->failure()->setError(*m_lastError, keptText(), m_phoneRestarted);
    if (!m_previously.isEmpty())
        m_parts.panels->progress()->setPreviously(m_recorder->previouslyDumped(m_lastPhone.meId));
}

void DumpFlow::refreshUnfinished()
{
    m_parts.panels->unfinished()->setDumps(m_recorder->unfinished({m_parts.settings->output()->folder()}));
}
