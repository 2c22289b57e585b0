// SPDX-License-Identifier: Unlicense
// The window's inputs without a phone: the range is checked as it is typed
// (and Dump follows), and the port list follows ports coming and going
// without losing the user's choice.
#include "FlashRange.h"
#include "LogPanel.h"
#include "MainWindow.h"
#include "PortCatalog.h"
#include "PortPicker.h"
#include "RangeEditor.h"
#include "Settings.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QTextBlock>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <memory>

namespace {
PortInfo port(const QString &name, bool mediatek)
{
    PortInfo p;
    p.portName = name;
    p.systemLocation = QStringLiteral("/dev/") + name;
    p.description = mediatek ? QStringLiteral("MT65xx Preloader") : QStringLiteral("USB serial");
    p.hasUsbId = true;
    p.vendorId = mediatek ? 0x0E8D : 0x0403;
    p.productId = mediatek ? 0x0003 : 0x6001;
    return p;
}
} // namespace

class TstGuiWidgets : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void invalidRangeDisablesDump_data();
    void invalidRangeDisablesDump();
    void portsComeAndGoKeepingTheChoice();
    void typedPathSurvivesRelisting();
    void settingsComeBack();
    void fitsA1024x768Screen();
    void theLogFollowsUnlessScrolledUp();

private:
    QTemporaryDir m_dir;
};

void TstGuiWidgets::initTestCase()
{
    QVERIFY(m_dir.isValid());
    // Never the user's settings.
    qputenv(Settings::kFileEnvVar, m_dir.filePath(QStringLiteral("settings.ini")).toLocal8Bit());
}

void TstGuiWidgets::invalidRangeDisablesDump_data()
{
    QTest::addColumn<QString>("start");
    QTest::addColumn<QString>("length");
    QTest::addColumn<QString>("why"); // part of the sentence shown; empty = valid

    QTest::newRow("valid hex") << "0x0"
                               << "0x40000"
                               << "";
    QTest::newRow("valid decimal") << "4096"
                                   << "1024"
                                   << "";
    QTest::newRow("length zero") << "0"
                                 << "0"
                                 << "zero";
    QTest::newRow("not hex") << "0"
                             << "0xZZ"
                             << "not a number";
    QTest::newRow("start not a number") << "abc"
                                        << "16"
                                        << "not a number";
    QTest::newRow("past 4 GiB") << "0xFFFFFF00"
                                << "0x1000"
                                << "4 GiB";
    // Sizes as people write them, next to decimal and hex.
    QTest::newRow("4M") << "0"
                        << "4M"
                        << "";
    QTest::newRow("4MiB") << "0"
                          << "4MiB"
                          << "";
    QTest::newRow("4 MiB") << "0"
                           << "4 MiB"
                           << "";
    QTest::newRow("4096K") << "0"
                           << "4096K"
                           << "";
    QTest::newRow("16m") << "0"
                         << "16m"
                         << "";
    QTest::newRow("start 1 MiB") << "1 MiB"
                                 << "0x1000"
                                 << "";
    QTest::newRow("unit alone") << "0"
                                << "MiB"
                                << "not a number";
    QTest::newRow("unknown unit") << "0"
                                  << "4 MB/s"
                                  << "not a number";
    QTest::newRow("start past 4 GiB") << "0x100000000"
                                      << "4"
                                      << "4 GiB";
}

void TstGuiWidgets::invalidRangeDisablesDump()
{
    QFETCH(QString, start);
    QFETCH(QString, length);
    QFETCH(QString, why);

    MainWindow window(DumpEnvironment{}, [] { return QList<PortInfo>{}; });
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto *preset = window.findChild<QComboBox *>(QStringLiteral("rangePreset"));
    auto *startEdit = window.findChild<QLineEdit *>(QStringLiteral("rangeStart"));
    auto *lengthEdit = window.findChild<QLineEdit *>(QStringLiteral("rangeLength"));
    auto *error = window.findChild<QLabel *>(QStringLiteral("rangeError"));
    auto *dump = window.findChild<QPushButton *>(QStringLiteral("dumpButton"));
    QVERIFY(preset && startEdit && lengthEdit && error && dump);

    preset->setCurrentIndex(RangeEditor::kCustomPreset);
    QVERIFY(!startEdit->isReadOnly());
    // Typed key by key, as a person would: checked on every keystroke.
    startEdit->clear();
    QTest::keyClicks(startEdit, start);
    lengthEdit->clear();
    QTest::keyClicks(lengthEdit, length);

    if (why.isEmpty()) {
        QVERIFY(dump->isEnabled());
        QVERIFY(error->isHidden());
        // What the dump will read is what was typed, units and all.
        const std::optional<FlashRange> range = window.findChild<RangeEditor *>()->range();
        QVERIFY(range);
        QCOMPARE(range->start, *parseNumber(start));
        QCOMPARE(range->length, *parseNumber(length));
    } else {
        QVERIFY(!dump->isEnabled());
        QVERIFY(error->isVisible());
        QVERIFY2(error->text().contains(why, Qt::CaseInsensitive), qPrintable(error->text()));
        // Fixing it brings Dump back.
        preset->setCurrentIndex(0);
        QVERIFY(dump->isEnabled());
        QVERIFY(error->isHidden());
    }
}

