// SPDX-License-Identifier: Unlicense
// Every page of the window in every language, as a technician sees it: a
// dump in the window against a virtual phone goes through Ready, Waiting,
// Reading, Done and Failed, then a restart shows the unfinished dump, a
// stack of phones under Keep going, the history, the jobs window and the
// demo's banner. On each page: no text is cut off at the
// default window size (each widget's size hint against its size), and in
// Arabic every path, port, size, address and hash set into a sentence sits
// in a left-to-right isolate, or in a widget laid out left to right; no two
// controls in view, and no two items of a menu, answer to the same Alt key.
#include "HistoryWindow.h"
#include "JobsWindow.h"
#include "LanguageManager.h"
#include "MainWindow.h"
#include "Settings.h"
#include "support/GuiTestUtil.h"
#include "support/VirtualEnvironment.h"

#include <QAbstractButton>
#include <QAction>
#include <QAbstractItemView>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QHeaderView>
#include <QLabel>
#include <QKeySequence>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QProgressBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QScrollArea>
#include <QSettings>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

using namespace std::chrono_literals;
using namespace guitest;

namespace {

constexpr char16_t kIsolateOpeners[] = {0x2066, 0x2067, 0x2068}; // LRI, RLI, FSI
constexpr char16_t kPopIsolate = 0x2069;

// What a sentence has values of: paths, ports, sizes, rates, hex numbers
// and hashes. Each must read left to right inside a right-to-left sentence.
const QRegularExpression &valuePattern()
{
    static const QRegularExpression pattern(
        QStringLiteral(R"((?:/[\w.\- ]+)+/?)"                             // a path
                       R"(|virtual:\d+)"                                  // a virtual phone's port
                       R"(|\d+(?:\.\d+)?\s?(?:bytes|KiB|MiB|GiB)(?:/s)?)" // a size or a rate
                       R"(|0x[0-9A-Fa-f]+)"                               // an address
                       R"(|0x(?=[\x{2066}-\x{2068}]))"                    // its 0x left out
                       R"(|\b[0-9a-f]{12,}\b)"));                         // a hash
    return pattern;
}

bool insideAnIsolate(const QString &text, qsizetype at)
{
    int depth = 0;
    for (qsizetype i = 0; i < at; ++i) {
        const char16_t c = text.at(i).unicode();
        if (std::find(std::begin(kIsolateOpeners), std::end(kIsolateOpeners), c) != std::end(kIsolateOpeners))
            ++depth;
        else if (c == kPopIsolate && depth > 0)
            --depth;
    }
    return depth > 0;
}

QString describe(const QWidget *w)
{
    return QStringLiteral("%1 %2").arg(QString::fromLatin1(w->metaObject()->className()), w->objectName());
}

// The text a widget shows, if it is one that shows a sentence.
QString shownText(const QWidget *w)
{
    if (const auto *label = qobject_cast<const QLabel *>(w))
        return label->text();
    if (const auto *button = qobject_cast<const QAbstractButton *>(w))
        return button->text();
    if (const auto *edit = qobject_cast<const QLineEdit *>(w))
        return edit->text();
    return {};
}

bool reallyVisible(const QWidget *w, const QWidget *root)
{
    return w->isVisibleTo(root) && w->isVisible() && !w->size().isEmpty();
}

// Values in a right-to-left window that are not kept left to right.
QStringList valuesOutOfIsolates(const QWidget *root)
{
    QStringList found;
    const QList<QWidget *> widgets = root->findChildren<QWidget *>();
    for (const QWidget *w : widgets) {
        if (!reallyVisible(w, root) || w->isLeftToRight())
            continue;
        QStringList texts{shownText(w)};
        // A choice's items; not the port's, which the user types into.
        if (const auto *combo = qobject_cast<const QComboBox *>(w); combo && !combo->isEditable()) {
            for (int i = 0; i < combo->count(); ++i)
                texts << combo->itemText(i);
        }
        // The cells of a table: the history's sizes and paths, the jobs' ranges.
        const auto *view = qobject_cast<const QAbstractItemView *>(w);
        if (view && view->model() && !qobject_cast<const QHeaderView *>(w)) {
            const QAbstractItemModel *model = view->model();
            for (int row = 0; row < model->rowCount(); ++row) {
                for (int column = 0; column < model->columnCount(); ++column)
                    texts << model->index(row, column).data(Qt::DisplayRole).toString();
            }
        }
        for (const QString &text : std::as_const(texts)) {
            QRegularExpressionMatchIterator it = valuePattern().globalMatch(text);
            while (it.hasNext()) {
                const QRegularExpressionMatch m = it.next();
                if (!insideAnIsolate(text, m.capturedStart()))
                    found << QStringLiteral("%1: \"%2\" in \"%3\"").arg(describe(w), m.captured(), text);
            }
        }
    }
    return found;
}

// Widgets whose text does not fit the room the layout gave them.
QStringList clipped(const QWidget *root)
{
    QStringList found;
    const QList<QWidget *> widgets = root->findChildren<QWidget *>();
    for (const QWidget *w : widgets) {
        if (!reallyVisible(w, root) || shownText(w).isEmpty() || qobject_cast<const QLineEdit *>(w))
            continue;
        const auto *label = qobject_cast<const QLabel *>(w);
        const QSize hint = w->sizeHint();
        bool fits = true;
        if (label && label->wordWrap())
            fits = label->heightForWidth(w->width()) <= w->height();
        else if (label)
            fits = hint.width() <= w->width() && label->minimumSizeHint().height() <= w->height();
        else
            fits = hint.width() <= w->width() && hint.height() <= w->height() + 1;
        if (!fits)
            found << QStringLiteral("%1 \"%2\": needs %3x%4, has %5x%6")
                         .arg(describe(w), shownText(w))
                         .arg(hint.width())
                         .arg(label && label->wordWrap() ? label->heightForWidth(w->width()) : hint.height())
                         .arg(w->width())
                         .arg(w->height());
    }
    // A scroll area that only scrolls up and down cuts off whatever of its
    // content is wider than its viewport.
    for (const QScrollArea *area : root->findChildren<QScrollArea *>()) {
        if (!reallyVisible(area, root) || !area->widget()
            || area->horizontalScrollBarPolicy() != Qt::ScrollBarAlwaysOff)
            continue;
        if (area->widget()->width() > area->viewport()->width())
            found << QStringLiteral("%1: its content is %2 px wide, it shows %3")
                         .arg(describe(area))
                         .arg(area->widget()->width())
                         .arg(area->viewport()->width());
    }
    // Column titles: a fixed width shows the title cut to "Ход выпол…".
    for (const QHeaderView *h : root->findChildren<QHeaderView *>()) {
        if (!reallyVisible(h, root) || h->orientation() != Qt::Horizontal || !h->model())
            continue;
        for (int i = 0; i < h->count(); ++i) {
            const QString title = h->model()->headerData(i, Qt::Horizontal).toString();
            if (h->isSectionHidden(i) || h->sectionResizeMode(i) == QHeaderView::Stretch || title.isEmpty())
                continue;
            if (h->sectionSize(i) < h->sectionSizeHint(i))
                found << QStringLiteral("%1 column \"%2\": needs %3, has %4")
                             .arg(describe(h), title)
                             .arg(h->sectionSizeHint(i))
                             .arg(h->sectionSize(i));
        }
    }
    return found;
}

// The key a text's & gives, or 0. Turkish dotted and dotless i are the
// letters whose capital depends on the language: the key of a Turkish
// keyboard gives i or ı, which Qt matches as I, never as İ, so Alt+İ is
// out of reach.
int mnemonicKey(const QString &text, QString *unreachable)
{
    const QKeySequence key = QKeySequence::mnemonic(text);
    if (key.isEmpty())
        return 0;
    const qsizetype at = text.indexOf(QRegularExpression(QStringLiteral("&[^&]")));
    if (at >= 0) {
        const char16_t c = text.at(at + 1).unicode();
        if ((c == 0x0130 || c == 0x0131) && unreachable)
            *unreachable = text;
    }
    return key[0].toCombined();
}

// Two texts in one place (a window's visible controls, a menu, the menu
// bar) with the same key: Alt and the letter no longer does what it says.
QStringList clashes(const QList<QPair<QString, QString>> &texts)
{
    QStringList found;
    QHash<int, QString> seen;
    for (const auto &[where, text] : texts) {
        QString unreachable;
        const int key = mnemonicKey(text, &unreachable);
        if (!unreachable.isEmpty())
            found << QStringLiteral("%1: \"%2\" has a key no keyboard gives as shown").arg(where, text);
        if (key == 0)
            continue;
        if (seen.contains(key))
            found << QStringLiteral("%1: \"%2\" and \"%3\" share a key").arg(where, seen.value(key), text);
        else
            seen.insert(key, text);
    }
    return found;
}

QStringList acceleratorProblems(const QWidget *root)
{
    QStringList found;
    QList<QPair<QString, QString>> controls;
    const QList<QWidget *> widgets = root->findChildren<QWidget *>();
    for (const QWidget *w : widgets) {
        if (!reallyVisible(w, root) || qobject_cast<const QMenu *>(w->window()))
            continue;
        const auto *label = qobject_cast<const QLabel *>(w);
        if (qobject_cast<const QAbstractButton *>(w) || (label && label->buddy()))
            controls << qMakePair(QStringLiteral("window"), shownText(w));
    }
    found << clashes(controls);
    const QList<QMenuBar *> bars = root->findChildren<QMenuBar *>();
    for (const QMenuBar *bar : bars) {
        QList<QPair<QString, QString>> titles;
        const QList<QAction *> top = bar->actions();
        for (const QAction *a : top) {
            if (!a->isVisible())
                continue;
            titles << qMakePair(QStringLiteral("menu bar"), a->text());
            if (const QMenu *menu = a->menu()) {
                QList<QPair<QString, QString>> items;
                const QList<QAction *> actions = menu->actions();
                for (const QAction *item : actions) {
                    if (item->isVisible() && !item->isSeparator())
                        items << qMakePair(QStringLiteral("menu ") + menu->title(), item->text());
                }
                found << clashes(items);
            }
        }
        found << clashes(titles);
    }
    return found;
}

} // namespace

