// SPDX-License-Identifier: Unlicense
#include "RangeEditor.h"

#include "DumpTypes.h"
#include "UiText.h"

#include <QComboBox>
#include <QEvent>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>

namespace {
// The flash sizes MT6261/MT6260 phones ship with, after the whole flash.
constexpr qint64 kPresetSizes[] = {4 * 1024 * 1024, 8 * 1024 * 1024, 16 * 1024 * 1024};
const char *const kPresetKeys[] = {"whole", "4M", "8M", "16M", "custom"};

QString hexText(quint64 v)
{
    return QStringLiteral("0x%1").arg(v, 0, 16).toUpper().replace(QLatin1String("0X"), QLatin1String("0x"));
}
} // namespace

RangeEditor::RangeEditor(QWidget *parent)
    : QWidget(parent),
      m_preset(new QComboBox(this)),
      m_start(new QLineEdit(this)),
      m_length(new QLineEdit(this)),
      m_startSize(new QLabel(this)),
      m_lengthSize(new QLabel(this)),
      m_error(new QLabel(this)),
      m_startLabel(new QLabel(this)),
      m_lengthLabel(new QLabel(this))
{
    m_preset->setObjectName(QStringLiteral("rangePreset"));
    m_start->setObjectName(QStringLiteral("rangeStart"));
    m_length->setObjectName(QStringLiteral("rangeLength"));
    UiText::followTextDirection(m_start);
    UiText::followTextDirection(m_length);
    m_error->setObjectName(QStringLiteral("rangeError"));

    for (int i = 0; i <= kCustomPreset; ++i)
        m_preset->addItem(QString());
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_error->hide();

    m_startLabel->setBuddy(m_start);
    m_lengthLabel->setBuddy(m_length);

    auto *grid = new QGridLayout(this);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->addWidget(m_preset, 0, 0, 1, 3);
    grid->addWidget(m_startLabel, 1, 0);
    grid->addWidget(m_start, 1, 1);
    grid->addWidget(m_startSize, 1, 2);
    grid->addWidget(m_lengthLabel, 2, 0);
    grid->addWidget(m_length, 2, 1);
    grid->addWidget(m_lengthSize, 2, 2);
    grid->addWidget(m_error, 3, 0, 1, 3);
    grid->setColumnStretch(1, 1);
    // Room for "1023.99 MiB" without the layout jumping while typing.
    m_startSize->setMinimumWidth(fontMetrics().horizontalAdvance(QStringLiteral("1023.99 MiB")));

    connect(m_preset, &QComboBox::currentIndexChanged, this, &RangeEditor::onPresetChanged);
    connect(m_start, &QLineEdit::textChanged, this, &RangeEditor::revalidate);
    connect(m_length, &QLineEdit::textChanged, this, &RangeEditor::revalidate);
    retranslateUi();
    onPresetChanged(0);
}

QString RangeEditor::presetKey(int preset)
{
    return QLatin1String(kPresetKeys[qBound(0, preset, kCustomPreset)]);
}

int RangeEditor::presetFromKey(const QString &key)
{
    for (int i = 0; i <= kCustomPreset; ++i) {
        if (key == QLatin1String(kPresetKeys[i]))
            return i;
    }
    return kWholeFlashPreset;
}

void RangeEditor::retranslateUi()
{
    m_preset->setItemText(0, tr("Whole flash (size found from the phone)"));
    for (int i = 1; i <= 3; ++i) {
        const QString size = UiText::leftToRight(QStringLiteral("%1 MiB").arg(4 << (i - 1)));
        m_preset->setItemText(i, tr("%1 from the start").arg(size));
    }
    m_preset->setItemText(kCustomPreset, tr("Custom range"));
    m_preset->setAccessibleName(tr("Range to read"));
    m_preset->setToolTip(tr("MT6261 phones have 4, 8 or 16 MiB of flash. The whole flash is read by default: "
                            "MTreader finds its size from the phone."));
    m_start->setAccessibleName(tr("Start address"));
    m_length->setAccessibleName(tr("Length in bytes"));
    m_start->setToolTip(tr("Decimal (4194304) or hex (0x400000)"));
    m_length->setToolTip(m_start->toolTip());
    m_startSize->setAccessibleName(tr("Start as a size"));
    m_lengthSize->setAccessibleName(tr("Length as a size"));
    m_error->setAccessibleName(tr("Range problem"));
    m_startLabel->setText(tr("&Start:"));
    m_lengthLabel->setText(tr("&Length:"));
}

