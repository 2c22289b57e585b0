// SPDX-License-Identifier: Unlicense
// One row of the jobs window; its words, the details line and the
// accessible names are redone from its state on every change (of state,
// port, number or language).
#include "JobRow.h"

#include "DumpController.h"
#include "DumpTarget.h"
#include "JobDetails.h"
#include "JobOutput.h"
#include "JobText.h"
#include "PortPicker.h"
#include "StageText.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>

using Mt::DumpStage;
using Mt::ErrorCode;

namespace {
const QString kRed = QStringLiteral("color: #b00020;");
const QString kGreen = QStringLiteral("color: #1b7f3b;");
} // namespace

JobRow::JobRow(const DumpEnvironment &env, PortCatalog *ports, QObject *parent)
    : QObject(parent),
      m_controller(new DumpController(env, this)),
      m_port(new PortPicker(ports)),
      m_output(new JobOutput),
      m_range(new QLabel),
      m_bar(new QProgressBar),
      m_status(new QLabel),
      m_actions(new QWidget),
      m_start(new QPushButton(m_actions)),
      m_stop(new QPushButton(m_actions)),
      m_details(new JobDetails)
{
    m_port->setObjectName(QStringLiteral("jobPort"));
    m_bar->setObjectName(QStringLiteral("jobProgress"));
    m_status->setObjectName(QStringLiteral("jobStatus"));
    m_start->setObjectName(QStringLiteral("jobStart"));
    m_stop->setObjectName(QStringLiteral("jobStop"));

    m_port->comboBox()->setMinimumContentsLength(14);
    m_range->setContentsMargins(4, 0, 4, 0);
    m_bar->setRange(0, DumpProgress::kScale);
    m_bar->setValue(0);
    m_status->setWordWrap(true);
    m_status->setAlignment(Qt::AlignLeading | Qt::AlignVCenter);
    m_status->setContentsMargins(4, 2, 4, 2);
    auto *actionsLayout = new QHBoxLayout(m_actions);
    actionsLayout->setContentsMargins(2, 2, 2, 2);
    actionsLayout->addWidget(m_start);
    actionsLayout->addWidget(m_stop);

    connect(m_start, &QPushButton::clicked, this, &JobRow::startClicked);
    connect(m_stop, &QPushButton::clicked, this, [this] {
        if (isRunning())
            cancel();
        else
            emit removeClicked();
    });
    connect(m_output, &JobOutput::edited, this, [this] {
        if (m_state == State::Refused)
            setState(State::Ready);
    });
    connect(m_port, &PortPicker::portSpecChanged, this, [this] {
        if (m_state == State::Refused)
            setState(State::Ready);
        else
            updateWidgets(); // the accessible names say the port
    });

    connect(m_controller, &DumpController::dumpEvent, this, &JobRow::onDumpEvent);
    connect(m_controller, &DumpController::finished, this, &JobRow::onFinished);
    connect(m_controller, &DumpController::failed, this, &JobRow::onFailed);
    retranslateUi();
}

JobRow::~JobRow()
{
    // Its thread must stop before the row's widgets and slots go.
    delete m_controller;
}

QWidget *JobRow::cell(Column column) const
{
    switch (column) {
    case PortColumn: return m_port;
    case OutputColumn: return m_output;
    case RangeColumn: return m_range;
    case ProgressColumn: return m_bar;
    case StatusColumn: return m_status;
    case ActionsColumn: return m_actions;
    case ColumnCount: break;
    }
    return nullptr;
}

QWidget *JobRow::detailsCell() const
{
    return m_details;
}

QList<QWidget *> JobRow::focusOrder() const
{
    return QList<QWidget *>{m_port->comboBox()} + m_output->focusOrder() + QList<QWidget *>{m_start, m_stop}
    + m_details->focusOrder();
}

void JobRow::setNumber(int number)
{
    m_number = number;
    updateWidgets();
}

QString JobRow::portText() const
{
    // While running, the port it reads; else the one Start would use.
    if (!isRunning())
        return JobText::port(portSpec());
    return m_openedPort.isEmpty() ? JobText::port(m_request.port) : m_openedPort;
}

QString JobRow::jobName() const
{
    return JobText::jobName(m_number, portText());
}

QString JobRow::portSpec() const
{
    return m_port->portSpec();
}

