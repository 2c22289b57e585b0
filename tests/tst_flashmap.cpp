// SPDX-License-Identifier: Unlicense
// The map of a dump, as a picture: a cell per 4 KiB block in the colour of
// what it holds, in order, 64 to a row; the firmware, user data and ROM
// info outlined; its height following the dump's size.
#include "FlashMap.h"

#include <QFont>
#include <QGuiApplication>
#include <QPainter>
#include <QSet>
#include <QtTest>

namespace {
// The map's colours (ui/map/FlashMap.cpp).
const QRgb kErased = qRgb(0xE4, 0xE7, 0xEB);
const QRgb kZero = qRgb(0x4A, 0x4F, 0x57);
const QRgb kData = qRgb(0x2F, 0x6F, 0xB5);
const QRgb kFirmware = qRgb(0xE0, 0x8A, 0x00);
const QRgb kUserData = qRgb(0x1B, 0x9E, 0x3E);
const QRgb kRomInfo = qRgb(0xC6, 0x28, 0x28);

DumpIdentity withBlocks(const QByteArray &letters)
{
    DumpIdentity id;
    id.content.blocks = ContentFigures::fromLetters(letters);
    id.length = quint64(letters.size()) * 4096;
    return id;
}

// The cell colours met along a row of pixels, each run once, in order:
// the gaps between cells and the offsets' text left out.
QList<QRgb> cellsAlong(const QImage &image, int y)
{
    QList<QRgb> seen;
    for (int x = 0; x < image.width(); ++x) {
        const QRgb c = image.pixel(x, y) | 0xFF000000;
        if ((c == kErased || c == kZero || c == kData) && (seen.isEmpty() || seen.constLast() != c))
            seen << c;
    }
    return seen;
}

// The colours of the pixels where two pictures differ: what one draws that
// the other does not (the legend is the same in both).
QSet<QRgb> drawnOver(const QImage &with, const QImage &without)
{
    QSet<QRgb> colours;
    for (int y = 0; y < std::min(with.height(), without.height()); ++y) {
        for (int x = 0; x < std::min(with.width(), without.width()); ++x) {
            if (with.pixel(x, y) != without.pixel(x, y))
                colours << (with.pixel(x, y) | 0xFF000000);
        }
    }
    return colours;
}
} // namespace

class TstFlashMap : public QObject
{
    Q_OBJECT

private slots:
    void cellsInOrder();
    void regionsOutlined();
    void heightFollowsTheSize();
    void legend();
    void legendWrapsWithinThePicture();
    void legendWordsBesideTheirSwatches();
};

void TstFlashMap::cellsInOrder()
{
    const QImage image =
        FlashMap(withBlocks(QByteArray(32, 'E') + QByteArray(16, 'Z') + QByteArray(16, 'D'))).render(720, 1, QFont());
    // The first row of pixels through the cells, from the top.
    int y = 0;
    while (y < image.height() && cellsAlong(image, y).isEmpty())
        ++y;
    QCOMPARE(cellsAlong(image, y + 2), (QList<QRgb>{kErased, kZero, kData}));
}

void TstFlashMap::regionsOutlined()
{
    const DumpIdentity bare = withBlocks(QByteArray(256, 'D'));
    const QImage plain = FlashMap(bare).render(720, 1, QFont());
    DumpIdentity id = bare;
    id.regions << FlashRegion{FlashRegion::Kind::Firmware, 0x1000, 0xB400, QStringLiteral("boot loader")};
    QCOMPARE(drawnOver(FlashMap(id).render(720, 1, QFont()), plain), QSet<QRgb>{kFirmware});
    id.regions << FlashRegion{FlashRegion::Kind::UserData, 0xC0000, 0x40000, QStringLiteral("user data")}
               << FlashRegion{FlashRegion::Kind::RomInfo, 0x20400, 332, QStringLiteral("ROM info")};
    QCOMPARE(drawnOver(FlashMap(id).render(720, 1, QFont()), plain), (QSet<QRgb>{kFirmware, kUserData, kRomInfo}));
    // Wholly before the dump's start, or after its end: not drawn.
    id = bare;
    id.start = 0x100000;
    id.regions << FlashRegion{FlashRegion::Kind::RomInfo, 0x20400, 332, QStringLiteral("ROM info")}
               << FlashRegion{FlashRegion::Kind::UserData, 0x300000, 0x100000, QStringLiteral("user data")};
    DumpIdentity later = bare;
    later.start = 0x100000;
    QVERIFY(drawnOver(FlashMap(id).render(720, 1, QFont()), FlashMap(later).render(720, 1, QFont())).isEmpty());
}