void RangeEditor::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        onPresetChanged(preset()); // the fields' words, sizes in words, the problem sentence
    }
    QWidget::changeEvent(event);
}

int RangeEditor::preset() const
{
    return m_preset->currentIndex();
}

void RangeEditor::setPreset(int index)
{
    m_preset->setCurrentIndex(qBound(0, index, kCustomPreset));
}

QString RangeEditor::startText() const
{
    return m_start->text();
}

QString RangeEditor::lengthText() const
{
    return m_length->text();
}

void RangeEditor::setCustom(const QString &start, const QString &length)
{
    m_customStart = start;
    m_customLength = length;
    if (preset() == kCustomPreset) {
        m_start->setText(start);
        m_length->setText(length);
    }
}

void RangeEditor::onPresetChanged(int index)
{
    const bool custom = index == kCustomPreset;
    m_start->setReadOnly(!custom);
    m_length->setReadOnly(!custom);
    if (custom) {
        // Setting the start revalidates and would store the preset's length
        // as the custom one: take both first.
        const QString start = m_customStart;
        const QString length = m_customLength;
        m_start->setText(start);
        m_length->setText(length);
    } else {
        // Keep what the user typed for when they come back to Custom.
        if (m_start->isModified() || m_length->isModified()) {
            m_customStart = m_start->text();
            m_customLength = m_length->text();
        }
        m_start->setText(hexText(0));
        m_length->setText(index == kWholeFlashPreset ? tr("found from the phone")
                                                     : hexText(quint64(kPresetSizes[qBound(1, index, 3) - 1])));
    }
    m_start->setModified(false);
    m_length->setModified(false);
    revalidate();
}

QString RangeEditor::errorText() const
{
    if (isWholeFlash())
        return {};
    QString why;
    parseRange(m_start->text(), m_length->text(), &why, m_anyAddress);
    return why;
}

std::optional<FlashRange> RangeEditor::range() const
{
    if (isWholeFlash())
        return std::nullopt;
    QString why;
    return parseRange(m_start->text(), m_length->text(), &why, m_anyAddress);
}

void RangeEditor::setAnyAddress(bool allowed)
{
    m_anyAddress = allowed;
    revalidate();
}

void RangeEditor::revalidate()
{
    if (preset() == kCustomPreset) {
        m_customStart = m_start->text();
        m_customLength = m_length->text();
    }
    const auto start = parseNumber(m_start->text());
    const auto length = isWholeFlash() ? std::optional<quint64>(0) : parseNumber(m_length->text());
    m_startSize->setText(start ? UiText::leftToRight(humanSize(qint64(std::min<quint64>(*start, quint64(INT64_MAX)))))
                               : QString());
    m_lengthSize->setText(length && !isWholeFlash()
                              ? UiText::leftToRight(humanSize(qint64(std::min<quint64>(*length, quint64(INT64_MAX)))))
                              : QString());

    const QString why = errorText();
    m_error->setText(why);
    m_error->setVisible(!why.isEmpty());
    const QString bad = QStringLiteral("QLineEdit { border: 1px solid #b00020; }");
    // Mark the field at fault; when both parse, the combination is wrong: mark the length.
    m_start->setStyleSheet(start ? QString() : bad);
    m_length->setStyleSheet(start && why.isEmpty() ? QString() : (start ? bad : (length ? QString() : bad)));
    m_error->setAccessibleDescription(why);

    const bool valid = why.isEmpty();
    emit rangeChanged();
    if (valid != m_wasValid) {
        m_wasValid = valid;
        emit validityChanged(valid);
    }
}
