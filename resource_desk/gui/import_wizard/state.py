"""What the import wizard's pages share: one state, and the page ids.

Each page (one module each) reads and changes this one ``ImportState``; the wizard makes
it and hands it to every page. Nothing else is shared between pages.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace

from PySide6.QtWidgets import QWizardPage

from resource_desk.core.database import Catalogue
from resource_desk.importing.mapping import Mapping
from resource_desk.importing.service import ImportOptions, ImportResult, Inspection

FILE_PAGE, LAYOUT_PAGE, MAPPING_PAGE, DUPLICATES_PAGE, SUGGESTIONS_PAGE, SUMMARY_PAGE = range(6)


@dataclass
class ImportState:
    """The person's choices so far, and what the dry run and the import gave."""

    path: str = ""
    format: str = "auto"
    encoding: str | None = None
    mapping: Mapping | None = None
    inspection: Inspection | None = None
    policy: str = "update"
    choices: dict[str, str] = field(default_factory=dict)
    skip_tags: set[str] = field(default_factory=set)
    accept_tags: set[str] = field(default_factory=set)  # tags made for source categories that map to no tag
    accept_suggestions: set[str] = field(default_factory=set)  # suggested tags the person ticked
    tidy_capitals: bool | None = None  # None: as the file's names call for
    dry_result: ImportResult | None = None
    result: ImportResult | None = None

    def choose_file(self, path: str) -> None:
        """Another file: what was read from the last one no longer applies."""
        if self.path != path:
            self.path = path
            self.mapping = None
            self.encoding = None
            self.format = "auto"
            self.tidy_capitals = None

    def options(self, **changes) -> ImportOptions:
        base = ImportOptions(format=self.format, encoding=self.encoding, mapping=self.mapping,
                             on_duplicate=self.policy, choices=dict(self.choices),
                             skip_tags=frozenset(self.skip_tags), accept_tags=frozenset(self.accept_tags),
                             accept_suggestions=frozenset(self.accept_suggestions), tidy_capitals=self.tidy_capitals)
        return replace(base, **changes)

    def is_table(self) -> bool:
        return self.inspection is not None and self.inspection.layout in ("csv", "xlsx")


class StatePage(QWizardPage):
    """A page of the import wizard: it works on the wizard's one state, for one catalogue."""

    def __init__(self, state: ImportState, catalogue: Catalogue):
        super().__init__()
        self.state = state
        self.catalogue = catalogue
