/* Kom verder — intervisiebord moed en lef. Maakt de .kv-veld-blokken invulbaar en bewaart alles
 * in localStorage; niets gaat over het netwerk. Idempotent (dubbel laden, instant navigation). */
(function () {
  "use strict";
  if (window.kvIntervisiebord) { window.kvIntervisiebord(); return; }

  var SLEUTEL = "kv-intervisiebord", SOORT = "kom-verder-intervisiebord";
  var geheugen = null, bordUI = null;

  function lees() {
    try {
      var s = JSON.parse(window.localStorage.getItem(SLEUTEL));
      if (s && typeof s.borden === "object" && s.borden) return s;
    } catch (e) { /* geen opslag: geheugen */ }
    return geheugen || { actief: null, borden: {} };
  }
  function schrijf(s) {
    geheugen = s;
    try { window.localStorage.setItem(SLEUTEL, JSON.stringify(s)); return true; } catch (e) { return false; }
  }
  function twee(n) { return (n < 10 ? "0" : "") + n; }
  function vandaag() { var d = new Date(); return d.getFullYear() + "-" + twee(d.getMonth() + 1) + "-" + twee(d.getDate()); }
  function titel(b, tussen) {
    var d = b.datum || "", m = /^(\d{4})-(\d\d)-(\d\d)$/.exec(d);
    if (m) d = m[3] + "-" + m[2] + "-" + m[1];
    return (b.naam || "Naamloos bord") + (d ? (tussen ? tussen + d : " (" + d + ")") : "");
  }
  function nieuwId() { return "b" + Date.now().toString(36) + Math.random().toString(36).slice(2, 7); }
  function nieuwBord(s, gegevens) {
    var n = 1, namen = {}, id = gegevens && gegevens.id;
    Object.keys(s.borden).forEach(function (k) { namen[s.borden[k].naam] = 1; });
    while (namen["Bord " + n]) n++;
    gegevens = gegevens || {};
    var b = {
      id: typeof id === "string" && /^b[a-z0-9]{1,40}$/.test(id) && !s.borden[id] ? id : nieuwId(),
      naam: typeof gegevens.naam === "string" ? gegevens.naam : "Bord " + n,
      datum: typeof gegevens.datum === "string" ? gegevens.datum : vandaag(),
      velden: {}, gewijzigd: Date.now()
    };
    var v = gegevens.velden || {};
    Object.keys(v).forEach(function (k) { if (typeof v[k] === "string") b.velden[k] = v[k]; });
    s.borden[b.id] = b; s.actief = b.id;
    return b;
  }
  function laatste(s) {
    if (!s.borden[s.actief]) {
      var ids = Object.keys(s.borden).sort(function (a, b) { return s.borden[b].gewijzigd - s.borden[a].gewijzigd; });
      if (ids.length) s.actief = ids[0]; else nieuwBord(s);
    }
    return s.borden[s.actief];
  }

  function el(tag, attrs, tekst) {
    var e = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (k) { e.setAttribute(k, attrs[k]); });
    if (tekst) e.textContent = tekst;
    return e;
  }
  function knop(tekst, actie, extra) {
    return el("button", { type: "button", "class": "kv-knop" + (extra ? " " + extra : ""), "data-actie": actie }, tekst);
  }

  /* De uitleg bij het bord en bij elke stap is al bij het bouwen weggeklapt (hooks/komverder/pages/board.py):
   * zo verschuift de pagina niet meer nadat hij getekend is. */
  function init() {
    var root = document.querySelector("[data-kv-bord]");
    if (!root || root.hasAttribute("data-kv-klaar")) return;
    root.setAttribute("data-kv-klaar", "");
    var velden = [].slice.call(document.querySelectorAll(".kv-veld[data-veld]"));
    var ui = { root: root, velden: {} };

    // Beheer: kiezen, naam, datum, nieuw, wissen.
    var fs = el("fieldset", { "class": "kv-bord__beheer" });
    fs.appendChild(el("legend", {}, "Jullie bord"));
    function rij(id, label, veld) {
      var r = el("div", { "class": "kv-rij" });
      r.appendChild(el("label", { "for": id }, label)); veld.id = id; r.appendChild(veld);
      fs.appendChild(r); return veld;
    }
    ui.kies = rij("kv-kies", "Kies een bord", el("select", {}));
    ui.naam = rij("kv-naam", "Naam van dit bord", el("input", { type: "text", autocomplete: "off" }));
    ui.datum = rij("kv-datum", "Datum", el("input", { type: "date" }));
    var knoppen = el("div", { "class": "kv-knoppen" });
    knoppen.appendChild(knop("Nieuw bord", "nieuw"));
    knoppen.appendChild(knop("Wis dit bord", "wis", "kv-knop--wis"));
    fs.appendChild(knoppen);
    ui.bewaard = fs.appendChild(el("p", { "class": "kv-bewaard", "data-kv-bewaard": "" }));
    ui.melding = fs.appendChild(el("p", { "class": "kv-melding", role: "status" }));
    root.textContent = "";
    root.appendChild(fs);
    // Kop voor op papier, onder de paginatitel.
    ui.kop = el("p", { "class": "kv-afdruk-kop" });
    var h1 = document.querySelector(".md-content h1");
    if (h1) h1.parentNode.insertBefore(ui.kop, h1.nextSibling); else root.appendChild(ui.kop);

    // Invulvelden.
    velden.forEach(function (div) {
      var naam = div.getAttribute("data-veld"), soort = div.getAttribute("data-soort") || "tekst";
      var id = "kv-veld-" + naam, hulp = div.getAttribute("data-hulp");
      div.textContent = "";
      div.appendChild(el("label", { "for": id }, div.getAttribute("data-label") || naam));
      var veld = soort === "regel" ? el("input", { type: "text", autocomplete: "off", id: id })
        : el("textarea", { rows: soort === "lijst" ? "5" : "4", id: id });
      if (hulp) {
        div.appendChild(el("p", { "class": "kv-hulp", id: id + "-hulp" }, hulp));
        veld.setAttribute("aria-describedby", id + "-hulp");
      }
      div.appendChild(veld);
      var bewaard = div.appendChild(el("p", { "class": "kv-bewaard", "data-kv-bewaard": "" }));
      var afdruk = div.appendChild(el("div", { "class": "kv-afdruk" }));
      ui.velden[naam] = { veld: veld, afdruk: afdruk, lijst: soort === "lijst" };
      veld.addEventListener("input", function () { bewaar(function (b) { b.velden[naam] = veld.value; }, bewaard); spiegel(naam); });
    });

    // Delen: afdrukken, downloaden, openen.
    var delen = document.querySelector("[data-kv-delen]");
    if (delen && !delen.hasAttribute("data-kv-klaar")) {
      delen.setAttribute("data-kv-klaar", "");
      delen.textContent = "";
      delen.appendChild(knop("Afdrukken of opslaan als pdf", "afdrukken"));
      delen.appendChild(knop("Download als bestand", "download"));
      delen.appendChild(knop("Bestand openen", "openen"));
      ui.bestand = delen.appendChild(el("input", { type: "file", accept: ".json,application/json", "class": "kv-bestand", tabindex: "-1", "aria-hidden": "true" }));
      ui.bestand.addEventListener("change", function () { openBestand(ui.bestand.files[0]); });
      delen.addEventListener("click", klik);
    }
    fs.addEventListener("click", klik);
    ui.naam.addEventListener("input", function () { bewaar(function (b) { b.naam = ui.naam.value; }); kopjes(); });
    ui.datum.addEventListener("input", function () { bewaar(function (b) { b.datum = ui.datum.value; }); kopjes(); });
    ui.kies.addEventListener("change", function () {
      var s = lees(); if (s.borden[ui.kies.value]) kies(s, ui.kies.value);
      meld("Bord “" + huidig(lees()).naam + "” staat nu open.");
    });

    bordUI = ui;
    ui.ververs = ververs;
    var s0 = lees(); kies(s0, laatste(s0).id);

    // Het bord van dit tabblad (elders gewist: terug zoals het hier staat).
    function huidig(s) {
      var b = s.borden[ui.id];
      if (!b) {
        b = s.borden[ui.id] = { id: ui.id, naam: ui.naam.value, datum: ui.datum.value, velden: {}, gewijzigd: Date.now() };
        Object.keys(ui.velden).forEach(function (k) { if (ui.velden[k].veld.value) b.velden[k] = ui.velden[k].veld.value; });
      }
      return b;
    }
    function kies(s, id) { ui.id = id; s.actief = id; schrijf(s); toon(); }
    function ververs() {
      var s = lees(), b = s.borden[ui.id], a = document.activeElement;
      if (!b) { kopjes(); return; }
      if (a !== ui.naam) ui.naam.value = b.naam || "";
      if (a !== ui.datum) ui.datum.value = b.datum || "";
      Object.keys(ui.velden).forEach(function (k) { if (a !== ui.velden[k].veld) { ui.velden[k].veld.value = b.velden[k] || ""; spiegel(k); } });
      kopjes();
    }

    function bewaar(wijzig, plek) {
      var s = lees(), b = huidig(s);
      wijzig(b); b.gewijzigd = Date.now();
      var d = new Date();
      [].forEach.call(document.querySelectorAll("[data-kv-bewaard]"), function (p) { p.textContent = ""; });
      (plek || ui.bewaard).textContent = schrijf(s)
        ? "Bewaard op dit apparaat om " + twee(d.getHours()) + ":" + twee(d.getMinutes()) + "."
        : "Bewaren in deze browser lukt niet. Gebruik “Download als bestand” om je werk te bewaren.";
    }
    function spiegel(naam) {
      var v = ui.velden[naam], tekst = v.veld.value;
      v.afdruk.textContent = "";
      var regels = tekst.split("\n").filter(function (r) { return r.trim(); });
      if (v.lijst && regels.length) {
        var ul = v.afdruk.appendChild(el("ul"));
        regels.forEach(function (r) { ul.appendChild(el("li", {}, r)); });
      } else {
        v.afdruk.textContent = regels.length ? tekst : "(niet ingevuld)";
      }
    }
    function kopjes() {
      var s = lees(), b = huidig(s);
      ui.kies.textContent = "";
      Object.keys(s.borden).map(function (id) { return s.borden[id]; }).sort(function (x, y) {
        return (x.datum || "").localeCompare(y.datum || "") || String(x.naam).localeCompare(y.naam);
      }).forEach(function (o) { ui.kies.appendChild(el("option", { value: o.id }, titel(o))); });
      ui.kies.value = b.id;
      ui.kop.textContent = "Intervisiebord: " + titel(b, " — ");
    }
    function toon() {
      var b = huidig(lees());
      ui.naam.value = b.naam || ""; ui.datum.value = b.datum || "";
      Object.keys(ui.velden).forEach(function (k) { ui.velden[k].veld.value = b.velden[k] || ""; spiegel(k); });
      [].forEach.call(document.querySelectorAll("[data-kv-bewaard]"), function (p) { p.textContent = ""; });
      kopjes();
    }
    function meld(t) { ui.melding.textContent = t; }
    function klik(e) {
      var k = e.target.closest && e.target.closest("button[data-actie]");
      if (!k) return;
      var actie = k.getAttribute("data-actie"), s = lees(), b = huidig(s);
      if (actie === "nieuw") {
        kies(s, nieuwBord(s).id); ui.naam.focus(); ui.naam.select();
        meld("Nieuw bord gemaakt. Geef het een naam.");
      } else if (actie === "wis") {
        if (!window.confirm("Weet je zeker dat je het bord “" + b.naam + "” wilt wissen? Alles wat in dit bord staat, verdwijnt van dit apparaat.")) return;
        delete s.borden[b.id]; s.actief = null; kies(s, laatste(s).id);
        meld("Het bord “" + b.naam + "” is gewist.");
      } else if (actie === "afdrukken") {
        window.print();
      } else if (actie === "download") {
        var inhoud = { soort: SOORT, versie: 1, id: b.id, naam: b.naam, datum: b.datum, velden: b.velden };
        var url = URL.createObjectURL(new Blob([JSON.stringify(inhoud, null, 2)], { type: "application/json" }));
        var a = el("a", { href: url, download: ("intervisiebord " + b.naam + " " + b.datum).toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/-$/, "") + ".json" });
        document.body.appendChild(a); a.click(); a.remove();
        setTimeout(function () { URL.revokeObjectURL(url); }, 1000);
        meld("Het bord is als bestand bewaard in je downloads.");
      } else if (actie === "openen") {
        ui.bestand.value = ""; ui.bestand.click();
      }
    }
    function openBestand(bestand) {
      if (!bestand) return;
      var r = new FileReader();
      r.onload = function () {
        var g = null;
        try { g = JSON.parse(r.result); } catch (e) { /* hieronder */ }
        if (!g || g.soort !== SOORT || typeof g.velden !== "object" || !g.velden) {
          meld("Dit bestand kan niet geopend worden. Kies een bestand dat je hier met “Download als bestand” hebt bewaard.");
          return;
        }
        var s = lees(), b = s.borden[g.id];
        // Hetzelfde bord (zelfde id) staat er al: vervangen of dit bord houden, nooit twee keer.
        if (b && !window.confirm("Het bord “" + b.naam + "” staat al op dit apparaat. Wil je het vervangen door het bestand? " +
            "Kies Annuleren om het bord te houden zoals het hier staat.")) {
          kies(s, b.id); meld("Het bord “" + b.naam + "” staat er al; het is niet vervangen."); return;
        }
        if (b) delete s.borden[b.id];
        b = nieuwBord(s, g); kies(s, b.id);
        meld("Het bord “" + b.naam + "” is geopend. Je kunt verder waar je was.");
      };
      r.readAsText(bestand);
    }
  }

  // Afdrukken: alle uitklapblokken open, daarna terug zoals het was.
  var dicht = [];
  window.addEventListener("beforeprint", function () {
    if (!document.querySelector("[data-kv-bord]")) return;
    dicht = [].slice.call(document.querySelectorAll("article details:not([open]):not(.kv-uitleg)"));
    dicht.forEach(function (d) { d.setAttribute("open", ""); });
  });
  window.addEventListener("afterprint", function () { dicht.forEach(function (d) { d.removeAttribute("open"); }); dicht = []; });
  // Een ander tabblad wijzigde de borden.
  window.addEventListener("storage", function (e) {
    if (e.key === SLEUTEL && bordUI && document.contains(bordUI.root)) bordUI.ververs();
  });

  window.kvIntervisiebord = init;
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", init); else init();
  if (window.document$ && typeof window.document$.subscribe === "function") window.document$.subscribe(init);
})();
