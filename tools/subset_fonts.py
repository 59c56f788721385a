"""Make the subset CJK fonts shipped in resources/fonts (run when zh.json changes).

    .venv/bin/pip install fonttools && .venv/bin/python tools/subset_fonts.py

Noto Sans CJK SC is 19 MB a weight, as Debian's fonts-noto-cjk ships it (a collection of
every CJK region). Sheets need its Simplified Chinese face for the fixed words of zh.json
and for resources' own Chinese text: the 3,755 characters of GB 2312 level 1 (the everyday
characters, those of almost any list of services), CJK and full-width punctuation, and every
character of zh.json. That is about 1 MB a weight. Arabic, Vietnamese and Tagalog use
unmodified fonts (Noto Sans Arabic, Noto Sans, Atkinson Hyperlegible), small already.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FONTS = ROOT / "resources" / "fonts"
SOURCE = Path("/usr/share/fonts/opentype/noto")  # Debian: apt-get install fonts-noto-cjk
SC_INDEX = 2  # Noto Sans CJK SC in the .ttc collection (JP, KR, SC, TC, HK, …)
WEIGHTS = {"Regular": "NotoSansCJK-Regular.ttc", "Bold": "NotoSansCJK-Bold.ttc"}


def gb2312_level1() -> str:
    chars = []
    for high in range(0xB0, 0xD8):
        for low in range(0xA1, 0xFF):
            try:
                chars.append(bytes((high, low)).decode("gb2312"))
            except UnicodeDecodeError:
                pass
    return "".join(chars)


def wanted_text() -> str:
    own = json.dumps(json.loads((ROOT / "resources" / "translations" / "zh.json").read_text("utf-8")),
                     ensure_ascii=False)
    punctuation = "".join(chr(c) for c in range(0x3000, 0x3040)) + "".join(chr(c) for c in range(0xFF01, 0xFF5F))
    ascii_ = "".join(chr(c) for c in range(0x20, 0x7F))
    return "".join(sorted(set(gb2312_level1() + own + punctuation + ascii_ + "“”‘’·—–…")))


def main() -> int:
    text_file = FONTS / ".subset-chars.txt"
    text_file.write_text(wanted_text(), encoding="utf-8")
    try:
        for weight, name in WEIGHTS.items():
            subprocess.run([sys.executable, "-m", "fontTools.subset", str(SOURCE / name), f"--font-number={SC_INDEX}",
                            f"--text-file={text_file}", "--layout-features=*", "--no-hinting",
                            f"--output-file={FONTS / f'NotoSansSC-{weight}-subset.otf'}"], check=True)
    finally:
        text_file.unlink(missing_ok=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
