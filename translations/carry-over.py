#!/usr/bin/env python3
# SPDX-License-Identifier: Unlicense
# After strings move to another class (another translation context), lupdate
# marks them new and the old entries vanished. This fills each new entry
# from a translation of the same source text (and comment) that the file
# already has, in any context, so moving code never loses a translation.
# Usage: lupdate <sources> -ts FILE.ts (keeping obsolete entries), then
#        carry-over.py FILE.ts..., then lupdate -no-obsolete again.
import sys
import xml.etree.ElementTree as ET


def key(message):
    source = message.findtext("source") or ""
    comment = message.findtext("comment") or ""
    return (source, comment, message.get("numerus") == "yes")


def is_done(translation):
    kind = translation.get("type")
    if kind in ("unfinished",):
        return False
    return bool((translation.text or "").strip()) or any((f.text or "").strip() for f in translation)


def carry(path):
    tree = ET.parse(path)
    known = {}
    for message in tree.iter("message"):
        t = message.find("translation")
        if t is not None and (is_done(t) or t.get("type") in ("vanished", "obsolete")) and (
            (t.text or "").strip() or len(t)
        ):
            known.setdefault(key(message), t)
    filled = 0
    for message in tree.iter("message"):
        t = message.find("translation")
        if t is None or t.get("type") != "unfinished":
            continue
        donor = known.get(key(message))
        if donor is None:
            continue
        t.text = donor.text
        for child in list(t):
            t.remove(child)
        for form in donor:
            new = ET.SubElement(t, form.tag)
            new.text = form.text
        del t.attrib["type"]
        filled += 1
    tree.write(path, encoding="utf-8", xml_declaration=True)
    print(f"{path}: {filled} carried over")


for p in sys.argv[1:]:
    carry(p)
