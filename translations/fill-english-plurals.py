#!/usr/bin/env python3
"""Fills the English plural forms that lupdate -pluralonly leaves empty in venvdeck_en.ts.

"%n environment(s)" becomes "%n environment" / "%n environments", "%n entry(ies)" "%n entry" / "%n entries";
a source without "(s)" or "(ies)" keeps its text in both forms. Forms already filled in by hand (finished) are left alone. Run after `cmake --build build --target
update_translations`.
lupdate pre-fills a plural message whose source text has forms in another context and marks it unfinished; that
one gets the computed forms too, so nothing in this file stays unfinished.
"""
import re
import sys
from pathlib import Path

MESSAGE = re.compile(
    r'(<message numerus="yes">\s*<source>(?P<source>[^<]*)</source>\s*)'
    r'<translation type="unfinished">\s*<numerusform>[^<]*</numerusform>\s*<numerusform>[^<]*</numerusform>\s*'
    r'</translation>', re.S)


def forms(source):
    singular = source.replace("y(ies)", "y").replace("(s)", "")
    plural = source.replace("y(ies)", "ies").replace("(s)", "s")
    return singular, plural


def fill(match):
    singular, plural = forms(match.group("source"))
    return (match.group(1) + "<translation>\n            <numerusform>" + singular +
            "</numerusform>\n            <numerusform>" + plural + "</numerusform>\n        </translation>")


def main():
    path = Path(sys.argv[1] if len(sys.argv) > 1 else Path(__file__).with_name("venvdeck_en.ts"))
    text = path.read_text(encoding="utf-8")
    filled, count = MESSAGE.subn(fill, text)
    path.write_text(filled, encoding="utf-8")
    print(f"{path}: filled {count} plural message(s)")


if __name__ == "__main__":
    main()
