"""Before the window: can Qt's platform plugin load here? If not, say which system packages to install.

On Linux desktops Qt draws through its xcb plugin, which needs X11 libraries that a Python
wheel cannot ship and that some distributions leave out (Ubuntu 22.04 and 24.04 do not
install libxcb-cursor0). Without them Qt aborts with "could not load the Qt platform plugin
xcb" and no hint of the fix. So the libraries the plugin links to are loaded here first,
the way the plugin itself would load them (the dynamic loader, by soname), and a missing
one ends the start with one line naming the packages, for Debian/Ubuntu and for Fedora.
Nothing is checked where another platform (Wayland, offscreen, Windows, macOS) is in use.
"""

from __future__ import annotations

import ctypes
import os
import sys
from collections.abc import Callable, Mapping
from pathlib import Path

from resource_desk.core.errors import UserError

# What Qt 6's xcb plugin (and its libQt6XcbQpa) links to beyond libc, and the package that
# holds each one: (Debian/Ubuntu, Fedora).
XCB_LIBRARIES: dict[str, tuple[str, str]] = {
    "libxcb-cursor.so.0": ("libxcb-cursor0", "xcb-util-cursor"),
    "libxcb-icccm.so.4": ("libxcb-icccm4", "xcb-util-wm"),
    "libxcb-image.so.0": ("libxcb-image0", "xcb-util-image"),
    "libxcb-keysyms.so.1": ("libxcb-keysyms1", "xcb-util-keysyms"),
    "libxcb-render-util.so.0": ("libxcb-render-util0", "xcb-util-renderutil"),
    "libxcb-util.so.1": ("libxcb-util1", "xcb-util"),
    "libxkbcommon-x11.so.0": ("libxkbcommon-x11-0", "libxkbcommon-x11"),
    "libxkbcommon.so.0": ("libxkbcommon0", "libxkbcommon"),
    "libxcb-randr.so.0": ("libxcb-randr0", "libxcb"),
    "libxcb-shape.so.0": ("libxcb-shape0", "libxcb"),
    "libxcb-shm.so.0": ("libxcb-shm0", "libxcb"),
    "libxcb-sync.so.1": ("libxcb-sync1", "libxcb"),
    "libxcb-xfixes.so.0": ("libxcb-xfixes0", "libxcb"),
    "libxcb-xkb.so.1": ("libxcb-xkb1", "libxcb"),
    "libxcb-render.so.0": ("libxcb-render0", "libxcb"),
    "libxcb.so.1": ("libxcb1", "libxcb"),
    "libX11-xcb.so.1": ("libx11-xcb1", "libX11-xcb"),
    "libEGL.so.1": ("libegl1", "libglvnd-egl"),
    "libGL.so.1": ("libgl1", "libglvnd-glx"),
    "libfontconfig.so.1": ("libfontconfig1", "fontconfig"),
}


class PlatformUnavailable(UserError):
    """The window cannot open on this machine as it is; the message says what to install."""


def _loads(name: str) -> str | None:
    """None when the dynamic loader finds and loads it, else why not."""
    try:
        ctypes.CDLL(name)
    except OSError as exc:
        return str(exc)
    return None


def _display_reachable(display: str) -> bool:
    """Whether the X server of ``display`` answers (libxcb's own connect, as Qt's plugin does)."""
    try:
        xcb = ctypes.CDLL("libxcb.so.1")
    except OSError:
        return True  # the missing library is reported instead
    xcb.xcb_connect.restype = ctypes.c_void_p
    xcb.xcb_connect.argtypes = [ctypes.c_char_p, ctypes.c_void_p]
    xcb.xcb_connection_has_error.argtypes = [ctypes.c_void_p]
    xcb.xcb_disconnect.argtypes = [ctypes.c_void_p]
    connection = xcb.xcb_connect(display.encode(), None)
    try:
        return connection is not None and xcb.xcb_connection_has_error(connection) == 0
    finally:
        if connection is not None:
            xcb.xcb_disconnect(connection)  # safe on a connection in error too


def _xcb_plugin() -> Path | None:
    try:
        import PySide6
    except ImportError:
        return None
    path = Path(PySide6.__file__).parent / "Qt" / "plugins" / "platforms" / "libqxcb.so"
    return path if path.exists() else None


def uses_xcb(environ: Mapping[str, str]) -> bool:
    """Whether Qt will try its xcb plugin: on Linux, asked for (QT_QPA_PLATFORM), or left to
    choose outside a Wayland session."""
    if not sys.platform.startswith("linux"):
        return False
    asked = environ.get("QT_QPA_PLATFORM", "").strip()
    if asked:
        return asked.split(";")[0].split(":")[0] == "xcb"
    wayland = environ.get("WAYLAND_DISPLAY") and environ.get("XDG_SESSION_TYPE", "").lower() == "wayland"
    return not wayland


def missing_libraries(loads: Callable[[str], str | None] | None = None,
                      plugin: Path | None = None) -> list[str]:
    """The xcb plugin's libraries the dynamic loader cannot load (sonames); then, if the known
    ones are all there, the plugin itself is loaded, which names anything else it lacks."""
    loads = loads or _loads
    missing = [name for name in XCB_LIBRARIES if loads(name) is not None]
    if missing:
        return missing
    plugin = plugin if plugin is not None else _xcb_plugin()
    if plugin is not None:
        error = loads(str(plugin))
        if error is not None:
            # "libfoo.so.1: cannot open shared object file: …": the first word names it.
            return [error.split(":", 1)[0].strip() or plugin.name]
    return []


def message(missing: list[str]) -> str:
    """One line: what is missing and the command that installs it on Debian/Ubuntu and Fedora."""
    known = [name for name in missing if name in XCB_LIBRARIES]
    debian = list(dict.fromkeys(XCB_LIBRARIES[name][0] for name in known))
    fedora = list(dict.fromkeys(XCB_LIBRARIES[name][1] for name in known))
    text = (f"the window cannot open: Qt's xcb platform plugin needs {', '.join(missing)}, "
            "which this system does not have.")
    if debian:
        text += (f" Install it with `sudo apt install {' '.join(debian)}` (Debian, Ubuntu) "
                 f"or `sudo dnf install {' '.join(fedora)}` (Fedora), then start Resource Desk again.")
    else:
        text += " Install the package that holds it with your system's package manager."
    return text


def check_platform(environ: Mapping[str, str] | None = None,
                   loads: Callable[[str], str | None] | None = None) -> None:
    """Raise PlatformUnavailable (one line, exit 2) when the window could not open here."""
    environ = os.environ if environ is None else environ
    if not uses_xcb(environ):
        return
    if not environ.get("DISPLAY") and not environ.get("WAYLAND_DISPLAY"):
        raise PlatformUnavailable("the window needs a desktop session (no display was found); without one, "
                                  "use the commands, e.g. `resource-desk search` or `resource-desk sheet`.")
    missing = missing_libraries(loads)
    if missing:
        raise PlatformUnavailable(message(missing))
    display = environ.get("DISPLAY", "")
    if display and not environ.get("WAYLAND_DISPLAY") and not _display_reachable(display):
        raise PlatformUnavailable(f"the window cannot open: the display {display} does not answer; "
                                  "start Resource Desk from your desktop session.")