class TstGuiScreens : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void everyPage_data();
    void everyPage();

private:
    void look(QWidget *root, const QString &page);
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_out;
    QString m_code;
    bool m_rightToLeft = false;
    QStringList m_problems;
};

void TstGuiScreens::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    const QString ini = m_dir->filePath(QStringLiteral("settings.ini"));
    qputenv(Settings::kFileEnvVar, ini.toLocal8Bit());
    qputenv("MTREADER_HISTORY_FILE", m_dir->filePath(QStringLiteral("history.sqlite")).toLocal8Bit());
    // A folder with a space in its name, as "My dumps" on a desktop.
    m_out = m_dir->filePath(QStringLiteral("shop dumps"));
    QVERIFY(QDir().mkpath(m_out));
    QSettings(ini, QSettings::IniFormat).setValue(QStringLiteral("output/folder"), m_out);
    m_problems.clear();
}

void TstGuiScreens::cleanup()
{
    m_dir.reset();
}

void TstGuiScreens::look(QWidget *root, const QString &page)
{
    // Layouts settle over a few turns of the event loop: each level of a
    // nested layout asks its parent again in an event of its own.
    for (int i = 0; i < 10; ++i)
        QCoreApplication::processEvents();
    // docs/screenshots/take.sh: every page in every language, to look at.
    const QString shots = qEnvironmentVariable("MTREADER_SCREENSHOT_DIR");
    if (!shots.isEmpty()) {
        QString name = page.toLower();
        name.replace(QRegularExpression(QStringLiteral("[^a-z]+")), QStringLiteral("-"));
        const QString file = QDir(shots).filePath(QStringLiteral("%1-%2.png").arg(m_code, name));
        QVERIFY2(root->grab().save(file), qPrintable(file));
    }
    for (const QString &p : clipped(root))
        m_problems << page + QStringLiteral(", cut off: ") + p;
    // The main window keeps the size it was given: one that widens itself
    // on some page has a line that does not wrap.
    if (qobject_cast<MainWindow *>(root) && root->width() > 980) {
        QString widest;
        int most = 0;
        for (const QWidget *w : root->findChildren<QWidget *>()) {
            if (reallyVisible(w, root) && w->minimumSizeHint().width() > most && !w->findChild<QWidget *>()) {
                most = w->minimumSizeHint().width();
                widest = describe(w) + QStringLiteral(" \"") + shownText(w) + QLatin1Char('"');
            }
        }
        m_problems << page
                + QStringLiteral(", the window widened to %1 px; widest: %2 (%3 px)")
                      .arg(root->width())
                      .arg(widest)
                      .arg(most);
    }
    for (const QString &p : acceleratorProblems(root))
        m_problems << page + QStringLiteral(", keys: ") + p;
    if (m_rightToLeft) {
        for (const QString &p : valuesOutOfIsolates(root))
            m_problems << page + QStringLiteral(", not isolated: ") + p;
    }
}

