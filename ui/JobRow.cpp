// SPDX-License-Identifier: Unlicense
// One row of the jobs window; its words are redone from its state on every
// change of language.
#include "JobRow.h"

#include "DumpController.h"
#include "DumpJob.h"
#include "ErrorText.h"
#include "PortPicker.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QToolButton>

using Mt::DumpStage;
using Mt::ErrorCode;

namespace {
const QString kRed = QStringLiteral("color: #b00020;");
const QString kGreen = QStringLiteral("color: #1b7f3b;");
} // namespace

JobRow::JobRow(const DumpEnvironment &env, PortCatalog *ports, QObject *parent)
    : QObject(parent), m_controller(new DumpController(env, this)), m_port(new PortPicker(ports)),
      m_outputCell(new QWidget), m_output(new QLineEdit(m_outputCell)), m_browse(new QToolButton(m_outputCell)),
      m_range(new QLabel), m_bar(new QProgressBar), m_status(new QLabel), m_actions(new QWidget),
      m_start(new QPushButton(m_actions)), m_stop(new QPushButton(m_actions))
{
    m_port->setObjectName(QStringLiteral("jobPort"));
    m_output->setObjectName(QStringLiteral("jobOutput"));
    m_bar->setObjectName(QStringLiteral("jobProgress"));
    m_status->setObjectName(QStringLiteral("jobStatus"));
    m_start->setObjectName(QStringLiteral("jobStart"));
    m_stop->setObjectName(QStringLiteral("jobStop"));

    m_port->comboBox()->setMinimumContentsLength(14);
    m_browse->setText(QStringLiteral("\u2026"));
    auto *outputLayout = new QHBoxLayout(m_outputCell);
    outputLayout->setContentsMargins(2, 2, 2, 2);
    outputLayout->setSpacing(2);
    outputLayout->addWidget(m_output, 1);
    outputLayout->addWidget(m_browse);
    m_range->setContentsMargins(4, 0, 4, 0);
    m_bar->setRange(0, 1000);
    m_bar->setValue(0);
    m_status->setWordWrap(true);
    m_status->setAlignment(Qt::AlignLeading | Qt::AlignVCenter);
    m_status->setContentsMargins(4, 2, 4, 2);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
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
    connect(m_browse, &QToolButton::clicked, this, &JobRow::browse);
    connect(m_output, &QLineEdit::textEdited, this, [this] {
        m_automatic = false;
        if (m_state == State::Refused)
            setState(State::Ready);
    });
    connect(m_port, &PortPicker::portSpecChanged, this, [this] {
        if (m_state == State::Refused)
            setState(State::Ready);
    });

    connect(m_controller, &DumpController::stageChanged, this, [this](DumpStage stage) {
        m_stage = stage;
        if (stage == DumpStage::Verifying)
            m_progress.reset();
        updateWidgets();
    });
    connect(m_controller, &DumpController::portOpened, this, [this](const QString &port) { m_openedPort = port; });
    connect(m_controller, &DumpController::progress, this, [this](const DumpProgress &p) {
        if (p.total <= 0)
            return;
        m_progress = p;
        m_bar->setRange(0, 1000);
        m_bar->setValue(int(p.done * 1000 / p.total));
        m_bar->setToolTip(tr("%1 of %2").arg(humanSize(p.done), humanSize(p.total)));
    });
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
    case PortColumn:
        return m_port;
    case OutputColumn:
        return m_outputCell;
    case RangeColumn:
        return m_range;
    case ProgressColumn:
        return m_bar;
    case StatusColumn:
        return m_status;
    case ActionsColumn:
        return m_actions;
    case ColumnCount:
        break;
    }
    return nullptr;
}

QString JobRow::portSpec() const
{
    return m_port->portSpec();
}

void JobRow::setPortSpec(const QString &spec)
{
    m_port->setPortSpec(spec);
}

QString JobRow::outputPath() const
{
    const QString text = m_output->text().trimmed();
    if (text.isEmpty())
        return {};
    return QDir::isAbsolutePath(text) ? QDir::cleanPath(QDir::fromNativeSeparators(text))
                                      : QDir(m_folder).filePath(text);
}

void JobRow::setOutputPath(const QString &path)
{
    m_automatic = false;
    showPath(path);
}

void JobRow::setAutomaticPath(const QString &path)
{
    m_automatic = true;
    showPath(path);
}

void JobRow::showPath(const QString &path)
{
    // An automatic name in the main window's folder: the name alone says it,
    // and the column is narrow.
    const QFileInfo file(path);
    const bool inFolder = m_automatic && !m_folder.isEmpty()
                          && file.absolutePath() == QFileInfo(m_folder).absoluteFilePath();
    m_output->setText(inFolder ? file.fileName() : QDir::toNativeSeparators(path));
    m_output->setCursorPosition(0);
    m_output->setToolTip(QDir::toNativeSeparators(file.absoluteFilePath()));
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
           && QFileInfo::exists(DumpJob::partialPath(m_request.outputPath));
}

