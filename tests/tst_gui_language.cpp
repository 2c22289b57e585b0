// SPDX-License-Identifier: Unlicense
// Changing the language while the window runs: every text follows at once
// (checked with a pseudo-translation that marks every string, so it does not
// wait for the translators), a real embedded language and back, Arabic
// turns the window right to left, and the choice is remembered.
#include "JobsWindow.h"
#include "LanguageManager.h"
#include "MainWindow.h"
#include "PortPicker.h"
#include "ProgressPanel.h"
#include "RangeEditor.h"
#include "Settings.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QSettings>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

namespace {
constexpr int kSafetyNetMs = 10000; // only for a hung test: events arrive at once

const QChar kOpen(0x00AB);  // «
const QChar kClose(0x00BB); // »

// Every string in «»: a text that stays bare was never given to tr() again.
class PseudoTranslator : public QTranslator
{
public:
    QString translate(const char *, const char *sourceText, const char *, int) const override
    {
        return kOpen + QString::fromUtf8(sourceText) + kClose;
    }
    bool isEmpty() const override { return false; }
};

QString dumpText(const QWidget &window)
{
    return window.findChild<QPushButton *>(QStringLiteral("dumpButton"))->text();
}

QAction *languageAction(const QWidget &window, const QString &code)
{
    return window.findChild<QAction *>(QStringLiteral("language_") + code);
}

// The visible words of a window that should have come through tr().
QStringList bareTexts(const QWidget &root)
{
    QStringList bare;
    auto check = [&bare](const QString &text, const QString &where) {
        if (!text.isEmpty() && !text.contains(kOpen))
            bare << where + QStringLiteral(": ") + text;
    };
    const QList<QAbstractButton *> buttons = root.findChildren<QAbstractButton *>();
    for (const QAbstractButton *b : buttons) {
        if (b->text() != QStringLiteral("\u2026")) // the row's "..." browse button is a symbol
            check(b->text(), QStringLiteral("button ") + b->objectName());
    }
    const QList<QGroupBox *> boxes = root.findChildren<QGroupBox *>();
    for (const QGroupBox *g : boxes)
        check(g->title(), QStringLiteral("group"));
    const QList<QMenu *> menus = root.findChildren<QMenu *>();
    for (const QMenu *m : menus) {
        check(m->title(), QStringLiteral("menu"));
        const QList<QAction *> actions = m->actions();
        for (const QAction *a : actions) {
            // Languages are named in themselves on purpose.
            if (!a->isSeparator()
                && !(a->objectName().startsWith(QLatin1String("language_"))
                     && a->objectName() != QLatin1String("language_system")))
                check(a->text(), QStringLiteral("action ") + a->objectName());
        }
    }
    const QList<QLabel *> labels = root.findChildren<QLabel *>();
    for (const QLabel *l : labels) {
        // Sizes, addresses and paths are data; everything else is words.
        const QString name = l->objectName();
        if (l->buddy() || name == QLatin1String("demoBanner"))
            check(l->text(), QStringLiteral("label ") + name);
    }
    const QList<QComboBox *> combos = root.findChildren<QComboBox *>();
    for (const QComboBox *c : combos) {
        if (c->objectName() == QLatin1String("rangePreset") || c->objectName() == QLatin1String("portCombo"))
            check(c->itemText(0), QStringLiteral("combo ") + c->objectName());
    }
    return bare;
}
} // namespace

class TstGuiLanguage : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void everyTextFollowsAPseudoTranslation();
    void stateTextsAreRedone();
    void switchesToARealLanguageAndBack();
    void arabicIsRightToLeft();
    void theChoiceIsRemembered();
    void languagesNameThemselves();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_ini;
};

void TstGuiLanguage::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_ini = m_dir->filePath(QStringLiteral("settings.ini"));
    qputenv(Settings::kFileEnvVar, m_ini.toLocal8Bit());
    QSettings(m_ini, QSettings::IniFormat).setValue(QStringLiteral("output/folder"), m_dir->path());
}

void TstGuiLanguage::cleanup()
{
    m_dir.reset();
}

