"""The import wizard: file → detected layout and encoding → column mapping with a live
preview → duplicates → suggested tags → summary. File ▸ Import… and dropping a file on the
window open it.

One module per page (file_page, layout_page, mapping_page, duplicates_page,
suggestions_page, summary_page); they share one ``ImportState`` (state.py) that the wizard
makes and hands to each. Every step asks the same services the command line uses
(``inspect_file`` and ``run_import``). The duplicates page runs a dry run (nothing is
written) to list the matches; the summary page runs the import through the one runner's
write worker with a progress bar and Cancel — cancelled, nothing is written.
"""

from __future__ import annotations

from PySide6.QtWidgets import QWidget, QWizard

from resource_desk.core.database import Catalogue
from resource_desk.gui.import_wizard.duplicates_page import ACTION_LABELS, POLICY_LABELS, DuplicatesPage, MatchesModel
from resource_desk.gui.import_wizard.file_page import FILE_FILTER, FilePage
from resource_desk.gui.import_wizard.layout_page import FORMAT_LABELS, LayoutPage
from resource_desk.gui.import_wizard.mapping_page import MappingPage
from resource_desk.gui.import_wizard.preview import PREVIEW_LABELS, fill_preview
from resource_desk.gui.import_wizard.state import (
    DUPLICATES_PAGE,
    FILE_PAGE,
    LAYOUT_PAGE,
    MAPPING_PAGE,
    SUGGESTIONS_PAGE,
    SUMMARY_PAGE,
    ImportState,
)
from resource_desk.gui.import_wizard.suggestions_page import SuggestionsPage
from resource_desk.gui.import_wizard.summary_page import SummaryPage
from resource_desk.importing.service import ImportOptions
from resource_desk.gui.i18n import tr

__all__ = ["ACTION_LABELS", "DUPLICATES_PAGE", "FILE_FILTER", "FILE_PAGE", "FORMAT_LABELS", "LAYOUT_PAGE",
           "MAPPING_PAGE", "POLICY_LABELS", "PREVIEW_LABELS", "SUGGESTIONS_PAGE", "SUMMARY_PAGE", "DuplicatesPage",
           "FilePage", "ImportState", "ImportWizard", "LayoutPage", "MappingPage", "MatchesModel", "SuggestionsPage",
           "SummaryPage", "fill_preview"]


class ImportWizard(QWizard):
    """``ImportWizard(catalogue, paths, parent).exec()``; the main window refreshes afterwards."""

    def __init__(self, catalogue: Catalogue, paths: list[str] | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.catalogue = catalogue
        self.state = ImportState()
        self.setWindowTitle(tr("Import resources"))
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, True)
        self.setOption(QWizard.WizardOption.NoCancelButtonOnLastPage, False)
        self.resize(980, 680)
        self.file_page = FilePage(self.state, catalogue, paths or [])
        self.layout_page = LayoutPage(self.state, catalogue)
        self.mapping_page = MappingPage(self.state, catalogue)
        self.duplicates_page = DuplicatesPage(self.state, catalogue)
        self.suggestions_page = SuggestionsPage(self.state, catalogue)
        self.summary_page = SummaryPage(self.state, catalogue)
        self.setPage(FILE_PAGE, self.file_page)
        self.setPage(LAYOUT_PAGE, self.layout_page)
        self.setPage(MAPPING_PAGE, self.mapping_page)
        self.setPage(DUPLICATES_PAGE, self.duplicates_page)
        self.setPage(SUGGESTIONS_PAGE, self.suggestions_page)
        self.setPage(SUMMARY_PAGE, self.summary_page)

    def options(self, **changes) -> ImportOptions:
        return self.state.options(**changes)

    def _busy(self) -> list:
        return [p for p in (self.duplicates_page, self.summary_page) if p.op is not None and not p.op.wait(0)]

    def running(self) -> bool:
        return bool(self._busy())

    def reject(self) -> None:
        """Cancel: a running import or dry run is stopped first (it writes nothing)."""
        busy = self._busy()
        for page in busy:
            page.op.cancel()
        for page in busy:
            page.op.wait()
        super().reject()