void TstFlashMap::heightFollowsTheSize()
{
    // 4 MiB is 1024 blocks, 16 rows; 16 MiB 64 rows, a grid four times as
    // tall (to a pixel a row of rounding); the width stays.
    const QFont font;
    const QSize none = FlashMap(withBlocks({})).sizeForWidth(720, font);
    const QSize four = FlashMap(withBlocks(QByteArray(1024, 'D'))).sizeForWidth(720, font);
    const QSize sixteen = FlashMap(withBlocks(QByteArray(4096, 'D'))).sizeForWidth(720, font);
    const QSize oneMore = FlashMap(withBlocks(QByteArray(1025, 'D'))).sizeForWidth(720, font);
    QCOMPARE(four.width(), 720);
    QCOMPARE(sixteen.width(), 720);
    QVERIFY(oneMore.height() > four.height());
    const int grid4 = four.height() - none.height();
    const int grid16 = sixteen.height() - none.height();
    QVERIFY2(grid4 > 16 && std::abs(grid16 - 4 * grid4) <= 4,
             qPrintable(QStringLiteral("%1 %2").arg(grid4).arg(grid16)));
    const QImage image = FlashMap(withBlocks(QByteArray(1024, 'D'))).render(720, 2, font);
    QCOMPARE(image.size(), four * 2);
    QCOMPARE(image.devicePixelRatio(), 2.0);
}

void TstFlashMap::legend()
{
    QCOMPARE(FlashMap(DumpIdentity{}).legendTexts(),
             QStringList({QStringLiteral("erased (0xFF)"), QStringLiteral("zero"), QStringLiteral("data"),
                          QStringLiteral("firmware file"), QStringLiteral("user data"), QStringLiteral("ROM info")}));
}

// However narrow, every legend entry is inside the picture: its last one,
// ROM info, is the only thing drawn in its red, so the red must be there,
// left to right and right to left.
void TstFlashMap::legendWrapsWithinThePicture()
{
    const QRgb red = qRgb(0xC6, 0x28, 0x28);
    const FlashMap map(withBlocks(QByteArray(64, 'D')));
    for (const Qt::LayoutDirection direction : {Qt::LeftToRight, Qt::RightToLeft}) {
        for (int width = 160; width <= 720; width += 3) {
            const QSize size = map.sizeForWidth(width, QFont());
            QImage image(size, QImage::Format_RGB32);
            image.fill(Qt::white);
            QPainter p(&image);
            p.setLayoutDirection(direction);
            map.paint(p, image.rect());
            p.end();
            bool seen = false;
            for (int y = 0; y < image.height() && !seen; ++y) {
                for (int x = 0; x < image.width() && !seen; ++x)
                    seen = image.pixel(x, y) == red;
            }
            QVERIFY2(seen, qPrintable(QStringLiteral("width %1, %2").arg(width).arg(int(direction))));
        }
    }
}

// Each word sits next to its own swatch, on the side its language reads
// from: in Arabic the swatch on the right, the word just left of it.
void TstFlashMap::legendWordsBesideTheirSwatches()
{
    const QRgb red = qRgb(0xC6, 0x28, 0x28);
    const FlashMap map(withBlocks(QByteArray(64, 'D')));
    const QFont font;
    const int gap = QFontMetrics(font).averageCharWidth();
    for (const Qt::LayoutDirection direction : {Qt::LeftToRight, Qt::RightToLeft}) {
        QImage image(map.sizeForWidth(720, font), QImage::Format_RGB32);
        image.fill(Qt::white);
        QPainter p(&image);
        p.setLayoutDirection(direction);
        p.setFont(font);
        map.paint(p, image.rect());
        p.end();
        // The ROM info swatch, the only red: its row and its outer edges.
        int top = -1, bottom = -1, left = image.width(), right = -1;
        for (int y = 0; y < image.height(); ++y) {
            for (int x = 0; x < image.width(); ++x) {
                if (image.pixel(x, y) != red)
                    continue;
                top = top < 0 ? y : top;
                bottom = y;
                left = std::min(left, x);
                right = std::max(right, x);
            }
        }
        QVERIFY(top >= 0);
        // Its word: the first ink after the swatch, on the reading side.
        const bool rtl = direction == Qt::RightToLeft;
        int nearest = image.width();
        for (int y = top; y <= bottom; ++y) {
            for (int d = 1; d < image.width(); ++d) {
                const int x = rtl ? left - d : right + d;
                if (x < 0 || x >= image.width())
                    break;
                if (qGray(image.pixel(x, y)) < 128) {
                    nearest = std::min(nearest, d);
                    break;
                }
            }
        }
        QVERIFY2(nearest <= 2 * gap,
                 qPrintable(QStringLiteral("%1: the word is %2 px from its swatch, more than %3")
                                .arg(rtl ? QStringLiteral("rtl") : QStringLiteral("ltr"))
                                .arg(nearest)
                                .arg(2 * gap)));
    }
}

QTEST_MAIN(TstFlashMap)
#include "tst_flashmap.moc"
