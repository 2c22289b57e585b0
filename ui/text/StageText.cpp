// SPDX-License-Identifier: Unlicense
#include "StageText.h"

using Mt::DumpStage;

QString StageText::connectInstruction()
{
    return tr("Turn the phone off. Hold the boot key (usually Call) and connect the USB cable.");
}

QString StageText::title(DumpStage stage)
{
    switch (stage) {
    case DumpStage::Idle: return tr("Ready");
    case DumpStage::WaitingForPort: return tr("Waiting for the phone");
    case DumpStage::Connecting: return tr("Connecting");
    case DumpStage::Identified: return tr("Phone identified");
    case DumpStage::Reading: return tr("Reading the flash");
    case DumpStage::Verifying: return tr("Verifying");
    case DumpStage::Resetting: return tr("Resetting the phone");
    case DumpStage::Done: return tr("Done");
    case DumpStage::Failed: return tr("Failed");
    case DumpStage::Cancelled: return tr("Cancelled");
    }
    return {};
}
