// SPDX-License-Identifier: Unlicense
#include "UnfinishedDumps.h"

#include "DumpTarget.h"
#include "HistoryRecord.h"
#include "UiText.h"

#include <QDir>
#include <QEvent>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSet>
#include <QVBoxLayout>

namespace {
// A few are a reminder; a long list is the History's job.
constexpr int kMostShown = 5;
const QString kPartSuffix = QStringLiteral(".part");
} // namespace

UnfinishedDumps::UnfinishedDumps(QWidget *parent) : QWidget(parent), m_title(new QLabel(this)), m_rows(new QVBoxLayout)
{
    setObjectName(QStringLiteral("unfinishedDumps"));
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    // Wraps: a longer translation must not widen the window.
    m_title->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_title);
    layout->addLayout(m_rows);
    hide();
}

QList<UnfinishedDump> UnfinishedDumps::find(const QList<HistoryRecord> &known, const QStringList &folders)
{
    QList<UnfinishedDump> out;
    QSet<QString> seen;
    for (const HistoryRecord &r : known) {
        const QString file = QFileInfo(r.file).absoluteFilePath();
        if (seen.contains(file) || !r.canContinue())
            continue;
        seen.insert(file);
        out << UnfinishedDump{file, QFileInfo(DumpTarget(file).partialPath()).size(), r.length,
                              r.phone ? r.phone->meId : QByteArray(), r.continueRequest()};
    }
    for (const QString &folder : folders) {
        const QFileInfoList parts = QDir(folder).entryInfoList({QStringLiteral("*.part")}, QDir::Files, QDir::Time);
        for (const QFileInfo &part : parts) {
            const QString file = part.absoluteFilePath().chopped(kPartSuffix.size());
            const std::optional<ResumeState> state = ResumeState::load(DumpTarget(file).sidecarPath());
            if (seen.contains(file) || !state)
                continue;
            seen.insert(file);
            DumpRequest request;
            request.outputPath = file;
            request.wholeFlash = state->wholeFlash;
            request.start = state->start;
            request.length = state->wholeFlash ? 0 : state->length;
            request.resume = true;
            out << UnfinishedDump{file, part.size(), state->length, state->phone.meId, request};
        }
    }
    return out;
}

void UnfinishedDumps::setDumps(const QList<UnfinishedDump> &dumps)
{
    m_dumps = dumps;
    rebuild();
}

void UnfinishedDumps::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        rebuild();
    QWidget::changeEvent(event);
}

void UnfinishedDumps::rebuild()
{
    while (QLayoutItem *item = m_rows->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    m_title->setText(tr("Unfinished dumps: connect the same phone and continue where it stopped."));
    for (int i = 0; i < std::min<int>(int(m_dumps.size()), kMostShown); ++i) {
        const UnfinishedDump &d = m_dumps.at(i);
        auto *row = new QWidget(this);
        auto *label = new QLabel(row);
        label->setWordWrap(true);
        const QString name = UiText::leftToRight(QFileInfo(d.file).fileName());
        label->setText(d.length > 0 ? tr("%1: %2 of %3 read")
                                          .arg(name, UiText::leftToRight(humanSize(d.kept)),
                                               UiText::leftToRight(humanSize(qint64(d.length))))
                                    : tr("%1: %2 read").arg(name, UiText::leftToRight(humanSize(d.kept))));
        label->setToolTip(QDir::toNativeSeparators(d.file));
        auto *button = new QPushButton(tr("Con&tinue"), row);
        button->setObjectName(QStringLiteral("continueUnfinished"));
        button->setAccessibleName(tr("Continue the dump into %1").arg(QFileInfo(d.file).fileName()));
        auto *h = new QHBoxLayout(row);
        h->setContentsMargins(0, 0, 0, 0);
        h->addWidget(label, 1);
        h->addWidget(button);
        const DumpRequest request = d.request;
        connect(button, &QPushButton::clicked, this, [this, request] { emit continueRequested(request); });
        m_rows->addWidget(row);
    }
    setVisible(!m_dumps.isEmpty());
}
