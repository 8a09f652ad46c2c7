"""A small static web server for the built site that compresses like a real host does.

http.server sends every file as is; a host (GitHub Pages, Netlify, nginx) sends text with
``Content-Encoding: gzip``. The weight budget and Lighthouse must see what a phone receives,
so this server gzips text files (level 6, as nginx's default ``gzip_comp_level`` … close enough)
when the browser asks for it, and serves 404.html for a missing page.

    with serve_site(site_dir) as url:   # "http://127.0.0.1:<port>/"
        ...
    with serve_site(site_dir, prefix="/kom-verder/") as url:   # "http://127.0.0.1:<port>/kom-verder/"
        ...

With a prefix the site sits under that path, as a GitHub Pages project site does
(https://OWNER.github.io/REPO/): a request outside it gets a bare 404, as another site on the same
host would, so a link or script that assumes the root of the domain fails in the browser test.

    # A line like a train's: 150 kbit/s shared by all connections, 0.4 s per round trip, no HTTP cache.
    with serve_site(site_dir, line=Line(kbit=150, rtt=0.4)) as url:
        ...
"""
from __future__ import annotations

import contextlib
import gzip
import http.server
import os
import sys
import threading
import time
from functools import lru_cache
from pathlib import Path

COMPRESSIBLE = {".html", ".css", ".js", ".json", ".xml", ".svg", ".txt", ".webmanifest", ".map", ".mjs"}
TYPES = {
    ".webmanifest": "application/manifest+json",
    ".js": "text/javascript",
    ".mjs": "text/javascript",
    ".json": "application/json",
    ".svg": "image/svg+xml",
}


class Line:
    """A slow line: ``kbit`` per second shared by every connection (what one sends, the others wait
    for, in turns of one small chunk), ``rtt`` seconds before each answer starts, and no HTTP cache
    (Cache-Control: no-store: a page read long ago). ``sent`` counts the body bytes it carried."""

    CHUNK = 1024

    def __init__(self, kbit: float, rtt: float):
        self.rate = kbit * 1000 / 8  # bytes per second
        self.rtt = rtt
        self.sent = 0
        self._lock = threading.Lock()
        self._free_at = 0.0

    def send(self, out, data: bytes) -> None:
        for start in range(0, len(data), self.CHUNK):
            chunk = data[start:start + self.CHUNK]
            with self._lock:
                begin = max(time.monotonic(), self._free_at)
                self._free_at = begin + len(chunk) / self.rate
                done = self._free_at
                self.sent += len(chunk)
            time.sleep(max(0.0, done - time.monotonic()))
            out.write(chunk)


@lru_cache(maxsize=2048)
def _gzipped(path: str, mtime_ns: int) -> bytes:
    with open(path, "rb") as f:
        return gzip.compress(f.read(), compresslevel=6, mtime=0)


