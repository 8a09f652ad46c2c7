"""Kom verder: the content model and its rules, in plain Python.

Nothing in this package imports MkDocs. The hook modules in ``hooks/`` wire it to
MkDocs' events; a move to ProperDocs or another generator only has to rewrite those.
"""
