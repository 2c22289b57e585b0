// SPDX-License-Identifier: Unlicense
#include "EnglishPlurals.h"

#include <QCoreApplication>
#include <QTranslator>

void EnglishPlurals::install()
{
    auto *english = new QTranslator(QCoreApplication::instance());
    if (english->load(QStringLiteral(":/i18n/mtreader_en.qm")))
        QCoreApplication::installTranslator(english);
    else
        delete english;
}
