// SPDX-License-Identifier: Unlicense
#include "FlashMap.h"

#include <QFontMetrics>
#include <QPainter>
#include <QPainterPath>
#include <algorithm>

namespace {
constexpr int kColumns = 64; // 256 KiB a row: 4 rows a MiB
const QColor kErased(0xE4, 0xE7, 0xEB);
const QColor kZero(0x4A, 0x4F, 0x57);
const QColor kData(0x2F, 0x6F, 0xB5);
const QColor kFirmware(0xE0, 0x8A, 0x00);
const QColor kUserData(0x1B, 0x9E, 0x3E);
const QColor kRomInfo(0xC6, 0x28, 0x28);
constexpr qreal kGap = 1.0; // between cells, so a 16 MiB map still reads as blocks

QColor colourOf(ContentFigures::Block b)
{
    switch (b) {
    case ContentFigures::Block::Erased: return kErased;
    case ContentFigures::Block::Zero: return kZero;
    case ContentFigures::Block::Data: return kData;
    }
    return kData;
}

QColor colourOf(FlashRegion::Kind k)
{
    switch (k) {
    case FlashRegion::Kind::Firmware: return kFirmware;
    case FlashRegion::Kind::UserData: return kUserData;
    case FlashRegion::Kind::RomInfo: return kRomInfo;
    }
    return kFirmware;
}

QString offsetLabel(quint64 offset)
{
    return QStringLiteral("0x%1")
        .arg(offset, 6, 16, QLatin1Char('0'))
        .toUpper()
        .replace(QLatin1String("0X"), QLatin1String("0x"));
}
} // namespace

FlashMap::FlashMap(const DumpIdentity &identity)
    : m_blocks(identity.content.blocks), m_regions(identity.regions), m_start(identity.start)
{}

QStringList FlashMap::legendTexts() const
{
    return {tr("erased (0xFF)"), tr("zero"), tr("data"), tr("firmware file"), tr("user data"), tr("ROM info")};
}

FlashMap::Geometry FlashMap::geometry(const QRect &area, const QFontMetrics &metrics) const
{
    Geometry g;
    g.columns = kColumns;
    g.rows = int((m_blocks.size() + kColumns - 1) / kColumns);
    g.labelWidth = metrics.horizontalAdvance(offsetLabel(0xFFFFFF)) + 3 * metrics.averageCharWidth();
    // The legend wraps into as many lines as the words need.
    int bottom = 0;
    for (const QRect &entry : legendLayout(area.width(), metrics))
        bottom = std::max(bottom, entry.bottom() + 1);
    g.legendHeight = bottom + 8;
    g.cell = std::max<qreal>(2.0, qreal(area.width() - g.labelWidth) / kColumns);
    g.grid = QRect(area.left() + g.labelWidth, area.top(), int(g.cell * kColumns), int(g.cell * g.rows));
    return g;
}

QSize FlashMap::sizeForWidth(int width, const QFont &font) const
{
    const Geometry g = geometry(QRect(0, 0, width, 0), QFontMetrics(font));
    return {width, g.grid.height() + g.legendHeight + 4};
}

QRectF FlashMap::cellRect(const Geometry &g, qint64 index) const
{
    const qint64 row = index / g.columns;
    const qint64 column = index % g.columns;
    return {g.grid.left() + column * g.cell, g.grid.top() + row * g.cell, g.cell - kGap, g.cell - kGap};
}

void FlashMap::paintCells(QPainter &p, const Geometry &g) const
{
    p.setPen(Qt::NoPen);
    for (qint64 i = 0; i < m_blocks.size(); ++i)
        p.fillRect(cellRect(g, i), colourOf(m_blocks.at(i)));
}

void FlashMap::paintRegions(QPainter &p, const Geometry &g) const
{
    // One outline around all the cells of a region: its rows are joined
    // into one shape, so a region that starts or ends mid-row reads as one.
    const qint64 block = ContentFigures::kBlockSize;
    for (const FlashRegion &r : m_regions) {
        if (r.offset < m_start)
            continue;
        const qint64 first = qint64(r.offset - m_start) / block;
        const qint64 last = std::max(first, qint64(r.offset - m_start + std::max<quint64>(r.length, 1) - 1) / block);
        if (first >= m_blocks.size())
            continue;
        const qint64 end = std::min<qint64>(last, m_blocks.size() - 1);
        QPainterPath shape;
        for (qint64 rowStart = first; rowStart <= end;) {
            const qint64 rowEnd = std::min(end, (rowStart / g.columns + 1) * g.columns - 1);
            const QRectF a = cellRect(g, rowStart);
            const QRectF b = cellRect(g, rowEnd);
            // Through the gaps, so the rows of one region touch.
            shape.addRect(QRectF(a.topLeft(), b.bottomRight()).adjusted(-kGap / 2, -kGap / 2, kGap / 2, kGap / 2));
            rowStart = rowEnd + 1;
        }
        QPen pen(colourOf(r.kind), std::max<qreal>(2.0, g.cell / 3.5));
        pen.setJoinStyle(Qt::MiterJoin);
        p.setPen(pen);
        p.setBrush(Qt::NoBrush);
        p.drawPath(shape.simplified());
    }
}

