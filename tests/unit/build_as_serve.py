"""Build a project once exactly as `mkdocs serve` does, without starting the server.

    python tests/unit/build_as_serve.py <mkdocs.yml> <site folder>

`mkdocs serve` loads the configuration, tells the plugins (our hooks) the command is 'serve'
(hooks/read_content.py: SERVING) and builds with the address of the preview as site_url. This
does the same steps (mkdocs/commands/serve.py) and then stops, so a test can read the pages the
editor would see in the preview."""
from __future__ import annotations

import logging
import sys

from mkdocs.commands.build import build
from mkdocs.config import load_config
from mkdocs.exceptions import Abort

SERVE_URL = "http://127.0.0.1:8000/"


def main(config_file: str, site_dir: str) -> int:
    logging.basicConfig(level=logging.INFO, format="%(levelname)-7s -  %(message)s")
    config = load_config(config_file=config_file, site_dir=site_dir)
    config.plugins.on_startup(command="serve", dirty=False)
    config.site_url = SERVE_URL
    try:
        build(config, serve_url=SERVE_URL)
    except Abort as err:  # under serve the server keeps running; here: say so and stop
        print(f"serve: {err}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    raise SystemExit(main(*sys.argv[1:3]))
