// SPDX-License-Identifier: Unlicense
// The dump flow of the main window: asking before overwriting, starting,
// presenting each stage, resuming, Keep going and the demo.
#include "MainWindow.h"

#include "AdvancedOptions.h"
#include "DonePanel.h"
#include "DumpController.h"
#include "DumpJob.h"
#include "ErrorText.h"
#include "FailurePanel.h"
#include "JobsWindow.h"
#include "OutputChooser.h"
#include "PortPicker.h"
#include "PortArrivalWait.h"
#include "PortCatalog.h"
#include "ProgressPanel.h"
#include "RangeEditor.h"
#include "UiText.h"
#include "WaitingPanel.h"

#include <QCheckBox>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QStatusBar>
#include <QTimer>

using Mt::DumpStage;
using Mt::ErrorCode;

bool MainWindow::isDumpRunning() const
{
    return m_controller->isRunning();
}

void MainWindow::startDemo(bool dumpNow)
{
    m_demo.setEnabled(true);
    m_demoBanner->show();
    m_portPicker->setPortSpec(QStringLiteral("auto"));
    // The demo phone has 4 MiB; a bigger preset would read it twice over.
    if (m_range->preset() != RangeEditor::kCustomPreset)
        m_range->setPreset(0);
    log(tr("Demo: when you click Dump, a virtual MT6261 is connected %1 s later.")
            .arg(DemoPhones::kPlugDelay.count() / 1000.0));
    if (dumpNow)
        dump();
}

void MainWindow::dump()
{
    if (!m_dumpButton->isEnabled())
        return;
    const auto range = m_range->range();
    if (!range)
        return;
    if (m_output->isAutomatic())
        m_output->renewAutomaticName(m_lastPhone.isKnownChip() ? m_lastPhone.chipName() : QStringLiteral("MT6261"),
                                     usedByJobs());
    DumpRequest r;
    r.port = m_portPicker->portSpec();
    r.outputPath = m_output->path();
    r.start = range->start;
    r.length = range->length;
    r.blockSize = m_advanced->blockSize();
    r.verify = m_advanced->verify();
    r.pipelineDepth = m_advanced->pipelineDepth();
    if (!confirmTarget(r))
        return;
    m_previousResult.reset();
    startRequest(r);
}

