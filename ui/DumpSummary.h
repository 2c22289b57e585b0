// SPDX-License-Identifier: Unlicense
// What a dump is, for people: its firmware, flash chip and size, where the
// user data lives, the content figures, anything that does not add up, and
// the map. Shown on the Done panel and in the dump view.
#pragma once

#include "identity/DumpIdentity.h"

#include <QWidget>
#include <optional>

class FlashMapWidget;
class QLabel;
class QPushButton;

class DumpSummary : public QWidget
{
    Q_OBJECT
public:
    explicit DumpSummary(QWidget *parent = nullptr);

    void setIdentity(const DumpIdentity &identity);
    // The dump could not be read back: say so instead.
    void setUnavailable(const QString &why);

    QString firmwareText() const;
    QString warningsText() const;
    FlashMapWidget *map() const { return m_map; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void showIdentity(const DumpIdentity &id);
    void saveMap();

    QLabel *m_labels[5] = {};
    QLabel *m_firmware;
    QLabel *m_size;
    QLabel *m_chip;
    QLabel *m_userData;
    QLabel *m_content;
    QLabel *m_warnings;
    FlashMapWidget *m_map;
    QPushButton *m_saveMap;
    std::optional<DumpIdentity> m_identity;
    QString m_unavailable;
};
