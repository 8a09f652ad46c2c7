/* Kom verder — sessieplanner op /oefeningen/sessie/. Kies oefeningen, zie de agenda met begintijden.
 * Het hele plan staat in het adres: ?o=oefening1,oefening2&start=09:00 (en &naam=… als je een naam geeft,
 * &team=8 als je zegt met hoeveel mensen jullie zijn: dan volgt de tijd van elke oefening uit haar
 * stappen, in de agenda en op de kaarten; team.js zoekt die tijd op).
 * Geen account, geen server, niets in opslag. De gegevens van de oefeningen staan als data-* in de HTML.
 * Idempotent (ook na Material's document$). */
(function () {
  "use strict";
  var TIJD = /^([01]\d|2[0-3]):([0-5]\d)$/;
  var team = window.kvTeam;

  function twee(n) { return (n < 10 ? "0" : "") + n; }
  function klok(min) { min = ((min % 1440) + 1440) % 1440; return twee(Math.floor(min / 60)) + ":" + twee(min % 60); }
  function minuten(tijd) { var m = TIJD.exec(tijd); return m ? parseInt(m[1], 10) * 60 + parseInt(m[2], 10) : null; }
  function duur(min) {
    var u = Math.floor(min / 60), m = min % 60, delen = [];
    if (u) delen.push(u + " uur");
    if (m || !u) delen.push(m + (m === 1 ? " minuut" : " minuten"));
    return delen.join(" en ");
  }
  function el(tag, attrs, tekst) {
    var e = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (k) { e.setAttribute(k, attrs[k]); });
    if (tekst) e.textContent = tekst;
    return e;
  }

  function start() {
    var app = document.querySelector("[data-kv-sessie]");
    if (!app || app.hasAttribute("data-kv-klaar")) return;
    app.setAttribute("data-kv-klaar", "");

    var oefeningen = {}, volgordeLijst = [];
    app.querySelectorAll("[data-kv-keuze]").forEach(function (li) {
      var id = li.getAttribute("data-kv-keuze");
      oefeningen[id] = {
        id: id, li: li, vak: li.querySelector("input[type=checkbox]"),
        titel: li.getAttribute("data-titel"), principe: li.getAttribute("data-principe"),
        url: li.getAttribute("data-url")
      };
      volgordeLijst.push(id);
    });
    var naamVeld = document.getElementById("kv-sessie-naam");
    var startVeld = document.getElementById("kv-sessie-start");
    var teamVeld = document.getElementById("kv-sessie-team");
    var tabel = app.querySelector("[data-kv-agenda]"), rijen = app.querySelector("[data-kv-rijen]");
    var leeg = app.querySelector("[data-kv-leeg]"), totaal = app.querySelector("[data-kv-totaal]");
    var kop = app.querySelector("[data-kv-agenda-kop]");
    var kaarten = document.querySelector("[data-kv-kaarten]");

    // Het plan uit het adres: alleen oefeningen die bestaan, elk één keer.
    var q = new URLSearchParams(window.location.search);
    var plan = { ids: [], start: TIJD.test(q.get("start") || "") ? q.get("start") : "09:00", naam: (q.get("naam") || "").slice(0, 80),
      team: team.lees(q.get("team"), teamVeld) };
    (q.get("o") || "").split(",").forEach(function (id) {
      id = id.trim();
      if (oefeningen[id] && plan.ids.indexOf(id) < 0) plan.ids.push(id);
    });

    function schrijfAdres() {
      var delen = [];
      if (plan.ids.length) delen.push("o=" + plan.ids.map(encodeURIComponent).join(","));
      delen.push("start=" + plan.start);
      if (plan.team) delen.push("team=" + plan.team);
      if (plan.naam) delen.push("naam=" + encodeURIComponent(plan.naam));
      window.history.replaceState(window.history.state, "", window.location.pathname + "?" + delen.join("&"));
    }

    function verplaats(i, stap, focusActie) {
      var j = i + stap;
      if (j < 0 || j >= plan.ids.length) return;
      var id = plan.ids[i];
      plan.ids[i] = plan.ids[j];
      plan.ids[j] = id;
      toon(true);
      var knop = rijen.querySelector('tr[data-id="' + id + '"] [data-actie="' + focusActie + '"]');
      if (knop && !knop.disabled) knop.focus();
      else { var ander = rijen.querySelector('tr[data-id="' + id + '"] button:not([disabled])'); if (ander) ander.focus(); }
    }

    function knop(tekst, actie, titel, uit) {
      var b = el("button", { type: "button", "class": "md-button kv-knop kv-knop--klein", "data-actie": actie,
        "aria-label": tekst + ": " + titel }, tekst);
      if (uit) b.disabled = true;
      return b;
    }

    function toon(schrijf) {
      var begin = minuten(plan.start), t = begin, som = 0;
      rijen.textContent = "";
      team.toon(document, plan.team);
      plan.ids.forEach(function (id, i) {
        var o = oefeningen[id];
        o.minuten = team.minuten(o.li, plan.team);
        var tr = el("tr", { "data-id": id });
        tr.appendChild(el("td", { "class": "kv-agenda__tijd" }, klok(t) + "–" + klok(t + o.minuten)));
        var td = el("td");
        td.appendChild(el("a", { href: o.url + (plan.team ? "?team=" + plan.team : "") }, o.titel));  // begeleid.js telt dan voor dit team
        td.appendChild(el("span", { "class": "kv-klein kv-agenda__principe" }, o.principe));
        var acties = el("div", { "class": "kv-geen-print kv-agenda__acties" });
        acties.appendChild(knop("Eerder", "eerder", o.titel, i === 0));
        acties.appendChild(knop("Later", "later", o.titel, i === plan.ids.length - 1));
        acties.appendChild(knop("Weg", "weg", o.titel, false));
        td.appendChild(acties);
        tr.appendChild(td);
        // dezelfde tijd als bij de oefening en op haar kaart; de klok rekent met de langste tijd
        var duurTekst = o.li.querySelector('[data-kv-feit="duur"]');
        tr.appendChild(el("td", { "class": "kv-agenda__duur" }, duurTekst ? duurTekst.textContent : o.minuten + " min"));
        rijen.appendChild(tr);
        o.plek = klok(t) + "–" + klok(t + o.minuten);
        t += o.minuten;
        som += o.minuten;
      });
      tabel.hidden = plan.ids.length === 0;
      leeg.hidden = plan.ids.length > 0;
      totaal.textContent = plan.ids.length
        ? "Totaal: " + duur(som) + ". De sessie duurt van " + klok(begin) + " tot " + klok(begin + som) + "."
        : "";
      kop.textContent = plan.naam ? "Agenda: " + plan.naam : "Agenda";
      volgordeLijst.forEach(function (id) {
        var o = oefeningen[id], gekozen = plan.ids.indexOf(id) >= 0;
        o.vak.checked = gekozen;
        // Het antwoord in beeld, bij de oefening die je net aantikte (de agenda staat bovenaan).
        var plek = o.li.querySelector("[data-kv-plek]");
        if (!plek) plek = o.li.appendChild(el("span", { "class": "kv-keuze__plek", "data-kv-plek": "" }));
        plek.textContent = gekozen ? "In de agenda: " + o.plek + " (" + (plan.ids.indexOf(id) + 1) + " van " + plan.ids.length + ")" : "";
      });
      if (kaarten) {
        kaarten.querySelectorAll("[data-kv-kaart]").forEach(function (k) { k.hidden = true; });
        plan.ids.forEach(function (id) {
          var k = kaarten.querySelector('[data-kv-kaart="' + id + '"]');
          if (k) { kaarten.appendChild(k); k.hidden = false; }
        });
      }
      if (schrijf) schrijfAdres();
    }

    rijen.addEventListener("click", function (e) {
      var b = e.target.closest("button[data-actie]");
      if (!b) return;
      var id = b.closest("tr").getAttribute("data-id"), i = plan.ids.indexOf(id), actie = b.getAttribute("data-actie");
      if (actie === "eerder") verplaats(i, -1, "eerder");
      else if (actie === "later") verplaats(i, 1, "later");
      else if (actie === "weg") {
        plan.ids.splice(i, 1);
        toon(true);
        var volgende = rijen.querySelectorAll("tr")[Math.min(i, plan.ids.length - 1)];
        var doel = volgende ? volgende.querySelector('[data-actie="weg"]') : oefeningen[id].vak;
        if (doel) doel.focus();
      }
    });
    volgordeLijst.forEach(function (id) {
      oefeningen[id].vak.addEventListener("change", function () {
        var i = plan.ids.indexOf(id);
        if (this.checked && i < 0) plan.ids.push(id);
        if (!this.checked && i >= 0) plan.ids.splice(i, 1);
        toon(true);
      });
    });
    startVeld.value = plan.start;
    naamVeld.value = plan.naam;
    teamVeld.value = plan.team || "";
    teamVeld.addEventListener("input", function () {
      var n = team.lees(teamVeld.value, teamVeld);
      if (n || !teamVeld.value) { plan.team = n; toon(true); }
    });
    function nieuweStart() {
      if (TIJD.test(startVeld.value)) { plan.start = startVeld.value; toon(true); }
    }
    startVeld.addEventListener("change", nieuweStart);
    startVeld.addEventListener("input", nieuweStart);
    naamVeld.addEventListener("input", function () { plan.naam = naamVeld.value.slice(0, 80); toon(true); });

    var zonder = document.querySelector("[data-kv-zonder-js]");
    if (zonder) zonder.hidden = true;
    app.hidden = false;
    toon(false);
  }

  start();
  if (window.document$ && typeof window.document$.subscribe === "function") window.document$.subscribe(start);
})();