QString JobRow::statusText() const
{
    return m_status->text();
}

bool JobRow::start(const DumpRequest &request)
{
    if (isRunning())
        return false;
    m_request = request;
    m_result.reset();
    m_error.reset();
    m_progress.reset();
    m_refusal = nullptr;
    m_openedPort.clear();
    m_cancelling = false;
    m_stage = DumpStage::WaitingForPort;
    if (!m_controller->start(request))
        return false;
    m_bar->setRange(0, 0);
    setState(State::Running);
    return true;
}

void JobRow::cancel()
{
    if (!isRunning())
        return;
    m_cancelling = true;
    m_stop->setEnabled(false);
    m_controller->cancel();
}

void JobRow::refuse(const std::function<QString()> &why)
{
    m_refusal = why;
    setState(State::Refused);
}

void JobRow::onFinished(const DumpResult &result)
{
    m_result = result;
    m_stage = DumpStage::Done;
    m_bar->setRange(0, 1000);
    m_bar->setValue(1000);
    setState(State::Done);
    emit ended();
}

void JobRow::onFailed(const DumpError &error)
{
    m_error = error;
    m_stage = error.code == ErrorCode::Cancelled ? DumpStage::Cancelled : DumpStage::Failed;
    m_bar->setRange(0, 1000);
    if (!m_progress)
        m_bar->setValue(0);
    setState(State::Failed);
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
    m_output->setAccessibleName(tr("Output file of this job"));
    m_browse->setToolTip(tr("Choose the output file"));
    m_port->comboBox()->setAccessibleName(tr("Port of this job"));
    m_bar->setAccessibleName(tr("Progress of this job"));
    m_status->setAccessibleName(tr("Status of this job"));
    m_range->setText(tr("%1 from 0x%2").arg(humanSize(qint64(m_request.length))).arg(m_request.start, 0, 16));
    QStringList how{tr("%1 blocks").arg(humanSize(m_request.blockSize))};
    if (m_request.verify)
        how << tr("read twice to verify");
    if (m_request.pipelineDepth <= 1)
        how << tr("careful mode");
    m_range->setToolTip(how.join(QLatin1Char('\n')));
    updateWidgets();
}

void JobRow::updateWidgets()
{
    const bool running = m_state == State::Running;
    m_port->setEnabled(!running);
    m_outputCell->setEnabled(!running);
    m_start->setEnabled(!running);
    m_start->setText(canContinue() ? tr("Con&tinue") : tr("&Start"));
    m_start->setToolTip(canContinue() ? tr("Continue the partial dump: connect the same phone again") : QString());
    m_stop->setText(running ? tr("Cancel") : tr("Remove"));
    m_stop->setEnabled(!running || !m_cancelling);

    QString text;
    QString tip;
    QString style;
    switch (m_state) {
    case State::Ready:
        text = tr("Ready");
        break;
    case State::Refused:
        text = m_refusal ? m_refusal() : QString();
        style = kRed;
        break;
    case State::Running:
        text = ErrorText::stageTitle(m_stage);
        if (m_stage == DumpStage::WaitingForPort)
            tip = ErrorText::connectInstruction();
        break;
    case State::Done:
        text = ErrorText::stageTitle(DumpStage::Done);
        if (m_result)
            tip = tr("Saved %1\nSHA-256 %2")
                      .arg(QDir::toNativeSeparators(m_result->path), QString::fromLatin1(m_result->sha256.toHex()));
        style = kGreen;
        break;
    case State::Failed:
        if (m_error) {
            const ErrorText::Message m = ErrorText::forError(*m_error);
            text = m.what;
            tip = m.next;
        }
        style = m_error && m_error->code == ErrorCode::Cancelled ? QString() : kRed;
        break;
    }
    m_status->setText(text);
    m_status->setToolTip(tip);
    m_status->setStyleSheet(style);
    if (m_progress)
        m_bar->setToolTip(tr("%1 of %2").arg(humanSize(m_progress->done), humanSize(m_progress->total)));
}

void JobRow::browse()
{
    const QString chosen = QFileDialog::getSaveFileName(m_outputCell, tr("Save the dump as"),
                                                        outputPath().isEmpty() ? m_folder : outputPath(),
                                                        tr("Flash dumps (*.bin);;All files (*)"), nullptr,
                                                        QFileDialog::DontConfirmOverwrite);
    if (chosen.isEmpty())
        return;
    setOutputPath(chosen);
    if (m_state == State::Refused)
        setState(State::Ready);
}