void FlashMap::paintLabels(QPainter &p, const Geometry &g) const
{
    p.setPen(m_text);
    const QFontMetrics m = p.fontMetrics();
    // One label a MiB: four rows of 256 KiB.
    for (int row = 0; row < g.rows; row += 4) {
        const quint64 offset = m_start + quint64(row) * quint64(g.columns) * ContentFigures::kBlockSize;
        const QRectF box(g.grid.left() - g.labelWidth, g.grid.top() + row * g.cell,
                         g.labelWidth - 2 * m.averageCharWidth(), std::max<qreal>(g.cell * 4, m.height()));
        // Offsets read left to right in every language.
        p.drawText(box, Qt::AlignLeft | Qt::AlignAbsolute | Qt::AlignTop | Qt::TextDontClip, offsetLabel(offset));
    }
}

QList<QRect> FlashMap::legendLayout(int width, const QFontMetrics &metrics) const
{
    QList<QRect> entries;
    const int swatch = metrics.height() - 4;
    const int lineHeight = metrics.height() + 4;
    int x = 0;
    int y = 0;
    for (const QString &t : legendTexts()) {
        const int w = swatch + metrics.horizontalAdvance(t) + 3 * metrics.averageCharWidth();
        if (x > 0 && x + w > width) {
            x = 0;
            y += lineHeight;
        }
        entries << QRect(x, y, w, metrics.height());
        x += w;
    }
    return entries;
}

void FlashMap::paintLegend(QPainter &p, const Geometry &g, const QRect &area) const
{
    const QFontMetrics m = p.fontMetrics();
    const QColor colours[] = {kErased, kZero, kData, kFirmware, kUserData, kRomInfo};
    const QStringList texts = legendTexts();
    const QList<QRect> entries = legendLayout(area.width(), m);
    const bool rtl = p.layoutDirection() == Qt::RightToLeft;
    const int swatch = m.height() - 4;
    for (int i = 0; i < texts.size(); ++i) {
        const int w = entries.at(i).width();
        const int y = g.grid.bottom() + 8 + entries.at(i).top();
        const int left = rtl ? area.right() - entries.at(i).left() - w : area.left() + entries.at(i).left();
        const QRect box(rtl ? left + w - swatch : left, y + 2, swatch, swatch);
        if (i < 3) {
            p.fillRect(box, colours[i]);
        } else {
            p.setPen(QPen(colours[i], 2));
            p.setBrush(Qt::NoBrush);
            p.drawRect(box.adjusted(1, 1, -1, -1));
        }
        p.setPen(m_text);
        const QRect text(rtl ? left : left + swatch + m.averageCharWidth(), y, w - swatch - m.averageCharWidth(),
                         m.height());
        // Absolute: a right-to-left painter would otherwise read AlignRight
        // as the left edge, and push each word next to the wrong swatch.
        p.drawText(text, Qt::AlignVCenter | Qt::AlignAbsolute | (rtl ? Qt::AlignRight : Qt::AlignLeft), texts.at(i));
    }
}

void FlashMap::paint(QPainter &painter, const QRect &area) const
{
    painter.save();
    const Geometry g = geometry(area, painter.fontMetrics());
    paintCells(painter, g);
    paintRegions(painter, g);
    paintLabels(painter, g);
    paintLegend(painter, g, area);
    painter.restore();
}

QImage FlashMap::render(int width, qreal deviceScale, const QFont &font) const
{
    const QSize size = sizeForWidth(width, font);
    QImage image(size * deviceScale, QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(deviceScale);
    image.fill(Qt::white);
    QPainter p(&image);
    p.setRenderHint(QPainter::Antialiasing, false);
    p.setFont(font);
    paint(p, QRect(QPoint(0, 0), size));
    return image;
}
