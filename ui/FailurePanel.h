// SPDX-License-Identifier: Unlicense
// The dump failed (or was cancelled): what happened in one sentence, what to
// do next, and when a partial file was kept, a way to continue it.
#pragma once

#include "DumpError.h"

#include <QWidget>
#include <optional>

class QLabel;
class QPushButton;

class FailurePanel : public QWidget
{
    Q_OBJECT
public:
    explicit FailurePanel(QWidget *parent = nullptr);

    // kept: what a resumed dump would continue ("1.00 MiB of 4.00 MiB kept
    // in …"); empty when there is nothing to resume. On a change of language
    // the caller sets the error again with kept in the new language.
    // phoneRestarted: the phone was told to restart after the stop, so it
    // may simply be unplugged.
    void setError(const DumpError &error, const QString &kept, bool phoneRestarted = false);
    QString headline() const;
    QString advice() const;
    QPushButton *resumeButton() const { return m_resume; }

signals:
    void resumeRequested();
    void showLogRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    QLabel *m_title;
    QLabel *m_what;
    QLabel *m_next;
    QLabel *m_kept;
    QLabel *m_phone;
    QPushButton *m_resume;
    QPushButton *m_showLog;
    std::optional<DumpError> m_error;
    QString m_keptText;
    bool m_phoneRestarted = false;
};
