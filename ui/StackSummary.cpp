// SPDX-License-Identifier: Unlicense
#include "StackSummary.h"

#include "UiText.h"

#include <QDir>
#include <QEvent>
#include <QFileInfo>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QVBoxLayout>

namespace {
// Enough to see the last phones at a glance; the history keeps them all.
constexpr int kListHeightRows = 4;
} // namespace

StackSummary::StackSummary(const KeepGoingFlow *flow, QWidget *parent)
    : QWidget(parent), m_flow(flow), m_counts(new QLabel(this)), m_list(new QListWidget(this))
{
    setObjectName(QStringLiteral("stackSummary"));
    m_counts->setObjectName(QStringLiteral("stackCounts"));
    m_list->setObjectName(QStringLiteral("stackList"));
    QFont bold = m_counts->font();
    bold.setBold(true);
    m_counts->setFont(bold);
    m_list->setSelectionMode(QAbstractItemView::NoSelection);
    m_list->setMaximumHeight(m_list->fontMetrics().height() * kListHeightRows + 10);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_counts);
    layout->addWidget(m_list);
    connect(flow, &KeepGoingFlow::outcomesChanged, this, &StackSummary::refresh);
    refresh();
}

void StackSummary::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        refresh();
    QWidget::changeEvent(event);
}

void StackSummary::refresh()
{
    m_counts->setText(tr("Keep going: %n dumped", nullptr, m_flow->dumped()) + QStringLiteral(" \u00b7 ")
                      + tr("%n failed", nullptr, m_flow->failed()));
    m_list->setAccessibleName(tr("Phones of this session, newest first"));
    m_list->clear();
    const QList<KeepGoingFlow::Outcome> &all = m_flow->outcomes();
    for (auto it = all.crbegin(); it != all.crend(); ++it) {
        const QString time = QLocale().toString(it->when.toLocalTime().time(), QLocale::ShortFormat);
        const QString phone = it->meId.isEmpty()
            ? tr("phone not identified")
            : tr("ME ID %1").arg(UiText::leftToRight(QString::fromLatin1(it->meId.toHex().left(8)).toUpper()));
        const QString text = it->ok ? tr("%1 \u2713 %2: %3").arg(time, phone, it->summary)
                                    : tr("%1 \u2717 %2: %3").arg(time, phone, it->summary);
        auto *item = new QListWidgetItem(text, m_list);
        item->setForeground(it->ok ? QColor(0x1b, 0x7f, 0x3b) : QColor(0xb0, 0x00, 0x20));
        if (!it->file.isEmpty())
            item->setToolTip(QDir::toNativeSeparators(it->file));
    }
    setVisible(!all.isEmpty());
}

QString StackSummary::countsText() const
{
    return m_counts->text();
}

int StackSummary::rows() const
{
    return m_list->count();
}

QString StackSummary::rowText(int row) const
{
    return m_list->item(row) ? m_list->item(row)->text() : QString();
}
