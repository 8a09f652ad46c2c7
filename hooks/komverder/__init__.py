"""Kom verder: the content model and its rules, in plain Python.

Nothing in this package imports MkDocs. The hook modules in ``hooks/`` wire it to
MkDocs' events; a move to ProperDocs or another generator only has to rewrite those.
"""

# komverder.teamleads makes parts of every exercise page (QR code, buttons, timeline) and builds on
# komverder.generate; loaded here, it hands them to generate before any page is made.
from . import teamleads as _teamleads  # noqa: E402,F401