void TstGuiLanguage::everyTextFollowsAPseudoTranslation()
{
    MainWindow window(DumpEnvironment{}, [] { return QList<PortInfo>{}; });
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    JobsWindow *jobs = window.showJobs();
    jobs->addJob();
    QCOMPARE(dumpText(window), QStringLiteral("&Dump"));

    PseudoTranslator pseudo;
    QVERIFY(QCoreApplication::installTranslator(&pseudo));
    QTRY_COMPARE_WITH_TIMEOUT(dumpText(window), kOpen + QStringLiteral("&Dump") + kClose, kSafetyNetMs);
    QTRY_VERIFY_WITH_TIMEOUT(jobs->windowTitle().contains(kOpen), kSafetyNetMs);
    QStringList bare = bareTexts(window) + bareTexts(*jobs);
    QVERIFY2(bare.isEmpty(), qPrintable(bare.join(QLatin1Char('\n'))));
    QVERIFY(window.windowTitle().contains(kOpen));
    const auto *table = jobs->findChild<QTableWidget *>(QStringLiteral("jobsTable"));
    QVERIFY(table->horizontalHeaderItem(0)->text().contains(kOpen));
    QVERIFY(jobs->findChild<QLabel *>(QStringLiteral("jobStatus"))->text().contains(kOpen));

    QCoreApplication::removeTranslator(&pseudo);
    QTRY_COMPARE_WITH_TIMEOUT(dumpText(window), QStringLiteral("&Dump"), kSafetyNetMs);
    QTRY_VERIFY_WITH_TIMEOUT(!jobs->windowTitle().contains(kOpen), kSafetyNetMs);
}

void TstGuiLanguage::stateTextsAreRedone()
{
    // Texts made from what happened, not set once: the progress numbers, the
    // range problem, Automatic in the port list.
    MainWindow window(DumpEnvironment{}, [] { return QList<PortInfo>{}; });
    window.findChild<QComboBox *>(QStringLiteral("rangePreset"))->setCurrentIndex(RangeEditor::kCustomPreset);
    window.findChild<QLineEdit *>(QStringLiteral("rangeLength"))->setText(QStringLiteral("0"));
    auto *error = window.findChild<QLabel *>(QStringLiteral("rangeError"));
    QVERIFY(!error->text().isEmpty());
    auto *progress = window.findChild<ProgressPanel *>();
    DumpProgress p;
    p.done = 1024;
    p.total = 4096;
    progress->setProgress(p);
    auto *numbers = window.findChild<QLabel *>(QStringLiteral("progressNumbers"));
    QVERIFY(!numbers->text().isEmpty());
    QComboBox *ports = window.findChild<PortPicker *>()->comboBox();
    QCOMPARE(ports->currentText(), PortPicker::automaticText());

    PseudoTranslator pseudo;
    QCoreApplication::installTranslator(&pseudo);
    QTRY_VERIFY_WITH_TIMEOUT(error->text().startsWith(kOpen), kSafetyNetMs);
    QVERIFY2(numbers->text().startsWith(kOpen), qPrintable(numbers->text()));
    QCOMPARE(ports->currentText(), PortPicker::automaticText());
    QVERIFY(ports->currentText().startsWith(kOpen));
    QVERIFY(window.findChild<PortPicker *>()->isAutomatic());
    QCoreApplication::removeTranslator(&pseudo);
    QTRY_VERIFY_WITH_TIMEOUT(!error->text().contains(kOpen), kSafetyNetMs);
}

void TstGuiLanguage::switchesToARealLanguageAndBack()
{
    MainWindow window(DumpEnvironment{}, [] { return QList<PortInfo>{}; });
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    // The first embedded language that already has a word for Dump; the
    // others are being translated and fall back to English meanwhile.
    QString code;
    QString translated;
    const QList<LanguageManager::Language> languages = window.languages()->available();
    QVERIFY(languages.size() > 1);
    for (const LanguageManager::Language &l : languages) {
        QTranslator t;
        if (l.code == QLatin1String("en") || !t.load(QStringLiteral(":/i18n/mtreader_%1.qm").arg(l.code)))
            continue;
        const QString word = t.translate("SettingsColumn", "&Dump");
        if (!word.isEmpty() && word != QLatin1String("&Dump")) {
            code = l.code;
            translated = word;
            break;
        }
    }
    QVERIFY2(!code.isEmpty(), "no embedded translation has a word for Dump: the .qm files are empty");

    languageAction(window, code)->trigger();
    QTRY_COMPARE_WITH_TIMEOUT(dumpText(window), translated, kSafetyNetMs);
    QCOMPARE(window.languages()->effective(), code);
    QVERIFY(languageAction(window, code)->isChecked());

    languageAction(window, QStringLiteral("en"))->trigger();
    QTRY_COMPARE_WITH_TIMEOUT(dumpText(window), QStringLiteral("&Dump"), kSafetyNetMs);
    QVERIFY(languageAction(window, QStringLiteral("en"))->isChecked());
}

