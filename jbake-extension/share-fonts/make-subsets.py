#!/usr/bin/python3
"""Makes the two font subsets the share images draw with, from Debian's fonts-noto-cjk.

    apt-get install fonts-noto-cjk python3-fonttools
    /usr/bin/python3 jbake-extension/share-fonts/make-subsets.py

Each subset keeps a broad common set, so that an editor's new title rarely needs a new subset:
ASCII, Latin-1, general punctuation, CJK symbols, full-width forms and kana, plus
  - Simplified Chinese (NotoSansCJK SC Bold): every character of GB 2312 level 1 (3,755);
  - Japanese (NotoSansCJK JP Bold): every character of JIS X 0208 level 1 (2,965) and its
    symbol rows,
and every character of the site's sources in that language (content/<lang>/, data/i18n/<lang>.yml;
English uses the Chinese subset's Latin letters, so content/en/ goes into it too). Run it again
when the build names a character of a title that the font cannot draw, and commit the result.

The output goes beside the Java that reads it; the SIL Open Font License 1.1 (OFL.txt there)
allows subsetting and embedding. No layout features and no hinting are kept: the share images
lay out one glyph per character and fill the outlines themselves.
"""
import pathlib
import sys
import subprocess
import tempfile

from fontTools.ttLib import TTFont

SITE = pathlib.Path(__file__).resolve().parents[2]
OUT = SITE / "jbake-extension/src/main/resources/org/beihaiyatsushiro/site/share/fonts"
TTC = "/usr/share/fonts/opentype/noto/NotoSansCJK-Bold.ttc"
# Face numbers in Debian's NotoSansCJK-Bold.ttc (2.004): 0 JP, 1 KR, 2 SC, 3 TC, 4 HK.
FACES = {"sc": 2, "jp": 0}


def gb2312_level1():
    """Rows 16-55 of GB 2312: the 3,755 most common characters, in EUC-CN bytes B0A1-D7F9."""
    chars = set()
    for hi in range(0xB0, 0xD8):
        for lo in range(0xA1, 0xFF):
            try:
                chars.add(bytes([hi, lo]).decode("gb2312"))
            except UnicodeDecodeError:
                pass  # the gaps at the end of row 55
    return chars


def jis0208_rows(first, last):
    """Rows first..last of JIS X 0208, through EUC-JP (row r is byte 0xA0 + r)."""
    chars = set()
    for row in range(first, last + 1):
        for cell in range(1, 95):
            try:
                chars.add(bytes([0xA0 + row, 0xA0 + cell]).decode("euc_jp"))
            except UnicodeDecodeError:
                pass  # unassigned cells
    return chars


def common():
    chars = {chr(c) for c in range(0x20, 0x7F)}
    chars |= {chr(c) for c in range(0xA0, 0x100)}
    chars |= {chr(c) for c in range(0x2010, 0x2027)}  # dashes, quotes, ellipsis
    chars |= {chr(c) for c in range(0x3000, 0x3040)}  # CJK symbols and punctuation
    chars |= {chr(c) for c in range(0x3041, 0x3097)}  # hiragana
    chars |= {chr(c) for c in range(0x30A1, 0x3100)}  # katakana
    chars |= {chr(c) for c in range(0xFF01, 0xFF5F)}  # full-width forms
    return chars


def site_text(*langs):
    chars = set()
    for lang in langs:
        for md in sorted((SITE / "content" / lang).rglob("*.md")):
            chars |= set(md.read_text(encoding="utf-8"))
        chars |= set((SITE / "data/i18n" / f"{lang}.yml").read_text(encoding="utf-8"))
    return {c for c in chars if c.isprintable()}


def subset(name, face, chars):
    with tempfile.NamedTemporaryFile("w", encoding="utf-8", suffix=".txt") as text:
        text.write("".join(sorted(chars)))
        text.flush()
        subprocess.run(
            [
                sys.executable, "-m", "fontTools.subset", TTC,
                f"--font-number={face}",
                f"--text-file={text.name}",
                "--layout-features=",
                "--no-hinting",
                "--desubroutinize",
                "--name-IDs=*",
                "--name-languages=*",
                "--notdef-outline",
                f"--output-file={OUT / name}",
            ],
            check=True,
        )
    # Drop the variation-sequence cmap (format 14): the images draw one glyph per character.
    font = TTFont(OUT / name, recalcTimestamp=False)  # keep the original time: same bytes each run
    font["cmap"].tables = [t for t in font["cmap"].tables if t.format != 14]
    font.save(OUT / name)


def main():
    OUT.mkdir(parents=True, exist_ok=True)
    subset("NotoSansCJKsc-Bold-subset.otf", FACES["sc"], common() | gb2312_level1() | site_text("zh", "en"))
    subset("NotoSansCJKjp-Bold-subset.otf", FACES["jp"], common() | jis0208_rows(1, 8) | jis0208_rows(16, 47) | site_text("ja"))


if __name__ == "__main__":
    main()
