// SPDX-License-Identifier: Unlicense
#include "PortPicker.h"

#include "PortArrivalWait.h"
#include "PortCatalog.h"
#include "UiText.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLineEdit>

void RefreshingComboBox::showPopup()
{
    emit aboutToShowPopup();
    QComboBox::showPopup();
}

PortPicker::PortPicker(PortLister lister, QWidget *parent) : PortPicker(nullptr, std::move(lister), parent) {}

PortPicker::PortPicker(PortCatalog *shared, QWidget *parent) : PortPicker(shared, PortLister{}, parent) {}

PortPicker::PortPicker(PortCatalog *shared, PortLister lister, QWidget *parent)
    : QWidget(parent),
      m_catalog(shared ? shared : new PortCatalog(std::move(lister), this)),
      m_combo(new RefreshingComboBox(this))
{
    m_combo->setObjectName(QStringLiteral("portCombo"));
    m_combo->setEditable(true);
    UiText::followTextDirection(m_combo->lineEdit());
    // Typed paths are used as they are, not added to the list.
    m_combo->setInsertPolicy(QComboBox::NoInsert);
    m_combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_combo->setMinimumContentsLength(24);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_combo);
    setFocusProxy(m_combo);

    connect(m_combo, &RefreshingComboBox::aboutToShowPopup, m_catalog, &PortCatalog::refresh);
    connect(m_catalog, &PortCatalog::portsChanged, this, &PortPicker::rebuild);
    connect(m_combo, &QComboBox::currentTextChanged, this, &PortPicker::portSpecChanged);
    rebuild(m_catalog->ports());
    retranslateUi();
    if (!shared)
        m_catalog->start();
}

void PortPicker::retranslateUi()
{
    m_combo->lineEdit()->setPlaceholderText(tr("Choose a port or type its path"));
    m_combo->setAccessibleName(tr("Port"));
    m_combo->setToolTip(tr("Automatic finds the phone by its USB id. You can also pick a port, "
                           "or type a path such as /dev/ttyUSB0 or COM5."));
    // The choice is kept by its data: only Automatic's words change.
    const QSignalBlocker blocker(m_combo);
    const bool automatic = isAutomatic();
    m_combo->setItemText(0, automaticText());
    if (automatic)
        m_combo->setCurrentIndex(0);
}

void PortPicker::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

QString PortPicker::automaticText()
{
    return tr("Automatic \u2014 first MediaTek phone (%1)").arg(UiText::leftToRight(QStringLiteral("0E8D:0003")));
}

QString PortPicker::portSpec() const
{
    const QString text = m_combo->currentText();
    const int i = m_combo->findText(text, Qt::MatchExactly);
    if (i >= 0)
        return m_combo->itemData(i).toString();
    const QString typed = text.trimmed();
    return typed.isEmpty() ? QStringLiteral("auto") : typed;
}

bool PortPicker::isAutomatic() const
{
    return PortArrivalWait::isAuto(portSpec());
}

void PortPicker::setPortSpec(const QString &spec)
{
    const int i = m_combo->findData(PortArrivalWait::isAuto(spec) ? QStringLiteral("auto") : spec);
    if (i >= 0)
        m_combo->setCurrentIndex(i);
    else
        m_combo->setEditText(spec);
    // The start of a long entry names the port; its end is the USB id.
    if (!m_combo->lineEdit()->hasFocus())
        m_combo->lineEdit()->setCursorPosition(0);
}

void PortPicker::setWaiting(bool waiting)
{
    m_catalog->setWaiting(waiting);
}

void PortPicker::rebuild(const QList<PortInfo> &ports)
{
    const QString spec = portSpec();
    const bool hadFocus = m_combo->lineEdit()->hasFocus();
    const int cursor = m_combo->lineEdit()->cursorPosition();
    {
        // Rebuilding is not a choice by the user: no change signals.
        const QSignalBlocker blocker(m_combo);
        m_combo->clear();
        m_combo->addItem(automaticText(), QStringLiteral("auto"));
        for (const PortInfo &p : ports) {
            m_combo->addItem(p.displayText(), p.systemLocation);
            const int row = m_combo->count() - 1;
            m_combo->setItemData(row, p.systemLocation, Qt::ToolTipRole);
        }
        // A chosen port that went away (the phone reset) stays chosen, as its path.
        setPortSpec(spec);
    }
    if (hadFocus)
        m_combo->lineEdit()->setCursorPosition(cursor);
    if (portSpec() != spec)
        emit portSpecChanged();
}
