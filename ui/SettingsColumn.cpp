// SPDX-License-Identifier: Unlicense
#include "SettingsColumn.h"

#include "AdvancedOptions.h"
#include "DemoPhones.h"
#include "OutputChooser.h"
#include "PortPicker.h"
#include "RangeEditor.h"
#include "Settings.h"
#include "UiText.h"

#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStyle>
#include <QToolButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace {
// Scrolls up and down only, and is never narrower than its choices with the
// scroll bar beside them: a narrower one cut the ends of the choices off (the
// start of a right-to-left group title).
class ChoicesScroll : public QScrollArea
{
public:
    using QScrollArea::QScrollArea;

    QSize minimumSizeHint() const override
    {
        QSize hint = QScrollArea::minimumSizeHint();
        if (widget())
            hint.setWidth(widget()->minimumSizeHint().width() + verticalScrollBar()->sizeHint().width()
                          + 2 * frameWidth());
        return hint;
    }

    QSize sizeHint() const override { return QScrollArea::sizeHint().expandedTo(QSize(minimumSizeHint().width(), 0)); }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        // The choices' width changes with the language: ask for room again.
        if (watched == widget() && event->type() == QEvent::LayoutRequest)
            updateGeometry();
        return QScrollArea::eventFilter(watched, event);
    }
};
} // namespace

SettingsColumn::SettingsColumn(PortLister lister, QWidget *parent)
    : QWidget(parent),
      m_portPicker(new PortPicker(std::move(lister), this)),
      m_range(new RangeEditor(this)),
      m_advanced(new AdvancedOptions(this)),
      m_output(new OutputChooser(this)),
      m_verify(new QCheckBox(this)),
      m_verifyHint(new QLabel(this)),
      m_keepGoing(new QCheckBox(this)),
      m_keepGoingHint(new QLabel(this)),
      m_stackAlert(new QCheckBox(this)),
      m_dumpButton(new QPushButton(this)),
      m_cancelButton(new QPushButton(this))
{
    m_keepGoing->setObjectName(QStringLiteral("keepGoing"));
    m_verify->setObjectName(QStringLiteral("verify"));
    m_stackAlert->setObjectName(QStringLiteral("stackAlert"));
    m_keepGoingHint->setWordWrap(true);
    m_keepGoingHint->setBuddy(m_keepGoing);
    m_keepGoingHint->setContentsMargins(m_keepGoing->style()->pixelMetric(QStyle::PM_IndicatorWidth) + 6, 0, 0, 0);
    m_keepGoingHint->setStyleSheet(QStringLiteral("color: palette(dark);"));
    connect(m_keepGoing, &QCheckBox::toggled, m_stackAlert, &QWidget::setVisible);
    m_verifyHint->setWordWrap(true);
    m_verifyHint->setBuddy(m_verify);
    m_verifyHint->setContentsMargins(m_verify->style()->pixelMetric(QStyle::PM_IndicatorWidth) + 6, 0, 0, 0);
    m_verifyHint->setStyleSheet(QStringLiteral("color: palette(dark);"));
    m_dumpButton->setObjectName(QStringLiteral("dumpButton"));
    m_cancelButton->setObjectName(QStringLiteral("cancelButton"));
    QFont bold = m_dumpButton->font();
    bold.setBold(true);
    m_dumpButton->setFont(bold);
    m_dumpButton->setMinimumHeight(m_dumpButton->sizeHint().height() * 3 / 2);
    m_cancelButton->setMinimumHeight(m_dumpButton->minimumHeight());

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_dumpButton, 2);
    buttons->addWidget(m_cancelButton, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    // The choices scroll when the window is too short for all of them (the
    // advanced options open on a small screen); Dump and Cancel stay in view.
    m_scroll = new ChoicesScroll(this);
    m_scroll->setObjectName(QStringLiteral("settingsScroll"));
    m_scroll->setWidget(buildChoices());
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_scroll->viewport()->setAutoFillBackground(false);
    m_choices->setAutoFillBackground(false);
    layout->addWidget(m_scroll, 1);
    layout->addLayout(buttons);
    setMaximumWidth(560);

    connect(m_range, &RangeEditor::validityChanged, this, &SettingsColumn::updateButtons);
    connect(m_advanced, &AdvancedOptions::anyAddressChanged, m_range, &RangeEditor::setAnyAddress);
    // Opened at the bottom of a short window: show what just opened.
    connect(m_advanced->toggleButton(), &QToolButton::toggled, this, [this](bool open) {
        if (open)
            QTimer::singleShot(0, this, [this] { m_scroll->ensureWidgetVisible(m_advanced); });
    });
    connect(m_dumpButton, &QPushButton::clicked, this, &SettingsColumn::dumpRequested);
    connect(m_cancelButton, &QPushButton::clicked, this, &SettingsColumn::cancelRequested);
    // Return in a text field means "go", as in a dialog.
    for (QLineEdit *edit :
         {m_range->startEdit(), m_range->lengthEdit(), m_output->pathEdit(), m_portPicker->comboBox()->lineEdit()})
        connect(edit, &QLineEdit::returnPressed, this, &SettingsColumn::dumpRequested);
    setTabOrder();
    retranslateUi();
}

