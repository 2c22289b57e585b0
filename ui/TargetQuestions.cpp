// SPDX-License-Identifier: Unlicense
#include "TargetQuestions.h"

#include "DumpTarget.h"
#include "ErrorText.h"
#include "UiText.h"

#include <QDir>
#include <QFileInfo>
#include <QMessageBox>

bool TargetQuestions::confirm(QWidget *parent, DumpRequest &r)
{
    const DumpTarget target(r.outputPath);
    const QFileInfo file(r.outputPath);
    // One question at a time, in the order the target's own check finds them.
    for (;;) {
        const DumpTarget::Check check = target.check(r);
        switch (check.problem) {
        case DumpTarget::Problem::None: return true;
        case DumpTarget::Problem::NoPath:
            QMessageBox::warning(parent, tr("No output file"), tr("Choose where to save the dump first."));
            return false;
        case DumpTarget::Problem::NoFolder:
            QMessageBox::warning(parent, tr("No such folder"),
                                 tr("The folder %1 does not exist. Choose another place with Save as.")
                                     .arg(UiText::leftToRight(QDir::toNativeSeparators(file.absolutePath()))));
            return false;
        case DumpTarget::Problem::NotWritable:
            QMessageBox::warning(
                parent, tr("That folder cannot be written"),
                tr("MTreader cannot save into %1: %2. Choose another folder with Save as before "
                   "you connect the phone.")
                    .arg(UiText::leftToRight(QDir::toNativeSeparators(file.absolutePath())), check.reason));
            return false;
        case DumpTarget::Problem::IsFolder:
            QMessageBox::warning(parent, tr("That is a folder"),
                                 tr("%1 is a folder. Choose a file name for the dump with Save as.")
                                     .arg(UiText::leftToRight(QDir::toNativeSeparators(file.absoluteFilePath()))));
            return false;
        case DumpTarget::Problem::Exists:
            if (QMessageBox::question(
                    parent, tr("Replace the file?"),
                    tr("%1 already exists. Replace it with the new dump?").arg(UiText::leftToRight(file.fileName())),
                    QMessageBox::Yes | QMessageBox::No, QMessageBox::No)
                != QMessageBox::Yes)
                return false;
            r.overwrite = true;
            break;
        case DumpTarget::Problem::PartialInTheWay:
            // The job never overwrites a partial dump: it may be the only copy.
            if (QMessageBox::question(parent, tr("Continue the earlier dump?"),
                                      tr("A partial dump of %1 is already there. Continue it with the same phone?\n\n"
                                         "To start over instead, choose another file name.")
                                          .arg(UiText::leftToRight(file.fileName())),
                                      QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Yes)
                != QMessageBox::Yes)
                return false;
            r.resume = true;
            break;
        case DumpTarget::Problem::NothingToResume:
        case DumpTarget::Problem::ResumeOtherRange: {
            const ErrorText::Message m = ErrorText::forError(check.error());
            QMessageBox::warning(parent, m.what, m.next);
            return false;
        }
        }
    }
}