void TstGuiScreens::everyPage_data()
{
    QTest::addColumn<QString>("code");
    LanguageManager languages;
    const QList<LanguageManager::Language> available = languages.available();
    for (const LanguageManager::Language &l : available)
        QTest::newRow(qPrintable(l.code)) << l.code;
}

void TstGuiScreens::everyPage()
{
    QFETCH(QString, code);
    m_code = code;
    auto rack = std::make_shared<VirtualPhoneRack>();
    const DumpEnvironment env = virtualEnvironment(rack);
    {
        MainWindow window(env, env.lister);
        QVERIFY(window.languages()->setLanguage(code));
        m_rightToLeft = window.layoutDirection() == Qt::RightToLeft;
        QCOMPARE(m_rightToLeft, code == QLatin1String("ar"));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QCOMPARE(window.size(), QSize(980, 700)); // the default, from no settings
        look(&window, QStringLiteral("Ready"));
        window.findChild<QToolButton *>(QStringLiteral("advancedToggle"))->click();
        window.findChild<QCheckBox *>(QStringLiteral("verify"))->setChecked(true);
        look(&window, QStringLiteral("Ready, Advanced open"));

        // The whole flash of a 512 KiB phone, over a link slow enough to
        // see it being read.
        QTest::mouseClick(window.findChild<QPushButton *>(QStringLiteral("dumpButton")), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(pageOf(window), QStringLiteral("waitingPanel"), kSafetyNetMs);
        look(&window, QStringLiteral("Waiting"));
        VirtualPhoneConfig phone = testPhone(512 * 1024, 61);
        phone.link = LinkModel::realistic();
        rack->plugIn(phone, 20ms);
        auto *bar = window.findChild<QProgressBar *>(QStringLiteral("progressBar"));
        QTRY_VERIFY_WITH_TIMEOUT(pageOf(window) == QLatin1String("progressPanel") && bar->value() > 0, kSafetyNetMs);
        look(&window, QStringLiteral("Reading"));
        QTRY_COMPARE_WITH_TIMEOUT(pageOf(window), QStringLiteral("donePanel"), kSafetyNetMs);
        look(&window, QStringLiteral("Done"));

        // A range of another phone, whose cable comes out half way.
        rack->unplugAll();
        setCustomRange(window, QStringLiteral("0x10000"), QStringLiteral("448 KiB"));
        QTest::mouseClick(window.findChild<QPushButton *>(QStringLiteral("dumpAnother")), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(pageOf(window), QStringLiteral("waitingPanel"), kSafetyNetMs);
        VirtualPhoneConfig pulled = testPhone(512 * 1024, 62);
        pulled.faults << Fault{FaultKind::CablePulled, 0x40000, 0};
        rack->plugIn(pulled, 20ms);
        QTRY_COMPARE_WITH_TIMEOUT(pageOf(window), QStringLiteral("failurePanel"), kSafetyNetMs);
        look(&window, QStringLiteral("Failed"));
        look(window.showHistory(), QStringLiteral("History"));
        QVERIFY(window.close());
    }
    {
        // After a restart: the unfinished dump on the Ready page, the jobs window.
        MainWindow window(env, env.lister);
        QVERIFY(window.languages()->setLanguage(code));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY2(window.findChild<QWidget *>(QStringLiteral("unfinishedDumps"))->isVisible(),
                 qPrintable(QDir(m_out).entryList(QDir::Files).join(QLatin1Char(' '))));
        look(&window, QStringLiteral("Ready, an unfinished dump"));

        // A stack of phones: after the first, the counts and the list.
        window.findChild<QCheckBox *>(QStringLiteral("keepGoing"))->setChecked(true);
        window.findChild<QComboBox *>(QStringLiteral("rangePreset"))->setCurrentIndex(0); // the whole flash
        QTest::mouseClick(window.findChild<QPushButton *>(QStringLiteral("dumpButton")), Qt::LeftButton);
        rack->plugIn(testPhone(512 * 1024, 63), 20ms);
        QTRY_VERIFY_WITH_TIMEOUT(window.findChild<QWidget *>(QStringLiteral("stackSummary"))->isVisible()
                                     && pageOf(window) == QLatin1String("waitingPanel"),
                                 kSafetyNetMs);
        look(&window, QStringLiteral("Keep going"));
        QTest::mouseClick(window.findChild<QPushButton *>(QStringLiteral("cancelButton")), Qt::LeftButton);
        // Rows take the range from the window: a custom one, to see it.
        window.findChild<QCheckBox *>(QStringLiteral("keepGoing"))->setChecked(false);
        setCustomRange(window, QStringLiteral("0x10000"), QStringLiteral("448 KiB"));
        JobsWindow *jobs = window.showJobs();
        QVERIFY(QTest::qWaitForWindowExposed(jobs));
        jobs->addJob();
        look(jobs, QStringLiteral("Jobs"));
        jobs->close();
        // Trying the app without a phone: the banner and its flash size.
        window.findChild<QAction *>(QStringLiteral("demoAction"))->trigger();
        look(&window, QStringLiteral("Demo"));
        // Keep going may still be stopping its wait for the next phone.
        window.close();
        QTRY_VERIFY_WITH_TIMEOUT(!window.isVisible(), kSafetyNetMs);
    }
    // One line each: a failure message of Qt Test is cut at a few hundred characters.
    for (const QString &p : std::as_const(m_problems))
        qWarning().noquote() << p;
    QVERIFY2(m_problems.isEmpty(), qPrintable(QStringLiteral("%1 problems, listed above").arg(m_problems.size())));
}

QTEST_MAIN(TstGuiScreens)
#include "tst_gui_screens.moc"
