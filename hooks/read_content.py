"""Hook 2 — read every Markdown file in docs/ into typed records (komverder.read).

Each file is read from disk once: on_files reads its bytes into a record, and MkDocs gets the same
text for the page (on_page_read_source) instead of opening the file again.
"""
from __future__ import annotations

from build_state import SERVING, STATE
from komverder.pages import fragments
from komverder.read import mkdocs_text, read_file
from mkdocs.structure.files import File


def on_startup(command, dirty):
    SERVING["on"] = command == "serve"


def on_config(config):
    STATE.reset()
    fragments.start_build()  # the HTML templates of the pages (overrides/komverder/), compiled once in this build


def on_files(files, config):
    # MkDocs would stop with a Python traceback on a file that is not UTF-8; we report it
    # like any other content problem and hand MkDocs a readable copy instead.
    for file in list(files.documentation_pages()):
        raw = file.content_bytes
        item, problems = read_file(file.src_uri, raw, f"docs/{file.src_uri}")
        STATE.problems.extend(problems)
        if item is not None:
            STATE.content.items[file.src_uri] = item
        text = mkdocs_text(raw)
        if text is None:
            files.remove(file)
            files.append(File.generated(config, file.src_uri, content=raw.decode("utf-8", "replace")))
        else:
            STATE.texts[file.src_uri] = text
    return files


def on_page_read_source(page, config):
    # The text on_files read (a page the hooks made in its place has its own content).
    return None if page.file.generated_by else STATE.texts.get(page.file.src_uri)
