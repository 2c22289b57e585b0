// SPDX-License-Identifier: Unlicense
#include "Log.h"

Q_LOGGING_CATEGORY(lcBrom, "mtreader.core.brom", QtWarningMsg)
Q_LOGGING_CATEGORY(lcDump, "mtreader.core.dump", QtWarningMsg)
Q_LOGGING_CATEGORY(lcPort, "mtreader.core.port", QtWarningMsg)
Q_LOGGING_CATEGORY(lcVirtualPhone, "mtreader.core.virtualphone", QtWarningMsg)
