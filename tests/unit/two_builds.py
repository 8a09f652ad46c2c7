"""Build one project twice in one process, as `mkdocs serve` does after a change, each time with
another site address; write what each build made of the QR codes and "kopieer link".

    python tests/unit/two_builds.py <mkdocs.yml> <folder>   (sites in <folder>/een and <folder>/twee)
"""
from __future__ import annotations

import sys
from pathlib import Path

from mkdocs.commands.build import build
from mkdocs.config import load_config

ADDRESSES = {"een": "https://een.voorbeeld.nl/", "twee": "https://twee.voorbeeld.nl/kom-verder/"}


def main(config_file: str, folder: str) -> int:
    for name, address in ADDRESSES.items():
        config = load_config(config_file=config_file, site_dir=str(Path(folder) / name), site_url=address)
        config.plugins.on_startup(command="serve", dirty=False)
        build(config)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(*sys.argv[1:3]))