bool MainWindow::confirmTarget(DumpRequest &r)
{
    if (r.outputPath.isEmpty()) {
        QMessageBox::warning(this, tr("No output file"), tr("Choose where to save the dump first."));
        return false;
    }
    const QFileInfo target(r.outputPath);
    if (!target.absoluteDir().exists()) {
        QMessageBox::warning(this, tr("No such folder"),
                             tr("The folder %1 does not exist. Choose another place with Save as.")
                                 .arg(QDir::toNativeSeparators(target.absolutePath())));
        return false;
    }
    if (QFileInfo::exists(DumpJob::partialPath(r.outputPath))) {
        // The job never overwrites a partial dump: it may be the only copy.
        const auto answer = QMessageBox::question(
            this, tr("Continue the earlier dump?"),
            tr("A partial dump of %1 is already there. Continue it with the same phone?\n\n"
               "To start over instead, choose another file name.")
                .arg(target.fileName()),
            QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Yes);
        if (answer != QMessageBox::Yes)
            return false;
        r.resume = true;
    }
    if (target.exists()) {
        const auto answer = QMessageBox::question(
            this, tr("Replace the file?"),
            tr("%1 already exists. Replace it with the new dump?").arg(target.fileName()),
            QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
        if (answer != QMessageBox::Yes)
            return false;
        r.overwrite = true;
    }
    return true;
}

void MainWindow::startRequest(const DumpRequest &request)
{
    m_request = request;
    m_stage = DumpStage::Idle;
    m_progress->reset();
    m_waiting->setWatching(request.port);
    m_waiting->setPrevious(previousSummary());
    m_waiting->setUnplugFirst(false);
    if (!m_controller->start(request))
        return;
    log(tr("Dump of %1 bytes from 0x%2 to %3%4")
            .arg(request.length).arg(request.start, 0, 16).arg(QDir::toNativeSeparators(request.outputPath),
                                                            request.resume ? tr(" (resuming)") : QString()));
    if (m_demo.isEnabled()) {
        const QString port = m_demo.plugIn(request.resume);
        log(tr("Demo: virtual phone %1 plugs in in %2 s").arg(port).arg(DemoPhones::kPlugDelay.count() / 1000.0));
    }
    statusBar()->clearMessage();
    updateButtons();
}

void MainWindow::resume()
{
    DumpRequest r = m_request;
    r.resume = true;
    startRequest(r);
}

void MainWindow::dumpAnother()
{
    m_output->renewAutomaticName(m_lastPhone.isKnownChip() ? m_lastPhone.chipName() : QStringLiteral("MT6261"));
    m_previousResult.reset();
    dump();
}

void MainWindow::cancelDump()
{
    if (m_goneTimer->isActive()) {
        stopKeepGoing();
        showPage(Page::Ready);
        statusBar()->showMessage(tr("Stopped waiting for the next phone."), 5000);
        updateButtons();
        return;
    }
    if (!m_controller->isRunning())
        return;
    log(tr("Cancelling\u2026"));
    m_cancelButton->setEnabled(false);
    m_controller->cancel();
}

void MainWindow::onStageChanged(DumpStage stage)
{
    m_stage = stage;
    log(tr("Stage: %1").arg(ErrorText::stageTitle(stage)));
    // Fast polling only while a phone is expected: a BROM port may live 0.3 s.
    m_portPicker->setWaiting(stage == DumpStage::WaitingForPort);
    switch (stage) {
    case DumpStage::WaitingForPort:
        showPage(Page::Waiting);
        break;
    case DumpStage::Connecting:
    case DumpStage::Identified:
    case DumpStage::Reading:
    case DumpStage::Verifying:
    case DumpStage::Resetting:
        m_progress->setStage(stage);
        showPage(Page::Progress);
        break;
    default:
        break; // Done, Failed, Cancelled: the outcome signal presents them
    }
}

void MainWindow::onFinished(const DumpResult &result)
{
    m_stage = DumpStage::Done;
    m_lastPhone = result.phone;
    m_done->setResult(result);
    log(tr("Saved %1, SHA-256 %2").arg(QDir::toNativeSeparators(result.path),
                                       QString::fromLatin1(result.sha256.toHex())));
    m_output->setFolder(QFileInfo(result.path).absolutePath());
    // The next Dump must not offer to overwrite this one.
    if (m_output->isAutomatic())
        m_output->renewAutomaticName(result.phone.isKnownChip() ? result.phone.chipName() : QStringLiteral("MT6261"));
    if (m_closeWhenIdle) {
        QTimer::singleShot(0, this, &QWidget::close);
        return;
    }
    if (m_keepGoing->isChecked()) {
        m_previousPort = result.port;
        m_previousResult = result;
        waitForNextPhone();
        return;
    }
    showPage(Page::Done);
    m_done->anotherButton()->setFocus();
    updateButtons();
}

void MainWindow::onFailed(const DumpError &error)
{
    m_stage = error.code == ErrorCode::Cancelled ? DumpStage::Cancelled : DumpStage::Failed;
    m_portPicker->setWaiting(false);
    if (m_demo.isEnabled())
        m_demo.unplugAll(); // a phone plugged for a dump that never happened
    const ErrorText::Message m = ErrorText::forError(error);
    log(tr("%1: %2").arg(ErrorText::stageTitle(m_stage), m.what));
    if (m_closeWhenIdle) {
        QTimer::singleShot(0, this, &QWidget::close);
        return;
    }
    const bool partialKept = QFileInfo::exists(DumpJob::partialPath(m_request.outputPath));
    if (error.code == ErrorCode::Cancelled && !partialKept) {
        showPage(Page::Ready);
        statusBar()->showMessage(m.what, 8000);
    } else {
        m_lastError = error;
        m_failure->setError(error, keptText());
        showPage(Page::Failed);
    }
    updateButtons();
}

QString MainWindow::keptText() const
{
    const QFileInfo partial(DumpJob::partialPath(m_request.outputPath));
    const bool canResume = m_lastError && partial.exists() && m_lastError->code != ErrorCode::ResumeInvalid
                           && m_lastError->code != ErrorCode::InvalidArgument;
    return canResume ? tr("%1 of %2 is kept in %3.")
                           .arg(humanSize(partial.size()), humanSize(qint64(m_request.length)),
                                UiText::leftToRight(QDir::toNativeSeparators(partial.filePath())))
                     : QString();
}

std::function<bool(const QString &)> MainWindow::usedByJobs() const
{
    return [jobs = QPointer<JobsWindow>(m_jobs)](const QString &path) { return jobs && jobs->isUsingFile(path); };
}

QString MainWindow::previousSummary() const
{
    if (!m_previousResult)
        return {};
    const DumpResult &r = *m_previousResult;
    return tr("Saved %1 (%2). SHA-256 %3")
        .arg(QFileInfo(r.path).fileName(), humanSize(qint64(r.length)), QString::fromLatin1(r.sha256.toHex()));
}

void MainWindow::waitForNextPhone()
{
    // After a reset the old port lingers for a moment; a dump started now
    // would grab the phone just dumped. Wait until it has gone.
    showPage(Page::Waiting);
    m_waiting->setPrevious(previousSummary());
    m_waiting->setUnplugFirst(true);
    m_portPicker->setWaiting(true);
    m_goneTimer->start();
    updateButtons();
    checkPreviousPhoneGone();
}

bool MainWindow::portPresent(const QString &location) const
{
    if (location.isEmpty())
        return false;
    const QList<PortInfo> ports = m_portPicker->watcher()->ports();
    for (const PortInfo &p : ports) {
        if (p.systemLocation == location)
            return true;
    }
    // A pty or adapter typed as a path never shows in the list.
    return QDir::isAbsolutePath(location) && m_env.pathExists(location);
}

void MainWindow::checkPreviousPhoneGone()
{
    if (!m_goneTimer->isActive() || portPresent(m_previousPort))
        return;
    m_goneTimer->stop();
    m_previousPort.clear();
    log(tr("Keep going: waiting for the next phone"));
    DumpRequest r = m_request;
    r.resume = false;
    r.overwrite = false;
    // The next phone's chip is unknown until it is read and a file cannot be
    // renamed before it exists, so the name carries the last phone's chip.
    r.outputPath = UiText::automaticFileName(m_output->folder(),
                                             m_lastPhone.isKnownChip() ? m_lastPhone.chipName() : QStringLiteral("MT6261"),
                                             QDateTime::currentDateTime(), usedByJobs());
    if (m_output->isAutomatic())
        m_output->renewAutomaticName(m_lastPhone.isKnownChip() ? m_lastPhone.chipName() : QStringLiteral("MT6261"));
    startRequest(r);
    m_waiting->setUnplugFirst(false);
}

void MainWindow::stopKeepGoing()
{
    m_goneTimer->stop();
    m_previousPort.clear();
    m_portPicker->setWaiting(false);
}
