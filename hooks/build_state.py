"""What one build has learned so far, shared by the hook modules (reset at the start of every build)."""
from __future__ import annotations

from komverder.model import Content
from komverder.problems import Problem


class BuildState:
    def __init__(self) -> None:
        self.content = Content()
        self.problems: list[Problem] = []
        self.pages: dict[str, tuple[str, str]] = {}  # built HTML path -> (source path shown, source text)
        self.generated: set[str] = set()  # src paths of pages the hooks made

    def reset(self) -> None:
        self.__init__()


STATE = BuildState()
SERVING = {"on": False}  # True under `mkdocs serve`: show problems on the pages instead of stopping
