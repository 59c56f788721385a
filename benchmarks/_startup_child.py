"""One measured start, run by ``benchmarks.startup`` in a fresh process.

    python -m benchmarks._startup_child app  --db CATALOGUE
    python -m benchmarks._startup_child bare

``app`` does what ``resource_desk.gui.app.run`` does (the QApplication, the catalogue, the
main window, shown) and stops once the results table holds its first rows and the window
has been painted. ``bare`` shows a plain QMainWindow holding a QTableView on an empty model.
Either prints one line, ``STARTUP {json}``: seconds from process start (the parent's
``time.time()`` in RESOURCE_DESK_BENCH_T0) to that moment, and the peak resident memory.
Imports are part of what is measured, so this module imports nothing before it starts.
"""

import os
import sys
import time

T0 = float(os.environ.get("RESOURCE_DESK_BENCH_T0", "0")) or None
TIMEOUT_S = 120


def _peak_rss_mb() -> float:
    import resource

    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # kB on Linux


def _report(mode: str, marks: dict[str, float], rows: int) -> None:
    import json

    now = time.time()
    result = {
        "mode": mode,
        "seconds": now - T0 if T0 else None,
        "rows": rows,
        "peak_rss_mb": _peak_rss_mb(),
        "marks": {k: round(v - T0, 4) if T0 else None for k, v in marks.items()},
    }
    print("STARTUP " + json.dumps(result), flush=True)


def bare() -> int:
    marks = {"python": time.time()}
    from PySide6.QtGui import QStandardItemModel
    from PySide6.QtWidgets import QApplication, QMainWindow, QTableView

    marks["imports"] = time.time()
    app = QApplication(sys.argv[:1])
    marks["qapplication"] = time.time()
    window = QMainWindow()
    table = QTableView()
    table.setModel(QStandardItemModel(0, 6, table))
    window.setCentralWidget(table)
    window.resize(1360, 820)
    window.show()
    marks["shown"] = time.time()
    return _wait(app, window, lambda: True, "bare", marks, lambda: 0)


def app(db: str) -> int:
    marks = {"python": time.time()}
    from resource_desk.gui import app as gui_app

    marks["imports"] = time.time()
    application = gui_app.application()
    marks["qapplication"] = time.time()
    catalogue = gui_app.open_catalogue(db, False)
    marks["catalogue"] = time.time()
    from resource_desk.gui.main_window import MainWindow

    marks["window_imports"] = time.time()
    window = MainWindow(catalogue, demo=False)
    marks["window_built"] = time.time()
    window.show()
    marks["shown"] = time.time()
    return _wait(application, window, lambda: window.model.rowCount() > 0, "app", marks,
                 lambda: window.model.rowCount())


def _wait(application, window, ready, mode: str, marks: dict[str, float], rows) -> int:
    """Poll the event loop until ``ready()``, paint the window once more, report, quit."""
    from PySide6.QtCore import QTimer

    deadline = time.time() + TIMEOUT_S

    def check() -> None:
        if ready():
            window.repaint()  # a synchronous paint: the rows are on screen
            _report(mode, marks, rows())
            application.exit(0)
        elif time.time() > deadline:
            print(f"STARTUP-TIMEOUT {mode}", flush=True)
            application.exit(3)
        else:
            QTimer.singleShot(1, check)

    QTimer.singleShot(0, check)
    return application.exec()


def main(argv: list[str]) -> int:
    if not argv or argv[0] not in ("app", "bare"):
        print(__doc__)
        return 2
    if argv[0] == "bare":
        return bare()
    if len(argv) != 3 or argv[1] != "--db":
        print("usage: app --db CATALOGUE")
        return 2
    return app(argv[2])


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
