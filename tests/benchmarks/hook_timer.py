"""`mkdocs build` that also times the hooks: loading each hook module and each call of each event.

Usage (by tests/benchmarks/build.py):  KV_HOOK_TIMES=times.json python tests/benchmarks/hook_timer.py build -f mkdocs.yml

Writes {"total": seconds of the whole build, "hooks": seconds inside the hooks, "per_hook": {...}}.
The hooks' share measured this way comes from one build, so a slow spell of the machine cannot
make it look better or worse than it is, as it can for two builds compared.
"""
from __future__ import annotations

import atexit
import collections
import json
import os
import sys
import time

START = time.perf_counter()

import mkdocs.config.config_options as config_options  # noqa: E402
import mkdocs.plugins as plugins  # noqa: E402

HOOK_TIME: collections.Counter = collections.Counter()
_hook_modules: set[str] = set()

_load_hook = config_options.Hooks._load_hook


def _timed_load_hook(self, name, path):
    start = time.perf_counter()
    module = _load_hook(self, name, path)
    HOOK_TIME[f"{name} (laden)"] += time.perf_counter() - start
    _hook_modules.add(module.__name__)
    return module


config_options.Hooks._load_hook = _timed_load_hook

_run_event = plugins.PluginCollection.run_event


def _timed_run_event(self, name, item=None, **kwargs):
    """PluginCollection.run_event with a clock around each method that belongs to a hook."""
    pass_item = item is not None
    for method in self.events[name]:
        self._current_plugin = self._event_origins.get(method, "<unknown>")
        start = time.perf_counter()
        result = method(item, **kwargs) if pass_item else method(**kwargs)
        module = getattr(method, "__module__", "")
        if module in _hook_modules:
            HOOK_TIME[f"{module}.{name}"] += time.perf_counter() - start
        if result is not None:
            item = result
    self._current_plugin = None
    return item


plugins.PluginCollection.run_event = _timed_run_event


def _write() -> None:
    out = os.environ.get("KV_HOOK_TIMES")
    if out:
        data = {"total": time.perf_counter() - START, "hooks": sum(HOOK_TIME.values()),
                "per_hook": dict(HOOK_TIME.most_common())}
        with open(out, "w", encoding="utf-8") as f:
            json.dump(data, f, indent=1)


atexit.register(_write)

if __name__ == "__main__":
    from mkdocs.__main__ import cli

    sys.argv = ["mkdocs", *sys.argv[1:]]
    cli()
