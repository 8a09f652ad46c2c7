"""Hook 12 — page weight: Material's script loads after the page (see docs/assets/js/later.js).

Material's base.html names its script with a hash that changes with every Material version
(assets/javascripts/bundle.<hash>.min.js). This hook finds it among the theme's files and gives
its path to the templates as ``kv_material_bundle``; overrides/main.html hands it to later.js.

It also gives the templates this build's menu cache, ``kv_menu_cache`` (komverder/menucache.py):
overrides/partials/nav.html renders the menu once for all pages outside the menu in one folder.
"""
from __future__ import annotations

import re

from mkdocs.exceptions import PluginError

from komverder.menucache import MenuCache

BUNDLE_RE = re.compile(r"^assets/javascripts/bundle\.[0-9a-f]+\.min\.js$")


def on_env(env, config, files):
    bundles = [f.src_uri for f in files if BUNDLE_RE.match(f.src_uri)]
    if len(bundles) != 1:
        raise PluginError(f"Material's script niet gevonden (assets/javascripts/bundle.*.min.js): {bundles} — "
                          f"past hooks/page_weight.py bij deze versie van Material?")
    env.globals["kv_material_bundle"] = bundles[0]
    env.globals["kv_menu_cache"] = MenuCache()  # a new one every build (mkdocs serve)
    return env
