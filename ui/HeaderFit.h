// SPDX-License-Identifier: Unlicense
// Columns given a width in pixels are made at least as wide as their
// title needs, so a longer translated title is never cut off. Run after
// every change of the titles (a language switch).
#pragma once

class QHeaderView;

namespace HeaderFit {
void widenToTitles(QHeaderView *header);
}