void JobRow::setPortSpec(const QString &spec)
{
    m_port->setPortSpec(spec);
}

void JobRow::setSettings(const DumpRequest &settings)
{
    if (isRunning())
        return;
    m_request.start = settings.start;
    m_request.length = settings.length;
    m_request.blockSize = settings.blockSize;
    m_request.verify = settings.verify;
    m_request.pipelineDepth = settings.pipelineDepth;
    m_request.wholeFlash = settings.wholeFlash;
    m_request.lengthIfUnknown = settings.lengthIfUnknown;
    m_request.anyAddress = settings.anyAddress;
    retranslateUi();
}

bool JobRow::isRunning() const
{
    return m_controller->isRunning();
}

bool JobRow::canContinue() const
{
    return m_state == State::Failed && m_error && m_error->code != ErrorCode::ResumeInvalid
        && m_error->code != ErrorCode::InvalidArgument && !m_request.outputPath.isEmpty()
        && DumpTarget(m_request.outputPath).hasPartial();
}

bool JobRow::isStartable() const
{
    return !isRunning() && (m_state == State::Ready || m_state == State::Refused || canContinue());
}

QString JobRow::statusText() const
{
    return m_status->text();
}

QString JobRow::detailsText() const
{
    return m_details->text();
}

QString JobRow::sha256Text() const
{
    return m_details->sha256Text();
}

DumpResult JobRow::partialResult() const
{
    DumpResult r;
    r.path = m_request.outputPath;
    r.port = m_openedPort;
    if (m_phone)
        r.phone = *m_phone;
    r.start = m_sized ? m_sized->start : m_request.start;
    r.length = m_sized ? m_sized->length : m_request.length;
    if (m_sized)
        r.flashSize = m_sized->flashSize;
    r.resumed = m_request.resume;
    return r;
}

bool JobRow::start(const DumpRequest &request)
{
    if (isRunning())
        return false;
    m_request = request;
    m_result.reset();
    m_error.reset();
    m_progress.reset();
    m_phone.reset();
    m_sized.reset();
    m_refusal = nullptr;
    m_openedPort.clear();
    m_cancelling = false;
    m_stage = DumpStage::WaitingForPort;
    if (!m_controller->start(request))
        return false;
    m_bar->setRange(0, 0);
    setState(State::Running);
    log(JobText::started(request));
    return true;
}

void JobRow::cancel()
{
    if (!isRunning())
        return;
    m_cancelling = true;
    m_stop->setEnabled(false);
    log(tr("Cancelling\u2026"));
    m_controller->cancel();
}

void JobRow::refuse(const std::function<QString()> &why)
{
    m_refusal = why;
    setState(State::Refused);
}

void JobRow::onDumpEvent(const DumpEvent &event)
{
    std::visit(Overloaded{
                   [this](const DumpEvents::StageChanged &e) {
                       m_stage = e.stage;
                       if (e.stage == DumpStage::Verifying)
                           m_progress.reset();
                       log(JobText::stage(e.stage));
                       updateWidgets();
                   },
                   [this](const DumpEvents::PortOpened &e) {
                       m_openedPort = e.location;
                       updateWidgets();
                   },
                   [this](const DumpEvents::Identified &e) {
                       m_phone = e.phone;
                       emit identified(e.phone);
                   },
                   [this](const DumpEvents::RangeSized &e) {
                       m_sized = e;
                       m_range->setText(rangeText());
                   },
                   [this](const DumpEvents::Progress &e) { showProgress(e.progress); },
                   [this](const DumpEvents::Log &e) { log(e.line); },
                   [](const auto &) {},
               },
               event);
}

void JobRow::log(const QString &line)
{
    // The port opened, else the one asked for, also once the dump is over.
    emit logLine(JobText::logLine(m_openedPort.isEmpty() ? JobText::port(m_request.port) : m_openedPort, line));
}

void JobRow::showProgress(const DumpProgress &p)
{
    if (p.total <= 0)
        return;
    m_progress = p;
    m_bar->setRange(0, DumpProgress::kScale);
    m_bar->setValue(p.scaled());
    m_bar->setToolTip(tr("%1 of %2").arg(humanSize(p.done), humanSize(p.total)));
}

