// SPDX-License-Identifier: Unlicense
// The left column of the main window: which port, what to read, how, where
// to save it, Keep going, and the Dump and Cancel buttons. It is the one
// place a DumpRequest is made from what the user chose.
#pragma once

#include "DumpTypes.h"
#include "PortInfo.h"

#include <QWidget>
#include <optional>

class AdvancedOptions;
class OutputChooser;
class PortPicker;
class QCheckBox;
class QGroupBox;
class QLabel;
class QPushButton;
class QScrollArea;
class RangeEditor;
struct Settings;

class SettingsColumn : public QWidget
{
    Q_OBJECT
public:
    explicit SettingsColumn(PortLister lister, QWidget *parent = nullptr);

    QSize minimumSizeHint() const override;

    // The dump the widgets describe: port, range, file, block size, checks.
    // Nothing (and why, in *why) while the range is not valid.
    std::optional<DumpRequest> request(QString *why = nullptr) const;
    bool canDump() const;
    // While a dump runs (or Keep going waits) the choices are locked.
    void setBusy(bool busy);

    bool keepGoing() const;
    // Keep going: a sound and the window's alert when a phone is done.
    bool stackAlert() const;
    void load(const Settings &settings);
    void save(Settings &settings) const;

    PortPicker *portPicker() const { return m_portPicker; }
    RangeEditor *range() const { return m_range; }
    OutputChooser *output() const { return m_output; }
    QPushButton *dumpButton() const { return m_dumpButton; }
    QPushButton *cancelButton() const { return m_cancelButton; }

signals:
    void dumpRequested();
    void cancelRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    static constexpr int kNarrowest = 380;

    QWidget *buildChoices();
    void setTabOrder();
    void retranslateUi();
    void updateButtons();

    PortPicker *m_portPicker;
    RangeEditor *m_range;
    AdvancedOptions *m_advanced;
    OutputChooser *m_output;
    QCheckBox *m_verify;
    QLabel *m_verifyHint;
    QCheckBox *m_keepGoing;
    QLabel *m_keepGoingHint;
    QCheckBox *m_stackAlert;
    QPushButton *m_dumpButton;
    QPushButton *m_cancelButton;
    QWidget *m_choices = nullptr;
    QScrollArea *m_scroll = nullptr;
    QGroupBox *m_phoneBox = nullptr;
    QGroupBox *m_rangeBox = nullptr;
    QGroupBox *m_saveBox = nullptr;
    QLabel *m_portLabel = nullptr;
    bool m_busy = false;
};
