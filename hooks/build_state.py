"""What one build has learned so far, shared by the hook modules.

One object per build: hooks/read_content.py resets it at on_config, so everything a build learns
(the records, the problems, the site's address, the QR codes, the planned pages) starts empty, also
when `mkdocs serve` builds again in the same process. The modules in komverder/ keep no state.
"""
from __future__ import annotations

from komverder.model import Content
from komverder.pages.context import PageContext
from komverder.pagescan import PageReader
from komverder.problems import Problem
from komverder.tags import Collected


class BuildState:
    def __init__(self) -> None:
        self.content = Content()
        self.problems: list[Problem] = []
        self.pages: dict[str, tuple[str, str]] = {}  # built HTML path -> (source path shown, source text)
        self.generated: set[str] = set()  # src paths of pages the hooks made
        self.page_reader = PageReader()  # reads each built page once for the link and the script check
        self.collected: dict[str, Collected] = {}  # built file -> its ids, links and assets (hooks/check_links.py)
        self.last_changed: dict[str, int] = {}  # docs path -> time of its last commit (hooks/last_updated.py)
        self.page_context = PageContext()  # the site's address and QR codes of this build (hooks/generate_teamleads.py)
        self.planned: dict = {}  # src -> komverder.plan.GeneratedPage, the pages this build makes
        self.raw_html: dict[str, list[str]] = {}  # src -> the HTML blocks Markdown does not read (komverder.rawhtml)
        self.set_aside: dict[str, list[str]] = {}  # built file -> its blocks search does not read (komverder.searchtext)
        self.texts: dict[str, str] = {}  # docs path -> its text as MkDocs reads it, read once (hooks/read_content.py)

    def reset(self) -> None:
        self.__init__()

    def source_text(self, file) -> str:
        """The text of a docs file as this build read it (hooks/read_content.py), for the lines of
        its links: its record's, else MkDocs' text of it (front matter that could not be read), else
        the readable copy made of a file that is not UTF-8."""
        item = self.content.items.get(file.src_uri)
        if item is not None:
            return item.src.text
        text = self.texts.get(file.src_uri)
        if text is not None:
            return text
        return file.content_string if file.generated_by else ""


STATE = BuildState()
SERVING = {"on": False}  # True under `mkdocs serve`: show problems on the pages instead of stopping
