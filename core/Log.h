// SPDX-License-Identifier: Unlicense
// Logging categories of the core. Quiet by default; enable with
// QT_LOGGING_RULES="mtreader.*.debug=true".
#pragma once

#include <QLoggingCategory>

Q_DECLARE_LOGGING_CATEGORY(lcBrom)
Q_DECLARE_LOGGING_CATEGORY(lcDump)
Q_DECLARE_LOGGING_CATEGORY(lcPort)
Q_DECLARE_LOGGING_CATEGORY(lcVirtualPhone)