void JobRow::onFinished(const DumpResult &result)
{
    m_result = result;
    m_stage = DumpStage::Done;
    m_bar->setRange(0, DumpProgress::kScale);
    m_bar->setValue(DumpProgress::kScale);
    setState(State::Done);
    log(JobText::done(result));
    emit ended();
}

void JobRow::onFailed(const DumpError &error)
{
    m_error = error;
    m_stage = error.code == ErrorCode::Cancelled ? DumpStage::Cancelled : DumpStage::Failed;
    m_bar->setRange(0, DumpProgress::kScale);
    if (!m_progress)
        m_bar->setValue(0);
    setState(State::Failed);
    log(JobText::failed(m_stage, error));
    if (const QString kept = keptText(); !kept.isEmpty())
        log(kept);
    emit ended();
}

void JobRow::setState(State state)
{
    m_state = state;
    updateWidgets();
    emit stateChanged();
}

void JobRow::retranslateUi()
{
    m_output->retranslateUi();
    QStringList how{tr("%1 blocks").arg(humanSize(m_request.blockSize))};
    if (m_request.verify)
        how << tr("read twice to verify");
    if (m_request.pipelineDepth == DumpDefaults::kCarefulDepth)
        how << tr("careful mode");
    m_range->setToolTip(how.join(QLatin1Char('\n')));
    m_details->retranslateUi();
    updateWidgets();
}

QString JobRow::rangeText() const
{
    // The size found from the phone belongs to this run, not to the next phone.
    return JobText::range(m_request, isRunning() ? m_sized : std::nullopt);
}

QString JobRow::keptText() const
{
    return canContinue() ? JobText::kept(m_request.outputPath, m_sized ? m_sized->length : m_request.length)
                         : QString();
}

void JobRow::updateNames()
{
    const QString job = jobName();
    m_port->comboBox()->setAccessibleName(tr("Port of job %1").arg(m_number));
    m_output->setJobName(job);
    m_range->setAccessibleName(tr("What %1 reads").arg(job));
    m_bar->setAccessibleName(tr("Progress of %1").arg(job));
    m_status->setAccessibleName(tr("Status of %1").arg(job));
    m_start->setAccessibleName(canContinue() ? tr("Continue %1").arg(job) : tr("Start %1").arg(job));
    m_stop->setAccessibleName(isRunning() ? tr("Cancel %1").arg(job) : tr("Remove %1").arg(job));
    m_details->setJobName(job);
}

void JobRow::updateWidgets()
{
    const bool running = m_state == State::Running;
    m_port->setEnabled(!running);
    m_output->setEnabled(!running);
    m_start->setEnabled(!running);
    m_start->setText(canContinue() ? tr("Con&tinue") : tr("&Start"));
    m_start->setToolTip(canContinue() ? tr("Continue the partial dump: connect the same phone again") : QString());
    m_stop->setText(running ? tr("Cancel") : tr("Remove"));
    m_stop->setEnabled(!running || !m_cancelling);
    m_range->setText(rangeText());

    // The status column says where the row is in a word or two; the details
    // line under the row, as wide as the table, says the rest.
    QString text;
    QString tip;
    QString style;
    switch (m_state) {
    case State::Ready:
        text = tr("Ready");
        m_details->clear();
        break;
    case State::Refused:
        text = tr("Not started");
        style = kRed;
        m_details->showRefusal(m_refusal ? m_refusal() : QString());
        break;
    case State::Running:
        text = StageText::title(m_stage);
        if (m_stage == DumpStage::WaitingForPort)
            tip = StageText::connectInstruction();
        m_details->clear();
        break;
    case State::Done:
        text = StageText::title(DumpStage::Done);
        style = kGreen;
        if (m_result)
            m_details->showResult(*m_result);
        break;
    case State::Failed:
        text = StageText::title(m_stage);
        style = m_error && m_error->code == ErrorCode::Cancelled ? QString() : kRed;
        if (m_error)
            m_details->showFailure(*m_error, keptText());
        break;
    }
    m_status->setText(text);
    m_status->setToolTip(tip);
    m_status->setStyleSheet(style);
    if (m_progress)
        m_bar->setToolTip(tr("%1 of %2").arg(humanSize(m_progress->done), humanSize(m_progress->total)));
    updateNames();
}
