// SPDX-License-Identifier: Unlicense
// The language of the window, switchable while it runs: finds which
// translations are embedded under :/i18n/, installs MTreader's and Qt's own
// translator for the chosen one, sets the layout direction (right to left
// for Arabic), and says so. Widgets follow through
// QEvent::LanguageChange.
#pragma once

#include <QList>
#include <QObject>
#include <QString>
#include <memory>

class QTranslator;

class LanguageManager : public QObject
{
    Q_OBJECT
public:
    struct Language
    {
        QString code;       // "ru", "pt_BR"; "en" for the untranslated texts
        QString nativeName; // the language named in itself: "Русский"
    };

    // directory holds mtreader_<code>.qm files; tests may point elsewhere.
    explicit LanguageManager(QObject *parent = nullptr, const QString &directory = defaultDirectory());
    // :/i18n, or the folder MTREADER_TRANSLATIONS names: a translator sees
    // a freshly released .qm in the window without rebuilding it.
    static QString defaultDirectory();
    // Takes its translators out again.
    ~LanguageManager() override;

    // English first, then every embedded translation, by code.
    QList<Language> available() const;
    static QString nativeName(const QString &code);

    // What was chosen: empty for the system language, "en", or a code.
    QString choice() const { return m_choice; }
    // The language the texts are in now, e.g. "ru"; "en" when none applies.
    QString effective() const { return m_effective; }

    // Empty (or "system") follows the system; "en" is the untranslated
    // texts. An unknown code falls back to English. Returns false for an
    // unknown code.
    bool setLanguage(const QString &choice);

    static bool isSystem(const QString &choice);

signals:
    void languageChanged(const QString &effectiveCode);

private:
    void removeTranslators();

    QString m_directory;
    QString m_choice;
    QString m_effective = QStringLiteral("en");
    std::unique_ptr<QTranslator> m_app;
    std::unique_ptr<QTranslator> m_qt;
};
