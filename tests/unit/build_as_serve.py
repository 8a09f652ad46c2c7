"""Build a project once exactly as `mkdocs serve` does, without starting the server.

    python tests/unit/build_as_serve.py <mkdocs.yml> <site folder> [<saved mkdocs.yml> ...]

`mkdocs serve` loads the configuration, tells the plugins (our hooks) the command is 'serve'
(hooks/read_content.py: SERVING) and builds with the address of the preview as site_url. This
does the same steps (mkdocs/commands/serve.py) and then stops, so a test can read the pages the
editor would see in the preview.

With more files: after the first build, each file's text is saved as mkdocs.yml in turn and MkDocs'
own server loop (mkdocs.livereload) rebuilds, as after an editor's save, printing what the terminal
would show; '--- opgeslagen: <file>' on stderr marks each save. The server answers no requests."""
from __future__ import annotations

import logging
import sys
import threading
from pathlib import Path

from mkdocs.commands.build import build
from mkdocs.config import load_config
from mkdocs.exceptions import Abort
from mkdocs.livereload import LiveReloadServer

SERVE_URL = "http://127.0.0.1:8000/"
SAVED = "--- opgeslagen: "


class _StepDone(logging.Handler):
    """The server loop's last line after a rebuild: it reloads the browsers, or says the rebuild failed."""

    def __init__(self) -> None:
        super().__init__()
        self.done = threading.Semaphore(0)

    def emit(self, record: logging.LogRecord) -> None:
        message = record.getMessage()
        if "Reloading browsers" in message or "An error happened during the rebuild" in message:
            self.done.release()


def main(config_file: str, site_dir: str, *saved: str) -> int:
    logging.basicConfig(level=logging.INFO, format="%(levelname)-7s -  %(message)s")

    def get_config():
        return load_config(config_file=config_file, site_dir=site_dir)

    def builder(config=None):  # as in mkdocs/commands/serve.py
        logging.getLogger("mkdocs.commands.serve").info("Building documentation...")
        if config is None:
            config = get_config()
            config.site_url = SERVE_URL
        build(config, serve_url=SERVE_URL)

    config = get_config()
    config.plugins.on_startup(command="serve", dirty=False)
    config.site_url = SERVE_URL
    try:
        builder(config)
    except Abort as err:  # under serve the server keeps running; here: say so and stop
        print(f"serve: {err}", file=sys.stderr)
        return 1
    if saved:
        save_and_rebuild(config, builder, Path(config_file), saved)
    return 0


def save_and_rebuild(config, builder, config_file: Path, saved) -> None:
    server = LiveReloadServer(builder=builder, host="127.0.0.1", port=8000, root=config.site_dir)
    server = config.plugins.on_serve(server, config=config, builder=builder)
    step = _StepDone()
    logging.getLogger("mkdocs.livereload").addHandler(step)
    loop = threading.Thread(target=server._build_loop, daemon=True)
    loop.start()
    for version in saved:
        print(SAVED + version, file=sys.stderr, flush=True)
        config_file.write_text(Path(version).read_text(encoding="utf-8"), encoding="utf-8")
        with server._rebuild_cond:
            server._want_rebuild = True
            server._rebuild_cond.notify_all()
        if not step.done.acquire(timeout=300):
            raise SystemExit("de server bouwde niet opnieuw")
    with server._rebuild_cond:
        server._shutdown = True
        server._rebuild_cond.notify_all()
    loop.join(timeout=30)


if __name__ == "__main__":
    raise SystemExit(main(*sys.argv[1:]))
