// SPDX-License-Identifier: Unlicense
// File > Open a dump: what any dump file on disk holds, the same as the Done
// panel says of a new one (firmware, flash, user data, the map), with the
// phone and the size found from it when a report lies next to the file.
// The file is read in a thread of its own: a big one takes a moment.
#pragma once

#include "DumpTypes.h"
#include "identity/DumpIdentity.h"

#include <QDialog>
#include <optional>

class DumpSummary;
class QLabel;
class QLineEdit;

class DumpView : public QDialog
{
    Q_OBJECT
public:
    DumpView(const QString &path, QWidget *parent = nullptr);
    ~DumpView() override;

    bool isReady() const { return m_ready; }
    DumpSummary *summary() const { return m_summary; }

signals:
    void ready();

protected:
    void changeEvent(QEvent *event) override;

private:
    struct Reading;
    void showIdentity(const std::optional<DumpIdentity> &identity, const QString &why);
    void retranslateUi();

    QString m_path;
    QLabel *m_file;
    QLabel *m_phone;
    QLineEdit *m_sha;
    DumpSummary *m_summary;
    QThread *m_thread = nullptr;
    bool m_ready = false;
    std::optional<PhoneInfo> m_phoneInfo;
};
