// SPDX-License-Identifier: Unlicense
// The map of a dump's flash (FlashMap) as a widget: as wide as it is given,
// as tall as that needs, in the window's colours; saved as PNG on request.
#pragma once

#include "FlashMap.h"

#include <QWidget>
#include <optional>

class FlashMapWidget : public QWidget
{
    Q_OBJECT
public:
    explicit FlashMapWidget(QWidget *parent = nullptr);

    void setIdentity(const DumpIdentity &identity);
    void clear();
    bool hasMap() const { return m_map.has_value(); }
    // Crisp at 2x, whatever the screen; false when it could not be written.
    bool savePng(const QString &path) const;

    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override;
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    std::optional<FlashMap> m_map;
};
