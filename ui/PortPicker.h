// SPDX-License-Identifier: Unlicense
// The port choice: Automatic (first MediaTek BootROM port), every port the
// PortWatcher sees, or any path typed in (adapters, ptys, virtual ports).
// The list follows ports coming and going without losing the choice.
#pragma once

#include "PortInfo.h"

#include <QComboBox>

class PortWatcher;

// Re-lists the ports the moment the user opens the list.
class RefreshingComboBox : public QComboBox
{
    Q_OBJECT
public:
    using QComboBox::QComboBox;
    void showPopup() override;

signals:
    void aboutToShowPopup();
};

class PortPicker : public QWidget
{
    Q_OBJECT
public:
    // Lists ports with its own PortWatcher.
    explicit PortPicker(PortLister lister, QWidget *parent = nullptr);
    // Follows a watcher that others share (the jobs window's rows).
    explicit PortPicker(PortWatcher *shared, QWidget *parent = nullptr);

    // "auto", a system location, or the text typed in.
    QString portSpec() const;
    void setPortSpec(const QString &spec);
    bool isAutomatic() const;

    PortWatcher *watcher() const { return m_watcher; }
    QComboBox *comboBox() const { return m_combo; }
    // Polls fast while a phone is expected: a BROM port may live only 0.3 s.
    void setWaiting(bool waiting);

    static QString automaticText();

signals:
    void portSpecChanged();

protected:
    void changeEvent(QEvent *event) override;

private:
    PortPicker(PortWatcher *shared, PortLister lister, QWidget *parent);
    void rebuild(const QList<PortInfo> &ports);
    void retranslateUi();

    PortWatcher *m_watcher;
    RefreshingComboBox *m_combo;
};