void TstGuiLanguage::arabicIsRightToLeft()
{
    MainWindow window(DumpEnvironment{}, [] { return QList<PortInfo>{}; });
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QAction *arabic = languageAction(window, QStringLiteral("ar"));
    QVERIFY2(arabic, "Arabic is one of the embedded languages");
    QCOMPARE(window.layoutDirection(), Qt::LeftToRight);

    arabic->trigger();
    QCOMPARE(QGuiApplication::layoutDirection(), Qt::RightToLeft);
    QTRY_COMPARE_WITH_TIMEOUT(window.layoutDirection(), Qt::RightToLeft, kSafetyNetMs);
    QVERIFY(window.findChild<QPushButton *>(QStringLiteral("dumpButton"))->isRightToLeft());
    // A window opened afterwards is mirrored too.
    JobsWindow *jobs = window.showJobs();
    QCOMPARE(jobs->layoutDirection(), Qt::RightToLeft);

    languageAction(window, QStringLiteral("en"))->trigger();
    QTRY_COMPARE_WITH_TIMEOUT(window.layoutDirection(), Qt::LeftToRight, kSafetyNetMs);
    QCOMPARE(jobs->layoutDirection(), Qt::LeftToRight);
}

void TstGuiLanguage::theChoiceIsRemembered()
{
    {
        MainWindow window(DumpEnvironment{}, [] { return QList<PortInfo>{}; });
        QVERIFY(languageAction(window, QStringLiteral("system"))->isChecked());
        languageAction(window, QStringLiteral("ar"))->trigger();
        // Saved when chosen, not only on a clean quit.
        QCOMPARE(QSettings(m_ini, QSettings::IniFormat).value(QStringLiteral("ui/language")).toString(),
                 QStringLiteral("ar"));
        window.show();
        QVERIFY(window.close());
    }
    QCOMPARE(QSettings(m_ini, QSettings::IniFormat).value(QStringLiteral("ui/language")).toString(),
             QStringLiteral("ar"));
    {
        MainWindow again(DumpEnvironment{}, [] { return QList<PortInfo>{}; });
        QCOMPARE(again.languages()->choice(), QStringLiteral("ar"));
        QCOMPARE(again.languages()->effective(), QStringLiteral("ar"));
        QVERIFY(languageAction(again, QStringLiteral("ar"))->isChecked());
        QTRY_COMPARE_WITH_TIMEOUT(again.layoutDirection(), Qt::RightToLeft, kSafetyNetMs);

        // Not remembered: the --language option of one run.
        again.languages()->setLanguage(QStringLiteral("ru"));
        QVERIFY(languageAction(again, QStringLiteral("ru"))->isChecked());
        again.show();
        QVERIFY(again.close());
        QCOMPARE(QSettings(m_ini, QSettings::IniFormat).value(QStringLiteral("ui/language")).toString(),
                 QStringLiteral("ar"));

        languageAction(again, QStringLiteral("system"))->trigger();
        QCOMPARE(again.languages()->choice(), QString());
        QCOMPARE(QSettings(m_ini, QSettings::IniFormat).value(QStringLiteral("ui/language")).toString(), QString());
    }
    QCOMPARE(QGuiApplication::layoutDirection(), Qt::LeftToRight);
}

void TstGuiLanguage::languagesNameThemselves()
{
    LanguageManager manager;
    QStringList codes;
    const QList<LanguageManager::Language> languages = manager.available();
    for (const LanguageManager::Language &l : languages)
        codes << l.code;
    for (const char *code : {"en", "ar", "es", "hi", "id", "pt_BR", "ru", "tr", "uk", "vi", "zh_CN"})
        QVERIFY2(codes.contains(QLatin1String(code)), code);
    QCOMPARE(LanguageManager::nativeName(QStringLiteral("ru")), QStringLiteral("Русский"));
    QCOMPARE(LanguageManager::nativeName(QStringLiteral("zh_CN")), QStringLiteral("简体中文"));
    QCOMPARE(LanguageManager::nativeName(QStringLiteral("pt_BR")), QStringLiteral("Português (Brasil)"));
    QVERIFY(!manager.setLanguage(QStringLiteral("xx")));
    QCOMPARE(manager.effective(), QStringLiteral("en"));
}

QTEST_MAIN(TstGuiLanguage)
#include "tst_gui_language.moc"
