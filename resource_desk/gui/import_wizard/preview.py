"""Records as they will be stored, in a table (the layout and mapping pages show them)."""

from __future__ import annotations

from PySide6.QtWidgets import QTableWidget, QTableWidgetItem

from resource_desk.importing.service import PREVIEW_FIELDS

PREVIEW_LABELS = {"name": "Name", "organization": "Organization", "kind": "Kind", "status": "Status",
                  "phones": "Phones", "address": "Address", "tags": "Tags", "languages": "Languages",
                  "website": "Website", "email": "Email", "cost": "Cost", "fees": "Fees", "hours": "Hours",
                  "last_verified": "Last verified", "description": "Description", "eligibility": "Eligibility",
                  "ages": "Ages"}


def fill_preview(table: QTableWidget, rows) -> None:
    """Records as they will be stored (``PreviewRow``s), one a row, a column per field they fill."""
    fields = [f for f in PREVIEW_FIELDS if any(f in r.values for r in rows)] or ["name"]
    table.clear()
    table.setColumnCount(len(fields))
    table.setHorizontalHeaderLabels([PREVIEW_LABELS.get(f, f) for f in fields])
    table.setRowCount(len(rows))
    table.setVerticalHeaderLabels([str(r.row) for r in rows])
    for r, row in enumerate(rows):
        for c, field in enumerate(fields):
            table.setItem(r, c, QTableWidgetItem(row.values.get(field, "").replace("\n", " · ")))
