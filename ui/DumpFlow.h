// SPDX-License-Identifier: Unlicense
// The main window's dump, from Dump to its end: the questions about the
// file, the worker, each stage on its panel, the history, and Keep going
// through a stack of phones (counting them, never dumping the phone just
// done twice, moving on after a failure). The window owns the widgets and
// gives them here; this class decides what they show.
#pragma once

#include "DumpEnvironment.h"
#include "DumpEvent.h"
#include "DumpTypes.h"

#include <QObject>
#include <functional>
#include <optional>

class DemoPhones;
class DumpController;
class KeepGoingFlow;
class SessionRecorder;
class SettingsColumn;
class StagePanels;
class QWidget;

class DumpFlow : public QObject
{
    Q_OBJECT
public:
    struct Parts
    {
        QWidget *window = nullptr; // parent of the questions asked
        SettingsColumn *settings = nullptr;
        StagePanels *panels = nullptr;
        DemoPhones *demo = nullptr;
        std::function<void(const QString &)> log;
        std::function<void(const QString &, int ms)> status;
    };
    DumpFlow(const DumpEnvironment &env, Parts parts, QObject *parent = nullptr);
    ~DumpFlow() override;

    bool isRunning() const;
    bool isBusy() const; // running, or Keep going waiting for a phone to go
    // Past waiting for the phone: stopping now loses what was read.
    bool isReading() const;
    // The dump running now, or the last one.
    const DumpRequest &request() const { return m_request; }
    KeepGoingFlow *keepGoing() const { return m_keepGoing; }
    SessionRecorder *recorder() const { return m_recorder; }
    // Names other dumps will write (the jobs window's): not for a name here.
    void setNamesInUse(std::function<bool(const QString &)> inUse) { m_namesInUse = std::move(inUse); }
    // Where demo dumps go, apart from real ones.
    static QString demoFolder();

    // The window closes once the dump has stopped.
    void closeWhenIdle() { m_closeWhenIdle = true; }
    bool closingWhenIdle() const { return m_closeWhenIdle; }
    // Texts made from the state of the dump, again in the new language.
    void retranslate();
    // The Ready page's list of partial dumps waiting to be continued.
    void refreshUnfinished();

public slots:
    void dump();
    void cancel();
    // Continue a partial dump: from the history, or the Ready page.
    void continueDump(const DumpRequest &request);

signals:
    void busyChanged();
    // The dump is over and the window asked to close meanwhile.
    void idleForClose();

private:
    void start(DumpRequest request);
    void resume();
    void dumpAnother();
    void dumpSamePhoneAgain();
    void startNextPhone();
    void onDumpEvent(const DumpEvent &event);
    void onStageChanged(Mt::DumpStage stage);
    void onFinished(const DumpResult &result);
    void onFailed(const DumpError &error, const DumpResult &partial);
    void afterFailureWhileKeepingGoing(const DumpError &error, const DumpResult &partial);
    void alert();
    bool portPresent(const QString &location) const;
    QString keptText() const;
    QString previousSummary() const;
    QString chipForNames() const;
    DumpRequest forThisPhone(DumpRequest request) const;

    DumpEnvironment m_env;
    Parts m_parts;
    DumpController *m_controller;
    KeepGoingFlow *m_keepGoing;
    SessionRecorder *m_recorder;
    std::function<bool(const QString &)> m_namesInUse;

    DumpRequest m_request;
    PhoneInfo m_lastPhone; // names the next automatic file
    Mt::DumpStage m_stage = Mt::DumpStage::Idle;
    std::optional<DumpError> m_lastError; // shown in the Failed panel
    QString m_previously;                 // the history knew the phone being read
    bool m_dumpSamePhoneOnce = false;
    bool m_phoneRestarted = false;
    bool m_closeWhenIdle = false;
};
