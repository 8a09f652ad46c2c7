"""The build cache (.cache/komverder/) saves time and never changes what a build makes."""
from __future__ import annotations

import json

import pytest
import segno

from komverder import buildcache, offline
from komverder.pages.qr import qr_svg


def counting(value):
    calls = []

    def make():
        calls.append(1)
        return value
    return make, calls


def test_a_value_made_by_one_build_is_reused_by_the_next(tmp_path):
    make, calls = counting("waarde")
    first = buildcache.store(tmp_path, "proef")
    assert first.get_or_make("sleutel", make, str) == "waarde"
    assert first.get_or_make("sleutel", make, str) == "waarde"
    first.save()
    second = buildcache.store(tmp_path, "proef")
    assert second.get_or_make("sleutel", make, str) == "waarde"
    assert calls == [1]
    assert (tmp_path / ".cache" / "komverder" / "proef.json").is_file()


def test_a_build_keeps_only_what_it_used(tmp_path):
    old = buildcache.store(tmp_path, "proef")
    old.get_or_make("oud", lambda: 1, int)
    old.save()
    new = buildcache.store(tmp_path, "proef")
    new.get_or_make("nieuw", lambda: 2, int)
    new.save()
    assert json.loads((tmp_path / ".cache" / "komverder" / "proef.json").read_text()) == {"nieuw": 2}


@pytest.mark.parametrize("text", ["{niet: json", "[1, 2]", '{"sleutel": 5}', '{"sleutel": null}', "\udcff"])
def test_a_damaged_cache_means_the_work_is_done_again(tmp_path, text):
    path = tmp_path / ".cache" / "komverder" / "proef.json"
    path.parent.mkdir(parents=True)
    path.write_text(text, encoding="utf-8", errors="surrogateescape")
    make, calls = counting("vers")
    assert buildcache.store(tmp_path, "proef").get_or_make("sleutel", make, str) == "vers"
    assert calls == [1]


def test_a_cache_that_cannot_be_written_is_no_problem(tmp_path):
    (tmp_path / ".cache").write_text("een bestand, geen map", encoding="utf-8")
    cache = buildcache.store(tmp_path, "proef")
    assert cache.get_or_make("sleutel", lambda: "waarde", str) == "waarde"
    cache.save()  # no exception
    assert list(tmp_path.iterdir()) == [tmp_path / ".cache"]


def test_a_qr_code_from_the_cache_is_the_code_segno_makes(tmp_path, monkeypatch):
    address = "https://komverder.example.nl/gezinsgericht/oefeningen/heard-seen-respected/"
    store = buildcache.store(tmp_path, "qr")
    made = qr_svg(address, store)
    assert made.startswith('<svg role="img" aria-label="QR-code naar ')
    store.save()

    def no_segno(*args, **kwargs):
        raise AssertionError("segno had nothing to do: the code is in the cache")
    monkeypatch.setattr(segno, "make", no_segno)
    store = buildcache.store(tmp_path, "qr")
    assert qr_svg(address, store) == made
    # another address is not in the cache: made anew
    with pytest.raises(AssertionError, match="segno had nothing to do"):
        qr_svg(address + "x/", store)


def test_gzip_sizes_from_the_cache_are_the_measured_ones_and_follow_the_bytes(tmp_path):
    site = tmp_path / "site"
    site.mkdir()
    (site / "index.html").write_text("<p>hallo</p>" * 500, encoding="utf-8")
    (site / "foto.png").write_bytes(b"\x89PNG" + bytes(range(256)))
    files = ["foto.png", "index.html"]
    cold = offline.sizes(site, files)
    known = buildcache.store(tmp_path, "gzip")
    assert offline.sizes(site, files, known) == cold
    known.save()
    assert offline.sizes(site, files, buildcache.store(tmp_path, "gzip")) == cold
    (site / "index.html").write_text("<p>anders</p>" * 900, encoding="utf-8")
    assert offline.sizes(site, files, buildcache.store(tmp_path, "gzip")) == offline.sizes(site, files)
    assert offline.sizes(site, files) != cold


def _theme(tmp_path, text):
    folder = tmp_path / "thema"
    folder.mkdir(exist_ok=True)
    (folder / "pagina.html").write_text(text, encoding="utf-8")
    return folder


def _environment(folder, project):
    import jinja2
    return jinja2.Environment(loader=jinja2.FileSystemLoader(str(folder)),
                              bytecode_cache=buildcache.templates(project))


def test_a_template_compiled_by_one_build_is_not_compiled_again_by_the_next(tmp_path, monkeypatch):
    folder = _theme(tmp_path, "<h1>{{ titel }}</h1>")
    assert _environment(folder, tmp_path).get_template("pagina.html").render(titel="Kom verder") == "<h1>Kom verder</h1>"
    assert list((tmp_path / ".cache" / "komverder" / "jinja").iterdir())

    import jinja2

    def no_compile(*args, **kwargs):
        raise AssertionError("compiled again, though the template did not change")
    monkeypatch.setattr(jinja2.Environment, "compile", no_compile)
    assert _environment(folder, tmp_path).get_template("pagina.html").render(titel="Verder") == "<h1>Verder</h1>"
    # the text of the template changed: compiled anew, never the old code
    folder = _theme(tmp_path, "<h2>{{ titel }}</h2>")
    with pytest.raises(AssertionError, match="compiled again"):
        _environment(folder, tmp_path).get_template("pagina.html")
    monkeypatch.undo()
    assert _environment(folder, tmp_path).get_template("pagina.html").render(titel="Verder") == "<h2>Verder</h2>"


def test_templates_without_a_writable_cache_are_compiled_as_usual(tmp_path):
    (tmp_path / ".cache").write_text("een bestand, geen map", encoding="utf-8")
    assert buildcache.templates(tmp_path) is None
    assert buildcache.templates(None) is None
    folder = _theme(tmp_path, "{{ 1 + 1 }}")
    assert _environment(folder, tmp_path).get_template("pagina.html").render() == "2"
