// SPDX-License-Identifier: Unlicense
// What a dump tells while it runs, each kind declared once, here. The job
// hands every event to a DumpObserver; the worker carries them across
// threads as one signal; a front end handles the kinds it shows (std::visit
// with a catch-all) and lets the others pass. Adding an event is a struct
// here, where the job tells it, and a case where it is shown.
#pragma once

#include "DumpTypes.h"

#include <QMetaType>
#include <QString>
#include <variant>

namespace DumpEvents {

struct StageChanged
{
    Mt::DumpStage stage = Mt::DumpStage::Idle;
};

// The port appeared and was opened.
struct PortOpened
{
    QString location;
};

struct Identified
{
    PhoneInfo phone;
};

// What will be read, once the phone is known: the range (for a whole-flash
// dump, the size found from the phone) and how the flash size was found.
struct RangeSized
{
    quint64 start = 0;
    quint64 length = 0;
    FlashSize flashSize;
};

// After every block; throttling is the observer's business.
struct Progress
{
    DumpProgress progress;
};

// A line for the log. A notice is one a person should see even in a terse
// front end: warnings (unknown chip, reset not confirmed), retries, resuming.
struct Log
{
    QString line;
    bool notice = false;
};

} // namespace DumpEvents

using DumpEvent = std::variant<DumpEvents::StageChanged, DumpEvents::PortOpened, DumpEvents::Identified,
                               DumpEvents::RangeSized, DumpEvents::Progress, DumpEvents::Log>;
Q_DECLARE_METATYPE(DumpEvent)

class DumpObserver
{
public:
    virtual ~DumpObserver() = default;
    virtual void onEvent(const DumpEvent &event) = 0;
};

// std::visit(Overloaded{[](const DumpEvents::Log &) {...}, [](const auto &) {}}, event)
template<class... Handlers> struct Overloaded : Handlers...
{
    using Handlers::operator()...;
};
template<class... Handlers> Overloaded(Handlers...) -> Overloaded<Handlers...>;
