// SPDX-License-Identifier: Unlicense
// The "Save to" cell of a job: the file name (a bare name goes into the
// folder) and a button to choose one. A name made up by the window is
// automatic until the user types or chooses another.
#pragma once

#include <QList>
#include <QWidget>

class QLineEdit;
class QToolButton;

class JobOutput : public QWidget
{
    Q_OBJECT
public:
    explicit JobOutput(QWidget *parent = nullptr);

    QString path() const;
    void setPath(const QString &path);
    // A name made up by the window, renewed after each dump.
    void setAutomaticPath(const QString &path);
    bool isAutomatic() const { return m_automatic; }
    QString folder() const { return m_folder; }
    void setFolder(const QString &folder) { m_folder = folder; }

    QList<QWidget *> focusOrder() const;
    // The words of the accessible names: "job 2 (virtual:2)".
    void setJobName(const QString &name);
    void retranslateUi();

signals:
    // The user typed a name or chose a file.
    void edited();

private:
    void browse();
    void showPath(const QString &path);

    QLineEdit *m_edit;
    QToolButton *m_browse;
    QString m_folder;
    QString m_jobName;
    bool m_automatic = true;
};
