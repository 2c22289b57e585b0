// SPDX-License-Identifier: Unlicense
#include "FlashMapWidget.h"

#include <QPainter>

namespace {
constexpr int kPreferredWidth = 480;
constexpr int kSmallestWidth = 260;
// A PNG for a ticket or a forum post: wide enough to read the offsets.
constexpr int kPngWidth = 720;
constexpr qreal kPngScale = 2.0;
} // namespace

FlashMapWidget::FlashMapWidget(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("flashMap"));
    QSizePolicy policy(QSizePolicy::Preferred, QSizePolicy::Preferred);
    policy.setHeightForWidth(true);
    setSizePolicy(policy);
}

void FlashMapWidget::setIdentity(const DumpIdentity &identity)
{
    m_map.emplace(identity);
    updateGeometry();
    update();
}

void FlashMapWidget::clear()
{
    m_map.reset();
    updateGeometry();
    update();
}

int FlashMapWidget::heightForWidth(int width) const
{
    return m_map ? m_map->sizeForWidth(width, font()).height() : 0;
}

QSize FlashMapWidget::sizeHint() const
{
    return {kPreferredWidth, heightForWidth(kPreferredWidth)};
}

QSize FlashMapWidget::minimumSizeHint() const
{
    return {kSmallestWidth, heightForWidth(kSmallestWidth)};
}

void FlashMapWidget::paintEvent(QPaintEvent *)
{
    if (!m_map)
        return;
    QPainter p(this);
    p.setLayoutDirection(layoutDirection());
    FlashMap map = *m_map;
    map.setTextColour(palette().color(QPalette::WindowText));
    map.paint(p, rect());
}

bool FlashMapWidget::savePng(const QString &path) const
{
    return m_map && m_map->render(kPngWidth, kPngScale, font()).save(path, "PNG");
}
