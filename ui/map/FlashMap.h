// SPDX-License-Identifier: Unlicense
// A picture of a dump: one cell per 4 KiB block, coloured by what it holds
// (erased, zero, data), the firmware files, the user data and the ROM info
// marked on it, offsets down the side and a legend below. Drawn with
// QPainter only, so the window shows it and `mtreader-cli info --map` saves
// it as PNG from the same code.
#pragma once

#include "identity/DumpIdentity.h"

#include <QCoreApplication>
#include <QColor>
#include <QImage>
#include <QSize>

class QPainter;

class FlashMap
{
    Q_DECLARE_TR_FUNCTIONS(FlashMap)

public:
    explicit FlashMap(const DumpIdentity &identity);

    // The size the picture wants at a given width, in the painter's units.
    QSize sizeForWidth(int width, const QFont &font) const;
    void paint(QPainter &painter, const QRect &area) const;
    // A PNG-ready picture, deviceScale pixels per unit (2 for a crisp print).
    QImage render(int width, qreal deviceScale, const QFont &font) const;

    // The legend's words, for a test of the text.
    QStringList legendTexts() const;
    // Where each legend entry goes in a legend this wide, from its top left
    // (left to right; a right-to-left painter mirrors it). The size and the
    // painting both follow it, so a wrapped line is never cut off.
    QList<QRect> legendLayout(int width, const QFontMetrics &metrics) const;
    // Offsets and legend are written in this colour (black for a PNG on white).
    void setTextColour(const QColor &colour) { m_text = colour; }

private:
    struct Geometry
    {
        int columns = 64;
        int rows = 0;
        qreal cell = 0;
        int labelWidth = 0;
        int legendHeight = 0;
        QRect grid;
    };
    Geometry geometry(const QRect &area, const QFontMetrics &metrics) const;
    void paintCells(QPainter &p, const Geometry &g) const;
    void paintRegions(QPainter &p, const Geometry &g) const;
    void paintLabels(QPainter &p, const Geometry &g) const;
    void paintLegend(QPainter &p, const Geometry &g, const QRect &area) const;
    QRectF cellRect(const Geometry &g, qint64 index) const;

    QVector<ContentFigures::Block> m_blocks;
    QList<FlashRegion> m_regions;
    quint64 m_start = 0;
    QColor m_text = Qt::black;
};
