"""The files the app ships (templates, fonts, translations, taxonomy maps, the demo).

This folder stays at the top of the source tree and is installed as the package
``resource_desk.resources`` (pyproject's ``package-dir``), so an editable install and a
wheel find it the same way, through ``importlib.resources`` (see ``core/paths.py``).
"""
