// SPDX-License-Identifier: Unlicense
#include "HistoryModel.h"

#include "TextFormat.h"
#include "UiText.h"
#include "Isolate.h"

#include <QDir>
#include <QFileInfo>
#include <QLocale>

HistoryModel::HistoryModel(QObject *parent) : QAbstractTableModel(parent) {}

void HistoryModel::setRecords(QList<HistoryRecord> records)
{
    beginResetModel();
    m_records = std::move(records);
    endResetModel();
}

const HistoryRecord *HistoryModel::recordAt(int row) const
{
    return row >= 0 && row < m_records.size() ? &m_records.at(row) : nullptr;
}

void HistoryModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_records.isEmpty())
        emit dataChanged(index(0, 0), index(int(m_records.size()) - 1, ColumnCount - 1));
}

int HistoryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_records.size());
}

int HistoryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString HistoryModel::resultText(const HistoryRecord &r)
{
    switch (r.result) {
    case HistoryRecord::Result::Done: return tr("Done");
    case HistoryRecord::Result::Failed: return tr("Failed");
    case HistoryRecord::Result::Cancelled: return tr("Cancelled");
    case HistoryRecord::Result::Unfinished: break;
    }
    return tr("Unfinished");
}

QString HistoryModel::text(const HistoryRecord &r, int column) const
{
    switch (column) {
    case StartedColumn: return UiText::leftToRight(QLocale().toString(r.startedAt.toLocalTime(), QLocale::ShortFormat));
    case ResultColumn: return resultText(r);
    case MeIdColumn: return r.phone ? UiText::leftToRight(r.phone->meIdHex()) : QString();
    case PhoneColumn: return r.phone ? r.phone->chipName() : QString();
    case FirmwareColumn: return UiText::leftToRight(r.details.firmwareVersion);
    case FileColumn: return UiText::leftToRight(QFileInfo(r.keptFile()).fileName());
    case RangeColumn:
        return tr("%1 from %2").arg(UiText::leftToRight(humanSize(qint64(r.length))), Isolate::hex(r.start));
    case Sha256Column: return UiText::leftToRight(QString::fromLatin1(r.sha256.toHex()));
    case DurationColumn: return r.durationMs >= 0 ? TextFormat::duration(r.durationMs / 1000.0) : QString();
    case ProgramColumn:
        switch (r.program) {
        case HistoryRecord::Program::Window: return tr("Window");
        case HistoryRecord::Program::JobsWindow: return tr("Several phones");
        case HistoryRecord::Program::Cli: return tr("Command line");
        }
    }
    return QString();
}

QString HistoryModel::toolTip(const HistoryRecord &r, int column) const
{
    switch (column) {
    case FileColumn: return QDir::toNativeSeparators(r.keptFile());
    case ResultColumn: return r.errorDetail;
    case PhoneColumn: return r.phone ? TextFormat::phoneSummary(*r.phone) : QString();
    case FirmwareColumn: return r.details.firmwarePlatform;
    default: return QString();
    }
}

QVariant HistoryModel::data(const QModelIndex &index, int role) const
{
    const HistoryRecord *r = recordAt(index.row());
    if (!r)
        return {};
    if (role == Qt::DisplayRole)
        return text(*r, index.column());
    if (role == Qt::ToolTipRole) {
        const QString tip = toolTip(*r, index.column());
        return tip.isEmpty() ? QVariant() : QVariant(tip);
    }
    return {};
}

QVariant HistoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case StartedColumn: return tr("Started");
    case ResultColumn: return tr("Result");
    case MeIdColumn: return tr("ME ID");
    case PhoneColumn: return tr("Phone");
    case FirmwareColumn: return tr("Firmware");
    case FileColumn: return tr("File");
    case RangeColumn: return tr("Range");
    case Sha256Column: return tr("SHA-256");
    case DurationColumn: return tr("Duration");
    case ProgramColumn: return tr("Recorded by");
    default: return {};
    }
}
