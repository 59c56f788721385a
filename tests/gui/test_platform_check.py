"""A first run that explains itself: a missing X11 library is named with its install command."""

import sys
from contextlib import nullcontext

import pytest

from resource_desk.cli import main
from resource_desk.gui import platform_check
from resource_desk.gui.platform_check import PlatformUnavailable, check_platform, missing_libraries

X11 = {"DISPLAY": ":0", "XDG_SESSION_TYPE": "x11"}


def _without(*names):
    return lambda name: f"{name}: cannot open shared object file" if name in names else None


@pytest.fixture
def x11_desktop(monkeypatch):
    monkeypatch.setattr(platform_check.sys, "platform", "linux")
    monkeypatch.delenv("QT_QPA_PLATFORM", raising=False)
    monkeypatch.delenv("WAYLAND_DISPLAY", raising=False)
    for key, value in X11.items():
        monkeypatch.setenv(key, value)
    monkeypatch.setattr(platform_check, "_display_reachable", lambda display: True)


def test_without_libxcb_cursor_the_app_says_what_to_install_and_exits_2(x11_desktop, monkeypatch, capsys):
    monkeypatch.setattr(platform_check, "_loads", _without("libxcb-cursor.so.0"))

    assert main(["--demo"]) == 2

    out, err = capsys.readouterr()
    assert out == ""
    assert len(err.strip().splitlines()) == 1
    assert "libxcb-cursor.so.0" in err
    assert "`sudo apt install libxcb-cursor0`" in err and "`sudo dnf install xcb-util-cursor`" in err
    assert "Traceback" not in err


def test_every_missing_library_is_named_once_with_its_packages():
    missing = missing_libraries(_without("libxcb-cursor.so.0", "libxcb-icccm.so.4", "libxcb-randr.so.0"))
    assert missing == ["libxcb-cursor.so.0", "libxcb-icccm.so.4", "libxcb-randr.so.0"]
    text = platform_check.message(missing)
    assert "sudo apt install libxcb-cursor0 libxcb-icccm4 libxcb-randr0" in text
    assert "sudo dnf install xcb-util-cursor xcb-util-wm libxcb" in text


def test_a_library_only_the_plugin_knows_is_named_from_the_loader(tmp_path):
    plugin = tmp_path / "libqxcb.so"

    def loads(name):
        return "libxcb-foo.so.3: cannot open shared object file: No such file" if name == str(plugin) else None

    assert missing_libraries(loads, plugin) == ["libxcb-foo.so.3"]
    assert "package manager" in platform_check.message(["libxcb-foo.so.3"])


def test_on_this_machine_the_real_libraries_are_found_by_the_loader():
    if not sys.platform.startswith("linux") or platform_check._xcb_plugin() is None:
        pytest.skip("Qt's xcb plugin is for Linux")
    missing = missing_libraries()
    if missing:  # a headless machine may lack them: the window could not open here, the tests still run
        pytest.skip(platform_check.message(missing))
    assert platform_check._loads("libxcb.so.1") is None
    assert platform_check._loads("libnot-a-library-at-all.so.9") is not None


@pytest.mark.parametrize(("environ", "checked"), [
    ({"QT_QPA_PLATFORM": "offscreen"}, False),
    ({"QT_QPA_PLATFORM": "wayland", "WAYLAND_DISPLAY": "wayland-0"}, False),
    ({"WAYLAND_DISPLAY": "wayland-0", "XDG_SESSION_TYPE": "wayland"}, False),
    ({"DISPLAY": ":0"}, True),
    ({"QT_QPA_PLATFORM": "xcb", "DISPLAY": ":0"}, True),
])
def test_only_the_xcb_platform_is_checked(monkeypatch, environ, checked):
    monkeypatch.setattr(platform_check.sys, "platform", "linux")
    monkeypatch.setattr(platform_check, "_display_reachable", lambda display: True)
    with pytest.raises(PlatformUnavailable) if checked else nullcontext():
        check_platform(environ, loads=_without("libxcb-cursor.so.0"))


def test_no_display_at_all_says_so(monkeypatch):
    monkeypatch.setattr(platform_check.sys, "platform", "linux")
    with pytest.raises(PlatformUnavailable, match="desktop session"):
        check_platform({}, loads=_without())



def test_a_display_that_does_not_answer_is_named(monkeypatch):
    monkeypatch.setattr(platform_check.sys, "platform", "linux")
    with pytest.raises(PlatformUnavailable, match=":4242 does not answer"):
        check_platform({"DISPLAY": ":4242"}, loads=_without())  # no X server on :4242 (a real connect)
