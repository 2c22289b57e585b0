// SPDX-License-Identifier: Unlicense
// Where the dump goes: a path field and a Save-as button. Until the user
// picks a name, the name is automatic (chip and time) in the remembered
// folder and is renewed for every dump, so dumps never collide.
#pragma once

#include <QWidget>
#include <functional>

class QLineEdit;
class QPushButton;

class OutputChooser : public QWidget
{
    Q_OBJECT
public:
    explicit OutputChooser(QWidget *parent = nullptr);

    QString path() const;
    // Sets a path chosen by the user (or a test): no longer automatic.
    void setPath(const QString &path);
    bool isAutomatic() const { return m_automatic; }
    QString folder() const { return m_folder; }
    void setFolder(const QString &folder);

    // A fresh automatic name in the folder, e.g. MT6261_20261126-221500.bin.
    // The chip of the next phone is unknown before it is read, so callers
    // pass the previous phone's chip (MT6261 before the first dump).
    // alsoTaken: names other dumps running at once will write.
    void renewAutomaticName(const QString &chip = QStringLiteral("MT6261"),
                            const std::function<bool(const QString &)> &alsoTaken = {});
    // For the next dump: a fresh automatic name, or the user's own name
    // numbered on (phone.bin, phone-2.bin, ...) once the last one is taken.
    void renewName(const QString &chip, const std::function<bool(const QString &)> &alsoTaken = {});
    // The name the user chose, to remember; empty while automatic.
    QString userName() const;

    QLineEdit *pathEdit() const { return m_edit; }
    QPushButton *browseButton() const { return m_browse; }

signals:
    void folderChanged(const QString &folder);

protected:
    void changeEvent(QEvent *event) override;

private:
    void browse();
    void retranslateUi();

    QLineEdit *m_edit;
    QPushButton *m_browse;
    QString m_folder;
    bool m_automatic = true;
};