void TstGuiWidgets::portsComeAndGoKeepingTheChoice()
{
    auto ports = std::make_shared<QList<PortInfo>>();
    *ports << port(QStringLiteral("ttyUSB0"), false) << port(QStringLiteral("ttyACM0"), true);
    MainWindow window(DumpEnvironment{}, [ports] { return *ports; });
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto *picker = window.findChild<PortPicker *>();
    QVERIFY(picker);
    QComboBox *combo = picker->comboBox();

    QCOMPARE(combo->count(), 3);
    QCOMPARE(combo->itemText(0), PortPicker::automaticText());
    QCOMPARE(combo->itemText(1), port(QStringLiteral("ttyACM0"), true).displayText());
    QVERIFY(picker->isAutomatic());

    // Choose the adapter, then a port appears: still the adapter.
    combo->setCurrentIndex(combo->findData(QStringLiteral("/dev/ttyUSB0")));
    QCOMPARE(picker->portSpec(), QStringLiteral("/dev/ttyUSB0"));
    *ports << port(QStringLiteral("ttyACM1"), true);
    QTRY_COMPARE_WITH_TIMEOUT(combo->count(), 4, 10000);
    QCOMPARE(picker->portSpec(), QStringLiteral("/dev/ttyUSB0"));
    QCOMPARE(combo->currentText(), port(QStringLiteral("ttyUSB0"), false).displayText());

    // Another port goes: still the adapter.
    ports->removeAt(1); // ttyACM0 goes; the list was ttyUSB0, ttyACM0, ttyACM1
    picker->watcher()->refresh();
    QCOMPARE(combo->count(), 3);
    QCOMPARE(picker->portSpec(), QStringLiteral("/dev/ttyUSB0"));

    // The chosen port itself goes (the phone reset): the choice stays, as a path.
    ports->removeFirst();
    picker->watcher()->refresh();
    QCOMPARE(combo->count(), 2);
    QCOMPARE(picker->portSpec(), QStringLiteral("/dev/ttyUSB0"));
    // ... and it is picked again when it comes back.
    ports->append(port(QStringLiteral("ttyUSB0"), false));
    picker->watcher()->refresh();
    QCOMPARE(combo->count(), 3);
    QCOMPARE(combo->currentText(), port(QStringLiteral("ttyUSB0"), false).displayText());

    // Automatic stays Automatic whatever comes and goes.
    combo->setCurrentIndex(0);
    ports->clear();
    picker->watcher()->refresh();
    QCOMPARE(combo->count(), 1);
    QVERIFY(picker->isAutomatic());
}

void TstGuiWidgets::typedPathSurvivesRelisting()
{
    auto ports = std::make_shared<QList<PortInfo>>();
    MainWindow window(DumpEnvironment{}, [ports] { return *ports; });
    auto *picker = window.findChild<PortPicker *>();
    QVERIFY(picker);
    picker->comboBox()->setEditText(QStringLiteral("/tmp/my-pty"));
    QCOMPARE(picker->portSpec(), QStringLiteral("/tmp/my-pty"));
    *ports << port(QStringLiteral("ttyACM0"), true);
    picker->watcher()->refresh();
    QCOMPARE(picker->comboBox()->count(), 2);
    QCOMPARE(picker->portSpec(), QStringLiteral("/tmp/my-pty"));
}