QWidget *SettingsColumn::buildChoices()
{
    m_choices = new QWidget(this);
    m_phoneBox = new QGroupBox(m_choices);
    auto *phoneForm = new QFormLayout(m_phoneBox);
    m_portLabel = new QLabel(m_phoneBox);
    m_portLabel->setBuddy(m_portPicker->comboBox());
    phoneForm->addRow(m_portLabel, m_portPicker);

    m_rangeBox = new QGroupBox(m_choices);
    auto *rangeLayout = new QVBoxLayout(m_rangeBox);
    rangeLayout->addWidget(m_range);
    rangeLayout->addWidget(m_verify);
    rangeLayout->addWidget(m_verifyHint);
    rangeLayout->addWidget(m_advanced);

    m_saveBox = new QGroupBox(m_choices);
    auto *saveLayout = new QVBoxLayout(m_saveBox);
    saveLayout->addWidget(m_output);
    saveLayout->addWidget(m_keepGoing);
    saveLayout->addWidget(m_keepGoingHint);
    saveLayout->addWidget(m_stackAlert);

    auto *layout = new QVBoxLayout(m_choices);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_phoneBox);
    layout->addWidget(m_rangeBox);
    layout->addWidget(m_saveBox);
    layout->addStretch();
    return m_choices;
}

void SettingsColumn::setTabOrder()
{
    const QList<QWidget *> order{m_portPicker->comboBox(),
                                 m_range->presetBox(),
                                 m_range->startEdit(),
                                 m_range->lengthEdit(),
                                 static_cast<QWidget *>(m_verify),
                                 m_advanced->toggleButton(),
                                 m_advanced->blockSizeBox(),
                                 m_advanced->carefulBox(),
                                 m_advanced->anyAddressBox(),
                                 m_output->pathEdit(),
                                 m_output->browseButton(),
                                 static_cast<QWidget *>(m_keepGoing),
                                 static_cast<QWidget *>(m_stackAlert),
                                 static_cast<QWidget *>(m_dumpButton),
                                 static_cast<QWidget *>(m_cancelButton)};
    for (qsizetype i = 1; i < order.size(); ++i)
        QWidget::setTabOrder(order.at(i - 1), order.at(i));
}

void SettingsColumn::retranslateUi()
{
    m_verify->setText(tr("&Verify"));
    m_verify->setAccessibleName(tr("Verify by reading twice"));
    m_verifyHint->setText(tr("Reads everything a second time and compares; blocks that differ are read again "
                             "until two reads agree. Takes about twice as long."));
    m_verify->setAccessibleDescription(m_verifyHint->text());
    m_keepGoing->setText(tr("&Keep going"));
    m_keepGoing->setAccessibleName(tr("Keep going with the next phone"));
    m_keepGoingHint->setText(tr("For a stack of phones: after each one, wait for the next. Each dump gets its own "
                                "file name in the same folder."));
    m_keepGoing->setAccessibleDescription(m_keepGoingHint->text());
    m_stackAlert->setText(tr("Sound and alert for each phone"));
    m_stackAlert->setAccessibleName(tr("Sound and alert when a phone is done"));
    m_phoneBox->setTitle(tr("Phone"));
    m_portLabel->setText(tr("&Port:"));
    m_rangeBox->setTitle(tr("What to read"));
    m_saveBox->setTitle(tr("Save to"));
    m_dumpButton->setText(tr("&Dump"));
    m_dumpButton->setAccessibleName(tr("Dump the flash"));
    m_cancelButton->setText(tr("&Cancel"));
    m_cancelButton->setAccessibleName(tr("Cancel the dump"));
    updateButtons();
}

