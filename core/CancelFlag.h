// SPDX-License-Identifier: Unlicense
// A cancel request shared between the thread that asks and the thread that
// works. Lock-free, so it can be set from a signal handler too.
#pragma once

#include <atomic>

using CancelFlag = std::atomic<bool>;
static_assert(std::atomic<bool>::is_always_lock_free, "cancel must be signal-safe");
