"""Printing: a rendered sheet's HTML -> QTextDocument -> PDF or printer (QtGui only, no widgets).

Used by gui/ (print preview and dialogs live there, with QPrinter) and by cli/ on the
offscreen platform. sheets/ makes the HTML and knows nothing of Qt.
"""
