"""The sheet fonts serve documents only: rendering a sheet never changes the interface's font."""

import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

DEJAVU = Path("/usr/share/fonts/truetype/dejavu")
CONF_D = Path("/etc/fonts/conf.d")

SCRIPT = textwrap.dedent("""
    from PySide6.QtWidgets import QLabel
    from resource_desk.gui.app import application
    from resource_desk.printing.document import register_fonts

    app = application()
    label = QLabel("Resources for you")
    before = label.fontInfo().family()
    families = register_fonts()
    after = QLabel("Resources for you").fontInfo().family()
    print(before, "|", label.fontInfo().family(), "|", after, "|", ",".join(families))
""")


@pytest.mark.skipif(not (sys.platform.startswith("linux") and DEJAVU.is_dir() and CONF_D.is_dir()),
                    reason="needs fontconfig with DejaVu fonts")
def test_registering_the_sheet_fonts_leaves_the_interface_font_alone(tmp_path):
    # A desktop with DejaVu only, where fontconfig's sans-serif still prefers Noto Sans (60-latin.conf):
    # the shipped Noto Sans would take over "Sans Serif" once registered.
    conf = tmp_path / "fonts.conf"
    conf.write_text(f"""<?xml version="1.0"?><!DOCTYPE fontconfig SYSTEM "urn:fontconfig:fonts.dtd">
<fontconfig><dir>{DEJAVU}</dir><cachedir>{tmp_path / 'cache'}</cachedir>
<include ignore_missing="yes">{CONF_D}</include></fontconfig>""")
    env = {"FONTCONFIG_FILE": str(conf), "QT_QPA_PLATFORM": "offscreen", "PATH": "/usr/bin:/bin",
           "HOME": str(tmp_path)}
    out = subprocess.run([sys.executable, "-c", SCRIPT], env=env, capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr
    before, existing, new, families = [part.strip() for part in out.stdout.strip().split("|")]
    assert "Noto Sans" in families and "Atkinson Hyperlegible" in families
    assert before == existing == new == "DejaVu Sans"
