"""What one build has learned so far, shared by the hook modules (reset at the start of every build)."""
from __future__ import annotations

from komverder.model import Content
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

    def reset(self) -> None:
        self.__init__()


STATE = BuildState()
SERVING = {"on": False}  # True under `mkdocs serve`: show problems on the pages instead of stopping