void TstGuiWidgets::settingsComeBack()
{
    const QString ini = m_dir.filePath(QStringLiteral("roundtrip.ini"));
    qputenv(Settings::kFileEnvVar, ini.toLocal8Bit());
    {
        QSettings s(ini, QSettings::IniFormat);
        s.setValue(QStringLiteral("dump/range"), QStringLiteral("custom"));
        s.setValue(QStringLiteral("dump/start"), QStringLiteral("0x10"));
        s.setValue(QStringLiteral("dump/length"), QStringLiteral("0xZZ")); // kept as typed, even when wrong
        s.setValue(QStringLiteral("advanced/blockSize"), 4096);
        s.setValue(QStringLiteral("dump/keepGoing"), true);
    }
    {
        MainWindow window(DumpEnvironment{}, [] { return QList<PortInfo>{}; });
        QCOMPARE(window.findChild<QLineEdit *>(QStringLiteral("rangeLength"))->text(), QStringLiteral("0xZZ"));
        QVERIFY(!window.findChild<QPushButton *>(QStringLiteral("dumpButton"))->isEnabled());
        QCOMPARE(window.findChild<QComboBox *>(QStringLiteral("blockSize"))->currentData().toUInt(), 4096u);
        QVERIFY(window.findChild<QCheckBox *>(QStringLiteral("keepGoing"))->isChecked());
        window.findChild<QLineEdit *>(QStringLiteral("rangeLength"))->setText(QStringLiteral("0x2000"));
        window.findChild<QCheckBox *>(QStringLiteral("verify"))->setChecked(true);
        window.show();
        QVERIFY(window.close()); // saves
    }
    MainWindow again(DumpEnvironment{}, [] { return QList<PortInfo>{}; });
    QCOMPARE(again.findChild<QLineEdit *>(QStringLiteral("rangeStart"))->text(), QStringLiteral("0x10"));
    QCOMPARE(again.findChild<QLineEdit *>(QStringLiteral("rangeLength"))->text(), QStringLiteral("0x2000"));
    QVERIFY(again.findChild<QCheckBox *>(QStringLiteral("verify"))->isChecked());
    QVERIFY(again.findChild<QPushButton *>(QStringLiteral("dumpButton"))->isEnabled());
    qputenv(Settings::kFileEnvVar, m_dir.filePath(QStringLiteral("settings.ini")).toLocal8Bit());
}

void TstGuiWidgets::fitsA1024x768Screen()
{
    MainWindow window(DumpEnvironment{}, [] { return QList<PortInfo>{}; });
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    // With the advanced options open, the tallest the settings get.
    auto *advanced = window.findChild<QToolButton *>(QStringLiteral("advancedToggle"));
    QVERIFY(advanced);
    advanced->click();
    const QSize min = window.minimumSizeHint().expandedTo(window.minimumSize());
    QVERIFY2(min.width() <= 1000 && min.height() <= 700,
             qPrintable(QStringLiteral("%1x%2").arg(min.width()).arg(min.height())));
    QVERIFY(window.width() <= 1024 && window.height() <= 768);
}

void TstGuiWidgets::theLogFollowsUnlessScrolledUp()
{
    LogPanel log;
    log.resize(400, 160);
    log.show();
    QVERIFY(QTest::qWaitForWindowExposed(&log));
    auto *text = log.findChild<QPlainTextEdit *>(QStringLiteral("logText"));
    QVERIFY(text);
    for (int i = 0; i < 50; ++i)
        log.append(QStringLiteral("line %1").arg(i));
    QVERIFY(log.isFollowing());
    // A line wider than the pane brings the horizontal bar, which once
    // stopped the pane following.
    log.append(QStringLiteral("a long line ") + QString(400, QLatin1Char('x')));
    QTRY_VERIFY(text->horizontalScrollBar()->isVisible());
    for (int i = 0; i < 20; ++i)
        log.append(QStringLiteral("after %1").arg(i));
    QVERIFY(log.isFollowing());
    QCOMPARE(text->verticalScrollBar()->value(), text->verticalScrollBar()->maximum());
    QVERIFY(text->cursorForPosition(QPoint(4, text->viewport()->height() - 4))
                .block()
                .text()
                .contains(QLatin1String("after 19")));

    // Scrolled up to read: new lines do not pull the view away.
    text->verticalScrollBar()->setValue(3);
    log.append(QStringLiteral("while reading"));
    QCOMPARE(text->verticalScrollBar()->value(), 3);
    QVERIFY(!log.isFollowing());
    // Back at the bottom: following again.
    text->verticalScrollBar()->setValue(text->verticalScrollBar()->maximum());
    log.append(QStringLiteral("the newest"));
    QVERIFY(log.isFollowing());
    QVERIFY(text->cursorForPosition(QPoint(4, text->viewport()->height() - 4))
                .block()
                .text()
                .contains(QLatin1String("the newest")));
}

QTEST_MAIN(TstGuiWidgets)
#include "tst_gui_widgets.moc"
