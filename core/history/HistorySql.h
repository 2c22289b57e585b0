// SPDX-License-Identifier: Unlicense
// A HistoryRecord in and out of the attempts table, and a HistoryFilter as a
// SELECT: the one place that names the columns of the current version.
#pragma once

#include "HistoryFilter.h"
#include "HistoryRecord.h"

#include <QString>
#include <QVariantMap>

class QSqlQuery;

namespace HistorySql {

QString insertStatement();
// Every column but id, where id = :id.
QString updateStatement();
void bind(QSqlQuery &query, const HistoryRecord &record);

// The SELECT for a filter and the values for its placeholders.
QString selectStatement(const HistoryFilter &filter, QVariantMap &values);
HistoryRecord fromRow(const QSqlQuery &query);

} // namespace HistorySql
