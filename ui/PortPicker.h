// SPDX-License-Identifier: Unlicense
// The port choice: Automatic (first MediaTek BootROM port), every port the
// PortCatalog sees, or any path typed in (adapters, ptys, virtual ports).
// The list follows ports coming and going without losing the choice.
#pragma once

#include "PortInfo.h"

#include <QComboBox>

class PortCatalog;

// Reads the list again the moment the user opens it.
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
    // Lists ports with its own PortCatalog.
    explicit PortPicker(PortLister lister, QWidget *parent = nullptr);
    // Follows a catalog that others share (the jobs window's rows).
    explicit PortPicker(PortCatalog *shared, QWidget *parent = nullptr);

    // "auto", a system location, or the text typed in.
    QString portSpec() const;
    void setPortSpec(const QString &spec);
    bool isAutomatic() const;

    // The catalog behind the list (named for its callers).
    PortCatalog *watcher() const { return m_catalog; }
    QComboBox *comboBox() const { return m_combo; }
    // A phone is expected: a list of one's own (demo, fakes) is asked often;
    // the system's ports are followed by events anyway.
    void setWaiting(bool waiting);

    static QString automaticText();

signals:
    void portSpecChanged();

protected:
    void changeEvent(QEvent *event) override;

private:
    PortPicker(PortCatalog *shared, PortLister lister, QWidget *parent);
    void rebuild(const QList<PortInfo> &ports);
    void retranslateUi();

    PortCatalog *m_catalog;
    RefreshingComboBox *m_combo;
};
