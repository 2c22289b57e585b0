// SPDX-License-Identifier: Unlicense
#include "HeaderFit.h"

#include <QHeaderView>

void HeaderFit::widenToTitles(QHeaderView *header)
{
    for (int i = 0; i < header->count(); ++i) {
        // A stretched column takes what is left; a hidden one shows nothing.
        if (header->isSectionHidden(i) || header->sectionResizeMode(i) == QHeaderView::Stretch)
            continue;
        const int needs = header->sectionSizeHint(i);
        if (header->sectionSize(i) < needs)
            header->resizeSection(i, needs);
    }
}
