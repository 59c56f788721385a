"""Process-wide interpreter settings an import changes for speed, changed only while needed.

``sys.setswitchinterval`` and the cyclic garbage collector belong to the whole process, so
two imports (two windows' workers, the wizard and a CLI call in tests) may overlap, on any
threads. Each setting is held by a count of users under a lock: the first user saves the
value and changes it, the last one puts the saved value back, whatever order they end in.
"""

from __future__ import annotations

import gc
import sys
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager

# While an import's helper thread runs, the importing thread holds the interpreter lock
# almost all the time; the helper gets it back (between two statements) only when the running
# thread is asked to let go, by default after 5 ms. Shorter turns keep the helper from idling.
SWITCH_INTERVAL = 0.0005


class SharedSetting:
    """A process-wide value changed while at least one user holds it (reference-counted)."""

    def __init__(self, read: Callable[[], object], write: Callable[[object], None],
                 wanted: Callable[[object], object]):
        self._read = read
        self._write = write
        self._wanted = wanted
        self._lock = threading.Lock()
        self._users = 0
        self._saved: object = None

    @property
    def users(self) -> int:
        return self._users

    @contextmanager
    def held(self) -> Iterator[None]:
        with self._lock:
            if self._users == 0:
                self._saved = self._read()
                self._write(self._wanted(self._saved))
            self._users += 1
        try:
            yield
        finally:
            with self._lock:
                self._users -= 1
                if self._users == 0:
                    saved, self._saved = self._saved, None
                    self._write(saved)


def _set_gc(enabled: object) -> None:
    if enabled:
        gc.enable()
    else:
        gc.disable()


# The cyclic collector would walk an import's hundreds of thousands of new objects again and
# again while they are built; an import makes no cycles worth it.
garbage_collection_paused = SharedSetting(gc.isenabled, _set_gc, lambda was: False)
quick_thread_switches = SharedSetting(sys.getswitchinterval, sys.setswitchinterval,  # type: ignore[arg-type]
                                      lambda was: min(was, SWITCH_INTERVAL))  # type: ignore[type-var]


@contextmanager
def import_speedups() -> Iterator[None]:
    """Both, for the duration of one import: restored when the last overlapping one ends."""
    with garbage_collection_paused.held(), quick_thread_switches.held():
        yield
