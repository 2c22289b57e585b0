// SPDX-License-Identifier: Unlicense
#include "LanguageManager.h"

#include "Isolate.h"

#include <QCoreApplication>
#include <QDir>
#include <QEvent>
#include <QGuiApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

#include <algorithm>

namespace {
const QString kPrefix = QStringLiteral("mtreader_");
const QString kSuffix = QStringLiteral(".qm");
const QString kEnglish = QStringLiteral("en");

// Each language names itself, so that someone who cannot read the current
// one still finds their own: these are deliberately not translated.
struct NativeName
{
    const char16_t *code;
    const char16_t *name;
};
constexpr NativeName kNativeNames[] = {
    {u"ar", u"العربية"},    {u"en", u"English"},          {u"es", u"Español"},
    {u"hi", u"हिन्दी"},      {u"id", u"Bahasa Indonesia"}, {u"pt_BR", u"Português (Brasil)"},
    {u"ru", u"Русский"},    {u"tr", u"Türkçe"},           {u"uk", u"Українська"},
    {u"vi", u"Tiếng Việt"}, {u"zh_CN", u"简体中文"},
};

void announceLanguageChange()
{
    // Installing an empty translator (a language not translated yet) sends
    // nothing, yet the locale and direction changed: say it anyway. Posted
    // LanguageChange events are compressed, so widgets retranslate once.
    if (QCoreApplication::instance()) {
        QEvent change(QEvent::LanguageChange);
        QCoreApplication::sendEvent(QCoreApplication::instance(), &change);
    }
}
} // namespace

LanguageManager::LanguageManager(QObject *parent, const QString &directory) : QObject(parent), m_directory(directory) {}

QString LanguageManager::defaultDirectory()
{
    const QString own = qEnvironmentVariable("MTREADER_TRANSLATIONS");
    return own.isEmpty() ? QStringLiteral(":/i18n") : own;
}

LanguageManager::~LanguageManager()
{
    removeTranslators();
}

QString LanguageManager::nativeName(const QString &code)
{
    for (const NativeName &n : kNativeNames) {
        if (code == QStringView(n.code))
            return QString::fromUtf16(n.name);
    }
    const QString name = QLocale(code).nativeLanguageName();
    return name.isEmpty() ? code : name.left(1).toUpper() + name.mid(1);
}

QList<LanguageManager::Language> LanguageManager::available() const
{
    QList<Language> out{{kEnglish, nativeName(kEnglish)}};
    QStringList files = QDir(m_directory).entryList({kPrefix + QLatin1Char('*') + kSuffix}, QDir::Files);
    std::sort(files.begin(), files.end());
    for (const QString &file : files) {
        const QString code = file.mid(kPrefix.size(), file.size() - kPrefix.size() - kSuffix.size());
        if (!code.isEmpty() && code != kEnglish)
            out << Language{code, nativeName(code)};
    }
    return out;
}

bool LanguageManager::isSystem(const QString &choice)
{
    return choice.isEmpty() || choice == QLatin1String("system");
}

bool LanguageManager::setLanguage(const QString &choice)
{
    QStringList codes;
    for (const Language &l : available())
        codes << l.code;

    bool known = true;
    QString effective = kEnglish;
    if (isSystem(choice)) {
        // The first of the user's languages we have: "pt-BR", then "pt".
        const QStringList wanted = QLocale::system().uiLanguages();
        for (const QString &ui : wanted) {
            QString code = ui;
            code.replace(QLatin1Char('-'), QLatin1Char('_'));
            if (codes.contains(code) || codes.contains(code.section(QLatin1Char('_'), 0, 0))) {
                effective = codes.contains(code) ? code : code.section(QLatin1Char('_'), 0, 0);
                break;
            }
            // Someone whose first language is English gets English, not their second.
            if (code.section(QLatin1Char('_'), 0, 0) == kEnglish)
                break;
        }
    } else if (codes.contains(choice)) {
        effective = choice;
    } else {
        known = false;
    }

    removeTranslators();
    if (effective != kEnglish) {
        auto app = std::make_unique<QTranslator>();
        if (app->load(QDir(m_directory).filePath(kPrefix + effective + kSuffix)) && !app->isEmpty()) {
            QCoreApplication::installTranslator(app.get());
            m_app = std::move(app);
        }
        // Qt's own words: the buttons of message boxes and file dialogs.
        auto qt = std::make_unique<QTranslator>();
        if (qt->load(QLocale(effective), QStringLiteral("qtbase"), QStringLiteral("_"),
                     QLibraryInfo::path(QLibraryInfo::TranslationsPath))
            && !qt->isEmpty()) {
            QCoreApplication::installTranslator(qt.get());
            m_qt = std::move(qt);
        }
    }
    // Numbers and dates keep the system's regional format, as on every
    // desktop: the sentences around them are the language's, and a number
    // put in by .arg() is never localised, so Arabic-Indic digits from
    // QLocale("ar") would stand next to Latin ones in one sentence.
    if (qobject_cast<QGuiApplication *>(QCoreApplication::instance())) {
        QGuiApplication::setLayoutDirection(QLocale(effective).textDirection());
        Isolate::setEnabled(QLocale(effective).textDirection() == Qt::RightToLeft);
    }

    m_choice = isSystem(choice) ? QString() : (known ? choice : kEnglish);
    m_effective = effective;
    announceLanguageChange();
    emit languageChanged(effective);
    return known;
}

void LanguageManager::removeTranslators()
{
    if (!QCoreApplication::instance())
        return;
    if (m_app)
        QCoreApplication::removeTranslator(m_app.get());
    if (m_qt)
        QCoreApplication::removeTranslator(m_qt.get());
    m_app.reset();
    m_qt.reset();
}
