// SPDX-License-Identifier: Unlicense
// The history window as a technician uses it: typing in the search field,
// clicking a row and its buttons, exporting a CSV that reads back the same.
#include "DumpHistory.h"
#include "DumpTarget.h"
#include "HistoryWindow.h"

#include <QApplication>
#include <QClipboard>
#include <QFile>
#include <QGuiApplication>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

namespace {
const QByteArray kNokiaMe = QByteArray::fromHex("3a7f0011223344556677889900aabbcc");
const QByteArray kItelMe = QByteArray::fromHex("99887766554433221100ffeeddccbbaa");

// RFC 4180 read back: quoted fields, doubled quotes, CRLF between records.
QList<QStringList> parseCsv(QString text)
{
    QList<QStringList> rows;
    QStringList row;
    QString cell;
    bool quoted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == u'"' && i + 1 < text.size() && text.at(i + 1) == u'"')
                cell += c, ++i;
            else if (c == u'"')
                quoted = false;
            else
                cell += c;
        } else if (c == u'"') {
            quoted = true;
        } else if (c == u',') {
            row << cell, cell.clear();
        } else if (c == u'\r' && i + 1 < text.size() && text.at(i + 1) == u'\n') {
            row << cell, cell.clear();
            rows << row, row.clear();
            ++i;
        } else {
            cell += c;
        }
    }
    return rows;
}
} // namespace

class TstGuiHistory : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void listsNewestFirst();
    void searchByFirmwareMeIdAndFile();
    void rowActions();
    void continuePartialDump();
    void exportCsvReadsBack();
    void followsNewAttempts();
    void fitsAndIsReachable();

private:
    QTableView *table() const { return m_window->findChild<QTableView *>(QStringLiteral("historyTable")); }
    QLineEdit *search() const { return m_window->findChild<QLineEdit *>(QStringLiteral("historySearch")); }
    QPushButton *button(const char *name) const { return m_window->findChild<QPushButton *>(QLatin1String(name)); }
    void clickRow(int row);
    QString fileAt(int row) const;
    void record(const QString &name, const QByteArray &meId, const QString &firmware, Mt::ErrorCode error,
                const QString &report = {});

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<DumpHistory> m_history;
    std::unique_ptr<HistoryWindow> m_window;
    QList<QUrl> m_opened;
    QString m_partial;
    QString m_report;
};

void TstGuiHistory::record(const QString &name, const QByteArray &meId, const QString &firmware, Mt::ErrorCode error,
                           const QString &report)
{
    DumpRequest request;
    request.outputPath = m_dir->filePath(name);
    request.start = 0x1000;
    request.length = 0x2000;
    const qint64 id = m_history->begin(request);
    m_history->addDetails(id, HistoryDetails{firmware, {}, {}, report});
    DumpResult result;
    result.path = request.outputPath;
    result.phone.chipCode = 0x6261;
    result.phone.meId = meId;
    DumpError e;
    e.code = error;
    if (error == Mt::ErrorCode::None)
        result.sha256 = QByteArray(32, '\x5c');
    m_history->finish(id, result, e);
}

void TstGuiHistory::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_history = std::make_unique<DumpHistory>(HistoryRecord::Program::Window,
                                              m_dir->filePath(QStringLiteral("history.sqlite")));
    m_report = m_dir->filePath(QStringLiteral("nokia.report.json"));
    QFile(m_report).open(QIODevice::WriteOnly);
    m_partial = m_dir->filePath(QStringLiteral("partial.bin"));
    for (const QString &p : {DumpTarget(m_partial).partialPath(), DumpTarget(m_partial).sidecarPath()})
        QFile(p).open(QIODevice::WriteOnly);
    record(QStringLiteral("nokia.bin"), kNokiaMe, QStringLiteral("MAUI.11CW1418"), Mt::ErrorCode::None, m_report);
    record(QStringLiteral("partial.bin"), kItelMe, QString(), Mt::ErrorCode::Disconnected);
    record(QStringLiteral("itel \"x\", 2.bin"), kItelMe, QStringLiteral("ALPHA_V2"), Mt::ErrorCode::None);

    m_window = std::make_unique<HistoryWindow>(m_history.get());
    m_opened.clear();
    m_window->setUrlOpener([this](const QUrl &url) {
        m_opened << url;
        return true;
    });
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TstGuiHistory::cleanup()
{
    m_window.reset();
    m_history.reset();
    m_dir.reset();
}