class GzipHandler(http.server.SimpleHTTPRequestHandler):
    extensions_map = {**http.server.SimpleHTTPRequestHandler.extensions_map, **TYPES}
    protocol_version = "HTTP/1.1"   # keep-alive, as a real host
    # TCP_NODELAY, as a real host (nginx's tcp_nodelay is on by default): http.server writes the
    # headers and the body separately, and without it the body of an answer on a kept-alive
    # connection waits ~40 ms for the browser's delayed ACK of the headers (Nagle's algorithm).
    disable_nagle_algorithm = True

    def log_message(self, format, *args):  # noqa: A002 — signature of the base class
        pass

    def end_headers(self):
        # Revalidate every time: a test run never sees a stale file from an earlier build.
        self.send_header("Cache-Control", "no-store" if getattr(self.server, "kv_line", None) else "no-cache")
        super().end_headers()

    def send_head(self):
        prefix = getattr(self.server, "kv_prefix", "/")
        if not self.path.startswith(prefix):
            if self.path.split("?", 1)[0] + "/" == prefix:  # '/kom-verder' -> '/kom-verder/'
                self.send_response(301)
                self.send_header("Location", prefix)
                self.send_header("Content-Length", "0")
                self.end_headers()
                return None
            self.send_error(404, "Niet op deze site")  # another site on the same host
            return None
        self.path = "/" + self.path[len(prefix):]
        starts = getattr(self.server, "kv_starts", None)
        if starts is not None:
            starts.append((self.path, time.monotonic()))
        path = self.translate_path(self.path)
        if os.path.isdir(path):
            bare, query = (self.path.split("?", 1) + [""])[:2]
            if not bare.endswith("/"):  # redirect to the slash URL, as a host does
                self.send_response(301)
                self.send_header("Location", prefix[:-1] + bare + "/" + ("?" + query if query else ""))
                self.send_header("Content-Length", "0")
                self.end_headers()
                return None
            path = os.path.join(path, "index.html")
        status = 200
        if not os.path.isfile(path):
            path = os.path.join(self.directory, "404.html")
            status = 404
            if not os.path.isfile(path):
                self.send_error(404)
                return None
        ext = os.path.splitext(path)[1].lower()
        ctype = self.guess_type(path)
        if ext in COMPRESSIBLE and "gzip" in self.headers.get("Accept-Encoding", ""):
            body = _gzipped(path, os.stat(path).st_mtime_ns)
            encoding = "gzip"
        else:
            with open(path, "rb") as f:
                body = f.read()
            encoding = None
        line = getattr(self.server, "kv_line", None)
        if line is not None:
            time.sleep(line.rtt)  # the round trip before the first byte of the answer
        self.send_response(status)
        self.send_header("Content-Type", ctype + ("; charset=utf-8" if ctype.startswith("text/") or ext in {".json", ".webmanifest"} else ""))
        if encoding:
            self.send_header("Content-Encoding", encoding)
        self.send_header("Vary", "Accept-Encoding")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        log = getattr(self.server, "kv_log", None)
        if log is not None and self.command == "GET":
            log.append((self.path, len(body), self.headers.get("Service-Worker", "")))
        return _Body(body)

    def copyfile(self, source, outputfile):
        line = getattr(self.server, "kv_line", None)
        if line is None:
            outputfile.write(source.data)
        else:
            line.send(outputfile, source.data)


class _Body:
    def __init__(self, data: bytes):
        self.data = data

    def close(self):
        pass


class _QuietServer(http.server.ThreadingHTTPServer):
    """A browser that closes a connection early (Lighthouse does, between runs) is no error."""

    def handle_error(self, request, client_address):
        if isinstance(sys.exc_info()[1], (ConnectionResetError, BrokenPipeError)):
            return
        super().handle_error(request, client_address)


@contextlib.contextmanager
def serve_site(site_dir: Path | str, log: list | None = None, prefix: str = "/", line: Line | None = None,
               starts: list | None = None):
    """Serve ``site_dir`` on a free port of 127.0.0.1 under the path ``prefix`` ('/' or '/kom-verder/');
    yields the base URL with a trailing slash ('http://127.0.0.1:<port>/kom-verder/').

    Pass a list as ``log`` to have (path within the site, body bytes sent, Service-Worker header)
    appended per GET, and a ``Line`` to serve over a slow line instead of at full speed. Pass a list
    as ``starts`` to have (path within the site, time.monotonic() when the request came in) appended.
    """
    prefix = "/" + prefix.strip("/") + "/" if prefix.strip("/") else "/"
    handler = lambda *a, **kw: GzipHandler(*a, directory=str(site_dir), **kw)  # noqa: E731
    server = _QuietServer(("127.0.0.1", 0), handler)
    server.kv_log = log
    server.kv_prefix = prefix
    server.kv_line = line
    server.kv_starts = starts
    server.daemon_threads = True
    thread = threading.Thread(target=server.serve_forever, name="gzip-site-server", daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}{prefix}"
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=5)


# --- for the browser tests ------------------------------------------------------------------

def site_pages(site_dir: Path) -> list[str]:
    """Every page of the built site as a URL path relative to the root ('', 'gezinsgericht/', '404.html'),
    without the pages at old addresses (komverder.addresses: they are not pages, they send the reader on)."""
    pages = []
    for path in sorted(Path(site_dir).rglob("*.html")):
        rel = path.relative_to(site_dir).as_posix()
        head = path.read_text(encoding="utf-8", errors="replace")[:2000]
        if 'http-equiv="refresh"' in head.lower():
            continue
        pages.append(rel[: -len("index.html")] if rel.endswith("index.html") else rel)
    return pages
