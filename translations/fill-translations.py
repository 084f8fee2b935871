#!/usr/bin/env python3
"""Fills the unfinished messages of a .ts file from a dictionary and reports what is left.

    translations/fill-translations.py                      # venvdeck_de.ts from venvdeck_de.json
    translations/fill-translations.py FILE.ts DICT.json    # any language
    translations/fill-translations.py --force              # the dictionary wins over finished translations too
    translations/fill-translations.py --missing            # print the untranslated messages as JSON, to translate
                                                           #   and merge into the dictionary

Run it after `cmake --build build --target update_translations && translations/fill-english-plurals.py`.

The dictionary is JSON: {"context": {"source text": "translation"}}; a plural message ("%n environment(s)") maps to
a list with one string per plural form of the language (German: singular, plural); a message with a
disambiguation comment is keyed "source\\u0004comment". Only messages marked type="unfinished" are touched, so a
translation edited by hand in the .ts (or in Qt Linguist) stays. When a source text has moved to another context,
the translation of the same text from any other context is used if all of them agree (reported as "borrowed").
The file keeps lupdate's layout; only the <translation> elements change.
"""
import argparse
import json
import re
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

HERE = Path(__file__).resolve().parent
CONTEXT = re.compile(r"(<context>\s*<name>)(?P<name>[^<]*)(</name>)(?P<body>.*?)(</context>)", re.S)
MESSAGE = re.compile(r"<message(?P<attributes>[^>]*)>(?P<body>.*?)</message>", re.S)
TRANSLATION = re.compile(r"<translation(?P<attributes>[^>]*?)(?:/>|>(?P<body>.*?)</translation>)", re.S)


def escape(text):
    return (text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
            .replace('"', "&quot;").replace("'", "&apos;"))


def unescape(text):
    return ET.fromstring("<x>" + text + "</x>").text or ""


def parse_message(attributes, body):
    element = ET.fromstring("<message" + attributes + ">" + body + "</message>")
    source = element.findtext("source") or ""
    comment = element.findtext("comment")
    translation = element.find("translation")
    unfinished = translation is None or translation.get("type") == "unfinished"
    return source, comment, element.get("numerus") == "yes", unfinished


def key_of(source, comment):
    return source if comment is None else source + "\u0004" + comment


def translation_xml(value, numerus, indent):
    if numerus:
        forms = "".join(f"\n{indent}    <numerusform>{escape(form)}</numerusform>" for form in value)
        return f"<translation>{forms}\n{indent}</translation>"
    return f"<translation>{escape(value)}</translation>"


def lookup(dictionary, context, key, numerus):
    """The translation for (context, key) and whether it was borrowed from another context; None when unknown."""
    value = dictionary.get(context, {}).get(key)
    borrowed = False
    if value is None:
        candidates = {json.dumps(texts[key]) for texts in dictionary.values() if key in texts}
        if len(candidates) != 1:
            return None, False
        value, borrowed = json.loads(candidates.pop()), True
    if numerus != isinstance(value, list):
        return None, False
    return value, borrowed


def current_value(body, numerus):
    translation = ET.fromstring("<message>" + body + "</message>").find("translation")
    if numerus:
        return [form.text or "" for form in translation.iter("numerusform")]
    return translation.text or ""


def fill(text, dictionary, plural_forms, force=False):
    filled, borrowed, left = [], [], []

    def fill_context(context_match):
        context = unescape(context_match.group("name"))

        def fill_message(message_match):
            source, comment, numerus, unfinished = parse_message(message_match.group("attributes"),
                                                                 message_match.group("body"))
            key = key_of(source, comment)
            if not unfinished and not force:
                return message_match.group(0)
            value, was_borrowed = lookup(dictionary, context, key, numerus)
            if not unfinished and (value is None or was_borrowed or
                                   value == current_value(message_match.group("body"), numerus)):
                return message_match.group(0)
            if value is None or value == "" or (numerus and (len(value) != plural_forms or "" in value)):
                left.append((context, key, numerus))
                return message_match.group(0)
            (borrowed if was_borrowed else filled).append((context, key))
            body = message_match.group("body")
            indent = re.search(r"\n([ \t]*)<translation", body)
            indent = indent.group(1) if indent else "        "
            new_body = TRANSLATION.sub(lambda _: translation_xml(value, numerus, indent), body, count=1)
            return "<message" + message_match.group("attributes") + ">" + new_body + "</message>"

        body = MESSAGE.sub(fill_message, context_match.group("body"))
        return (context_match.group(1) + context_match.group("name") + context_match.group(3) + body +
                context_match.group(5))

    return CONTEXT.sub(fill_context, text), filled, borrowed, left


def missing_skeleton(left, plural_forms):
    skeleton = {}
    for context, key, numerus in left:
        skeleton.setdefault(context, {})[key] = [""] * plural_forms if numerus else ""
    return skeleton


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("ts", nargs="?", default=HERE / "venvdeck_de.ts", type=Path)
    parser.add_argument("dictionary", nargs="?", default=None, type=Path,
                        help="JSON dictionary (default: the .ts file's name with .json)")
    parser.add_argument("--plural-forms", type=int, default=2, help="plural forms of the language (German: 2)")
    parser.add_argument("--missing", action="store_true",
                        help="print the messages still untranslated as a JSON skeleton for the dictionary")
    parser.add_argument("--force", action="store_true",
                        help="also replace finished translations that differ from the dictionary's")
    parser.add_argument("--dry-run", action="store_true", help="report only; do not write the .ts file")
    arguments = parser.parse_args()
    dictionary_path = arguments.dictionary or arguments.ts.with_suffix(".json")
    dictionary = json.loads(dictionary_path.read_text(encoding="utf-8"))
    text = arguments.ts.read_text(encoding="utf-8")
    new_text, filled, borrowed, left = fill(text, dictionary, arguments.plural_forms, arguments.force)
    if not arguments.dry_run and new_text != text:
        arguments.ts.write_text(new_text, encoding="utf-8")
    total = len(re.findall(r"<message[ >]", new_text))
    unfinished = len(re.findall(r'type="unfinished"', new_text))
    report = sys.stderr if arguments.missing else sys.stdout
    print(f"{arguments.ts}: {total} messages; filled {len(filled)} from {dictionary_path.name}, "
          f"{len(borrowed)} borrowed from another context; {unfinished} unfinished", file=report)
    for context, key in borrowed:
        print(f"  borrowed  [{context}] {key!r}", file=report)
    if arguments.missing:
        json.dump(missing_skeleton(left, arguments.plural_forms), sys.stdout, ensure_ascii=False, indent=1)
        print()
    else:
        for context, key, _ in left:
            print(f"  left      [{context}] {key!r}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