void TstGuiHistory::clickRow(int row)
{
    const QModelIndex index = table()->model()->index(row, 0);
    table()->scrollTo(index);
    QTest::mouseClick(table()->viewport(), Qt::LeftButton, {}, table()->visualRect(index).center());
}

QString TstGuiHistory::fileAt(int row) const
{
    return table()->model()->index(row, 5).data().toString(); // HistoryModel::FileColumn
}

void TstGuiHistory::listsNewestFirst()
{
    QCOMPARE(table()->model()->rowCount(), 3);
    QCOMPARE(fileAt(0), QStringLiteral("itel \"x\", 2.bin"));
    // A dump that stopped is named by the file that holds what it read.
    QCOMPARE(fileAt(1), QStringLiteral("partial.bin.part"));
    QCOMPARE(fileAt(2), QStringLiteral("nokia.bin"));
    QCOMPARE(table()->model()->index(1, 1).data().toString(), QStringLiteral("Failed"));
    QCOMPARE(table()->model()->index(2, 2).data().toString(), QStringLiteral("3A7F0011223344556677889900AABBCC"));
}

void TstGuiHistory::searchByFirmwareMeIdAndFile()
{
    QTest::keyClicks(search(), QStringLiteral("maui"));
    QCOMPARE(table()->model()->rowCount(), 1);
    QCOMPARE(fileAt(0), QStringLiteral("nokia.bin"));
    search()->clear();
    QTest::keyClicks(search(), QStringLiteral("99887766"));
    QCOMPARE(table()->model()->rowCount(), 2);
    search()->clear();
    QTest::keyClicks(search(), QStringLiteral("PARTIAL"));
    QCOMPARE(table()->model()->rowCount(), 1);
    QCOMPARE(fileAt(0), QStringLiteral("partial.bin.part"));
    search()->clear();
    QCOMPARE(table()->model()->rowCount(), 3);
}

void TstGuiHistory::rowActions()
{
    for (const char *name : {"historyOpenFolder", "historyOpenReport", "historyCopySha256", "historyContinue"})
        QVERIFY2(!button(name)->isEnabled(), name); // nothing selected
    clickRow(2);                                    // nokia.bin: done, with a report
    QVERIFY(button("historyOpenReport")->isEnabled());
    QVERIFY(!button("historyContinue")->isEnabled());
    QTest::mouseClick(button("historyCopySha256"), Qt::LeftButton);
    QCOMPARE(QGuiApplication::clipboard()->text(), QStringLiteral("5c").repeated(32));
    QTest::mouseClick(button("historyOpenFolder"), Qt::LeftButton);
    QTest::mouseClick(button("historyOpenReport"), Qt::LeftButton);
    QCOMPARE(m_opened, (QList<QUrl>{QUrl::fromLocalFile(m_dir->path()), QUrl::fromLocalFile(m_report)}));
    clickRow(0); // no report, so nothing to open
    QVERIFY(!button("historyOpenReport")->isEnabled());
    QVERIFY(button("historyCopySha256")->isEnabled());
}

