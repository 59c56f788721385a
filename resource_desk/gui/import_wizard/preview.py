"""Records as they will be stored, in a table (the layout and mapping pages show them)."""

from __future__ import annotations

from PySide6.QtWidgets import QTableWidget, QTableWidgetItem

from resource_desk.gui.i18n import QT_TR_NOOP, said, tr
from resource_desk.importing.service import PREVIEW_FIELDS

PREVIEW_LABELS = {"name": QT_TR_NOOP("Name"), "organization": QT_TR_NOOP("Organization"), "kind": QT_TR_NOOP("Kind"), "status": QT_TR_NOOP("Status"),
                  "phones": QT_TR_NOOP("Phones"), "address": QT_TR_NOOP("Address"), "tags": QT_TR_NOOP("Tags"), "languages": QT_TR_NOOP("Languages"),
                  "website": QT_TR_NOOP("Website"), "email": QT_TR_NOOP("Email"), "cost": QT_TR_NOOP("Cost"), "fees": QT_TR_NOOP("Fees"), "hours": QT_TR_NOOP("Hours"),
                  "last_verified": QT_TR_NOOP("Last verified"), "description": QT_TR_NOOP("Description"), "eligibility": QT_TR_NOOP("Eligibility"),
                  "ages": QT_TR_NOOP("Ages")}


def fill_preview(table: QTableWidget, rows) -> None:
    """Records as they will be stored (``PreviewRow``s), one a row, a column per field they fill."""
    fields = [f for f in PREVIEW_FIELDS if any(f in r.values for r in rows)] or ["name"]
    table.clear()
    table.setColumnCount(len(fields))
    table.setHorizontalHeaderLabels([tr(PREVIEW_LABELS[f]) if f in PREVIEW_LABELS else f for f in fields])
    table.setRowCount(len(rows))
    table.setVerticalHeaderLabels([str(r.row) for r in rows])
    for r, row in enumerate(rows):
        for c, field in enumerate(fields):
            table.setItem(r, c, QTableWidgetItem(said(row.values.get(field, "")).replace("\n", " · ")))

