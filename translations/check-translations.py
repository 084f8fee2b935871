#!/usr/bin/env python3
"""Checks every finished translation in the given .ts files against its source text.

    translations/check-translations.py [FILE.ts ...]     (default: every venvdeck_*.ts beside this script)

A translation must keep what the program relies on: the same placeholders %1..%9 (and %n, which a singular plural
form may leave out: "eine Datei"), one &-accelerator exactly when the source has one, the same HTML tags, the same
number of line breaks, the same leading and trailing spaces, and a trailing "…" when the source ends with one.
Within each Designer form (ui/*.ui), the accelerators of a menu, and those of the form's widgets together with its
menu bar, must be unique in the translation (where the source text differs).
Prints each mismatch as FILE: [context] source -> translation: what is wrong, and exits 1 when there is one.
Unfinished messages are counted, not failed: new strings wait for the translator.
"""
import re
import sys
import xml.etree.ElementTree as ET
from collections import Counter
from pathlib import Path

PLACEHOLDER = re.compile(r"%(?:L?[1-9]|n)")
TAG = re.compile(r"</?([A-Za-z][A-Za-z0-9]*)[^>]*>")


def accelerators(text):
    """The letters marked with a single & ("&&" is a literal ampersand)."""
    return re.findall(r"&([^&\s])", text.replace("&&", ""))


def problems(source, translation, singular_form):
    found = []
    expected = Counter(PLACEHOLDER.findall(source))
    actual = Counter(PLACEHOLDER.findall(translation))
    if singular_form and "%n" in expected and "%n" not in actual:
        expected.pop("%n")
    if expected != actual:
        found.append(f"placeholders {sorted(expected.elements())} != {sorted(actual.elements())}")
    if len(accelerators(source)) != len(accelerators(translation)) or len(accelerators(translation)) > 1:
        found.append(f"accelerators {accelerators(source)} != {accelerators(translation)}")
    if Counter(TAG.findall(source)) != Counter(TAG.findall(translation)):
        found.append("HTML tags differ")
    if source.count("\n") != translation.count("\n"):
        found.append("line breaks differ")
    leading = lambda text: text[:len(text) - len(text.lstrip(" "))]
    trailing = lambda text: text[len(text.rstrip(" ")):]
    if leading(source) != leading(translation) or trailing(source) != trailing(translation):
        found.append("leading or trailing spaces differ")
    if source.rstrip().endswith("…") != translation.rstrip().endswith("…"):
        found.append('trailing "…" differs')
    return found


def ui_groups(ui_path):
    """The form's context and its groups of texts whose accelerators share a scope: each menu's entries, and the
    widgets of the form (dialog, central widget) with the menu bar's titles."""
    form = ET.parse(ui_path).getroot()
    context = form.findtext("class")
    text_of = lambda element: next((p.findtext("string") for p in element.findall("property")
                                    if p.get("name") in ("text", "title") and p.findtext("string")), None)
    actions = {action.get("name"): text_of(action) for action in form.iter("action")}
    menus = {menu.get("name"): menu for menu in form.iter("widget") if menu.get("class") == "QMenu"}
    groups = []
    for menu in menus.values():
        entries = [text_of(menus[name]) if name in menus else actions.get(name)
                   for name in (add.get("name") for add in menu.findall("addaction"))]
        groups.append([text for text in entries if text])
    in_menus = {id(element) for bar in form.iter("widget") if bar.get("class") in ("QMenuBar", "QMenu")
                for element in bar.iter("widget")}
    window = [text_of(widget) for widget in form.iter("widget")
              if id(widget) not in in_menus or (widget.get("class") == "QMenu" and any(
                  add.get("name") == widget.get("name") for bar in form.iter("widget")
                  if bar.get("class") == "QMenuBar" for add in bar.findall("addaction")))]
    groups.append([text for text in window if text])
    return context, groups


def check_accelerators(ts_path, ui_paths):
    translations = {}
    for context in ET.parse(ts_path).getroot().iter("context"):
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is not None and translation.get("type") is None and message.get("numerus") != "yes":
                translations[(context.findtext("name"), message.findtext("source"))] = translation.text or ""
    failures = []
    for ui_path in ui_paths:
        context, groups = ui_groups(ui_path)
        for group in groups:
            taken = {}
            for source in dict.fromkeys(group):
                translated = translations.get((context, source))
                for letter in accelerators(translated or ""):
                    if letter.lower() in taken:
                        failures.append(f"{ts_path.name}: [{context}] {taken[letter.lower()]!r} and {translated!r} "
                                        f"({ui_path.name}): both use the accelerator &{letter}")
                    taken[letter.lower()] = translated
    return failures


def check(path):
    failures, finished, unfinished = [], 0, 0
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            translation = message.find("translation")
            if translation is None or translation.get("type") in ("unfinished", "vanished", "obsolete"):
                unfinished += translation is not None and translation.get("type") == "unfinished"
                continue
            finished += 1
            forms = [form.text or "" for form in translation.iter("numerusform")]
            if message.get("numerus") != "yes":
                forms = [translation.text or ""]
            for index, form in enumerate(forms):
                for problem in problems(source, form, singular_form=message.get("numerus") == "yes" and index == 0):
                    failures.append(f"{path.name}: [{name}] {source!r} -> {form!r}: {problem}")
    return failures, finished, unfinished


def main():
    here = Path(__file__).resolve().parent
    paths = [Path(argument) for argument in sys.argv[1:]] or sorted(here.glob("*.ts"))
    ui_paths = sorted((here.parent / "ui").glob("*.ui"))
    all_failures = []
    for path in paths:
        failures, finished, unfinished = check(path)
        failures += check_accelerators(path, ui_paths) if not path.name.endswith("_en.ts") else []
        all_failures += failures
        print(f"{path.name}: {finished} finished, {unfinished} unfinished, {len(failures)} mismatch(es)")
    for failure in all_failures:
        print(failure)
    return 1 if all_failures else 0


if __name__ == "__main__":
    sys.exit(main())