QSize SettingsColumn::minimumSizeHint() const
{
    // A hint, not setMinimumWidth(): a fixed minimum would override what the
    // choices need, and a page with a wide right side could then squeeze
    // the column until its choices are cut at the scroll bar.
    return QWidget::minimumSizeHint().expandedTo(QSize(kNarrowest, 0));
}

void SettingsColumn::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

std::optional<DumpRequest> SettingsColumn::request(QString *why) const
{
    const std::optional<FlashRange> range = m_range->range();
    if (!range && !m_range->isWholeFlash()) {
        if (why)
            *why = m_range->errorText();
        return std::nullopt;
    }
    DumpRequest r;
    r.port = m_portPicker->portSpec();
    r.outputPath = m_output->path();
    r.wholeFlash = m_range->isWholeFlash();
    r.start = range ? range->start : 0;
    r.length = range ? range->length : 0;
    r.anyAddress = m_advanced->anyAddress();
    // A name MTreader made up may follow the firmware; one the user typed stays.
    r.nameFromIdentity = m_output->isAutomatic();
    r.blockSize = m_advanced->blockSize();
    r.verify = m_verify->isChecked();
    r.pipelineDepth = m_advanced->pipelineDepth();
    return r;
}

bool SettingsColumn::canDump() const
{
    return !m_busy && m_range->isValid();
}

void SettingsColumn::setBusy(bool busy)
{
    m_busy = busy;
    updateButtons();
}

void SettingsColumn::updateButtons()
{
    m_dumpButton->setEnabled(canDump());
    m_cancelButton->setEnabled(m_busy);
    m_choices->setEnabled(!m_busy);
    m_dumpButton->setToolTip(m_range->isValid() ? tr("Start, then connect the phone when asked (Ctrl+Return)")
                                                : m_range->errorText());
}

bool SettingsColumn::keepGoing() const
{
    return m_keepGoing->isChecked();
}

bool SettingsColumn::stackAlert() const
{
    return m_stackAlert->isChecked();
}

void SettingsColumn::load(const Settings &s)
{
    m_portPicker->setPortSpec(s.port);
    m_range->setCustom(s.start, s.length);
    m_range->setPreset(RangeEditor::presetFromKey(s.rangePreset));
    m_advanced->setBlockSize(s.blockSize);
    m_verify->setChecked(s.verify);
    m_advanced->setCareful(s.careful);
    m_keepGoing->setChecked(s.keepGoing);
    m_stackAlert->setChecked(s.stackAlert);
    m_stackAlert->setVisible(s.keepGoing);
    m_output->setFolder(s.folder);
    if (s.outputName.isEmpty())
        m_output->renewAutomaticName();
    else
        m_output->setPath(UiText::nextFreeName(s.outputName));
}

void SettingsColumn::save(Settings &s) const
{
    // Virtual ports do not survive a restart; Automatic finds them anyway.
    s.port = DemoPhones::isVirtual(m_portPicker->portSpec()) ? DumpDefaults::autoPort() : m_portPicker->portSpec();
    s.rangePreset = RangeEditor::presetKey(m_range->preset());
    if (m_range->preset() == RangeEditor::kCustomPreset) {
        s.start = m_range->startText();
        s.length = m_range->lengthText();
    }
    s.folder = m_output->folder();
    s.blockSize = m_advanced->blockSize();
    s.verify = m_verify->isChecked();
    s.careful = m_advanced->careful();
    s.keepGoing = m_keepGoing->isChecked();
    s.stackAlert = m_stackAlert->isChecked();
    s.outputName = m_output->userName();
}
