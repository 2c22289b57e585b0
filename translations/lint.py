#!/usr/bin/env python3
# SPDX-License-Identifier: Unlicense
# What a translation can get wrong without anyone seeing it until it shows:
#   - placeholders: every %1..%99 of the source, no other, in every form;
#   - plurals: as many filled forms as the language has, each with %n unless
#     the language has a form for exactly one (then that form may say it);
#   - accelerators: one & where the source has one, none where it has none,
#     and never Turkish i or ı (Qt matches the key as I, so Alt+İ is out of
#     reach); && is a literal ampersand;
#   - a translation that is only spaces, or keeps a tab or a line break the
#     source does not have.
# Which keys clash with which is a matter of what is on screen together:
# tests/tst_gui_screens.cpp checks that on the real window.
# Usage: lint.py FILE.ts...   (exit 1 on any problem)
import re
import sys
import xml.etree.ElementTree as ET

PLACEHOLDER = re.compile(r"%(\d{1,2})")
# Forms Qt Linguist gives each language, and whether its first form is
# "exactly one" (where a translator may write the word for one instead of %n).
FORMS = {
    "ar": (6, False), "es": (2, True), "hi": (2, True), "id": (1, False), "pt_BR": (2, True),
    "ru": (3, False), "tr": (1, False), "uk": (3, False), "vi": (1, False), "zh_CN": (1, False),
    "en": (2, True),
}


def accelerators(text):
    # && is a literal ampersand; every other & marks the next letter.
    return [m.start() for m in re.finditer(r"&(?!&)", text.replace("&&", "\0\0"))]


def placeholders(text):
    return sorted(set(PLACEHOLDER.findall(text)))


def check_text(where, source, text, problems):
    if not text.strip():
        problems.append(f"{where}: empty")
        return
    if placeholders(text) != placeholders(source):
        problems.append(f"{where}: placeholders {placeholders(text)} where the source has {placeholders(source)}")
    want, have = len(accelerators(source)), len(accelerators(text))
    if want != have:
        problems.append(f"{where}: {have} accelerator(s) where the source has {want}")
    for at in accelerators(text):
        if at + 1 < len(text) and text[at + 1] in "\u0130\u0131":
            problems.append(f"{where}: the accelerator {text[at:at + 2]} cannot be typed as shown")
    for c, name in (("\n", "line break"), ("\t", "tab")):
        if text.count(c) > source.count(c):
            problems.append(f"{where}: a {name} the source does not have")


def lint(path):
    problems = []
    tree = ET.parse(path)
    # The files say ar_EG, tr_TR: the rules are the language's, so the
    # country falls away unless it has rules of its own (pt_BR).
    lang = tree.getroot().get("language", "").replace("-", "_")
    if lang not in FORMS:
        lang = lang.split("_")[0]
    if lang not in FORMS:
        return [f"{path}: no plural rules known for language {lang!r}: add it to FORMS"]
    forms, has_one = FORMS[lang]
    for context in tree.iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            translation = message.find("translation")
            if translation is None or translation.get("type") in ("unfinished", "obsolete", "vanished"):
                continue
            where = f"{path}: {name}: {source[:60]!r}"
            if message.get("numerus") == "yes":
                filled = [f.text or "" for f in translation.findall("numerusform")]
                if len(filled) != forms:
                    problems.append(f"{where}: {len(filled)} plural forms, {lang} has {forms}")
                for i, text in enumerate(filled):
                    # The %n may give way to the word for one in that form.
                    expected = source if not (has_one and i == 0) or "%n" in text else source.replace("%n", "")
                    check_text(f"{where} [form {i}]", expected, text, problems)
                    if "%n" not in text and not (has_one and i == 0) and "%n" in source:
                        problems.append(f"{where} [form {i}]: no %n")
            else:
                check_text(where, source, translation.text or "", problems)
    return problems


def main():
    problems = []
    for path in sys.argv[1:]:
        problems += lint(path)
    for p in problems:
        print("  " + p)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
