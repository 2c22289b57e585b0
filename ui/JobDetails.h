// SPDX-License-Identifier: Unlicense
// The line under a row of the jobs window, across the whole table: what the
// job came to. A saved dump (its final name, size, firmware, ME ID, and the
// SHA-256 to select or copy), a failure's sentence and what to do, a
// cancelled dump, or why the row was not started. Empty while there is
// nothing to say, and then the window hides it.
#pragma once

#include "DumpTypes.h"

#include <QList>
#include <QStringList>
#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;

class JobDetails : public QWidget
{
    Q_OBJECT
public:
    explicit JobDetails(QWidget *parent = nullptr);

    void showResult(const DumpResult &result);
    // kept: what remains of a partial dump and how to continue it, or empty.
    void showFailure(const DumpError &error, const QString &kept);
    void showRefusal(const QString &why);
    void clear();

    bool isEmpty() const { return m_plain.isEmpty(); }
    // What the line says, as plain text.
    QString text() const { return m_plain; }
    QString sha256Text() const;
    // The words of the row's accessible names: "job 2 (virtual:2)".
    void setJobName(const QString &name);
    // Its controls, in Tab order (hidden ones are skipped by Tab).
    QList<QWidget *> focusOrder() const;
    void retranslateUi();

private:
    // headline in bold, in colour when given; the sentences of body after
    // it, each kept on one line when short (empty ones left out).
    void present(const QString &headline, const QString &colour, QStringList body, bool keepWhole);

    QLabel *m_text;
    QWidget *m_shaRow;
    QLabel *m_shaLabel;
    QLineEdit *m_sha;
    QPushButton *m_copy;
    QString m_plain;
    QString m_jobName;
};