void TstGuiHistory::continuePartialDump()
{
    QSignalSpy continued(m_window.get(), &HistoryWindow::continueRequested);
    clickRow(1);
    QVERIFY(button("historyContinue")->isEnabled());
    QVERIFY(!button("historyCopySha256")->isEnabled()); // a failed dump has no SHA-256
    QTest::mouseClick(button("historyContinue"), Qt::LeftButton);
    QCOMPARE(continued.count(), 1);
    const auto request = continued.at(0).at(0).value<DumpRequest>();
    QVERIFY(request.resume);
    QCOMPARE(request.outputPath, m_partial);
    QCOMPARE(request.start, quint64(0x1000));
    QCOMPARE(request.length, quint64(0x2000));
    // The partial file gone (continued elsewhere): no continue offered.
    QVERIFY(QFile::remove(DumpTarget(m_partial).partialPath()));
    clickRow(0);
    clickRow(1);
    QVERIFY(!button("historyContinue")->isEnabled());
    QCOMPARE(fileAt(1), QStringLiteral("partial.bin"));
}

void TstGuiHistory::exportCsvReadsBack()
{
    const QString csv = m_dir->filePath(QStringLiteral("export.csv"));
    m_window->setSaveFileChooser([&csv](const QString &) { return csv; });
    QTest::keyClicks(search(), QStringLiteral("itel"));
    QCOMPARE(table()->model()->rowCount(), 1);
    QTest::mouseClick(button("historyExport"), Qt::LeftButton);
    QVERIFY2(m_window->message().contains(QStringLiteral("saved to ") + csv), qPrintable(m_window->message()));
    QFile f(csv);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QByteArray bytes = f.readAll();
    QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
    const QList<QStringList> rows = parseCsv(QString::fromUtf8(bytes.mid(3)));
    QCOMPARE(rows.size(), 2); // the header and the one row shown
    const QStringList &header = rows.at(0);
    const QStringList &row = rows.at(1);
    QCOMPARE(row.size(), header.size());
    const auto cell = [&](const char *name) { return row.value(header.indexOf(QLatin1String(name))); };
    QCOMPARE(cell("file"), m_dir->filePath(QStringLiteral("itel \"x\", 2.bin")));
    QCOMPARE(cell("result"), QStringLiteral("done"));
    QCOMPARE(cell("meId"), QStringLiteral("99887766554433221100FFEEDDCCBBAA"));
    QCOMPARE(cell("firmwareVersion"), QStringLiteral("ALPHA_V2"));
    QCOMPARE(cell("sha256"), QStringLiteral("5c").repeated(32));
    QCOMPARE(cell("start"), QStringLiteral("4096"));
    QCOMPARE(cell("flashSize"), QString());
}

void TstGuiHistory::followsNewAttempts()
{
    DumpRequest request;
    request.outputPath = m_dir->filePath(QStringLiteral("running.bin"));
    request.length = 0x100;
    m_history->begin(request);
    QCOMPARE(table()->model()->rowCount(), 4);
    QCOMPARE(fileAt(0), QStringLiteral("running.bin"));
    QCOMPARE(table()->model()->index(0, 1).data().toString(), QStringLiteral("Unfinished"));
}

void TstGuiHistory::fitsAndIsReachable()
{
    QVERIFY(m_window->width() <= 1024 && m_window->height() <= 768);
    QVERIFY(m_window->minimumSizeHint().width() <= 1024);
    QVERIFY(!m_window->windowTitle().isEmpty());
    QCOMPARE(QApplication::focusWidget(), search());
    // Tab goes from the search to the table to every button.
    QList<QWidget *> reached;
    for (int i = 0; i < 12; ++i) {
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        reached << QApplication::focusWidget();
    }
    QVERIFY(reached.contains(table()));
    clickRow(2);
    for (const char *name : {"historyOpenFolder", "historyOpenReport", "historyCopySha256", "historyExport"}) {
        QPushButton *b = button(name);
        QVERIFY2(!b->accessibleName().isEmpty(), name);
        QVERIFY2(b->text().contains(u'&'), name); // a mnemonic: Alt+letter
        QVERIFY2(b->focusPolicy() & Qt::TabFocus, name);
    }
    QVERIFY(!search()->accessibleName().isEmpty());
    QVERIFY(!table()->accessibleName().isEmpty());
}

QTEST_MAIN(TstGuiHistory)
#include "tst_gui_history.moc"
