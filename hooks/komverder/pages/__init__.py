"""The page builders, one module per kind of page, on small shared helpers (common, lost, team, qr).

Plain Python, no MkDocs: every builder returns Markdown with small raw-HTML blocks, computed from the
records (komverder.model). komverder.plan decides which pages are made; the hooks only hand them to MkDocs.
"""
