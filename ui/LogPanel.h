// SPDX-License-Identifier: Unlicense
// The log, in a dock the user can hide: timestamped worker messages, stage
// changes and the technical side of every error, to copy into a bug report.
#pragma once

#include <QDockWidget>

class QPlainTextEdit;

class LogPanel : public QDockWidget
{
    Q_OBJECT
public:
    explicit LogPanel(QWidget *parent = nullptr);

    void append(const QString &line);
    QString text() const;

private:
    void save();

    QPlainTextEdit *m_text;
};
