/* Kom verder — filters op /oefeningen/: basisprincipe, met hoeveel mensen jullie zijn, hoe lang.
 * Zonder JavaScript staat de hele lijst er. De keuze staat in het adres (?principe=…&team=8&duur=…),
 * zodat je een gefilterde lijst kunt delen. Na een keuze staan het aantal en de eerste oefening in
 * beeld (ook op een telefoon). De tijden voor een team komen uit team.js. Idempotent. */
(function () {
  "use strict";
  var NAMEN = ["principe", "duur"];
  var team = window.kvTeam;

  function past(li, keuze) {
    if (keuze.principe && li.getAttribute("data-principe") !== keuze.principe) return false;
    if (!team.past(li, keuze.team)) return false;
    if (keuze.duur) {
      var m = team.minuten(li, keuze.team);
      if (!m) return false;
      if (keuze.duur === "20" && m > 20) return false;
      if (keuze.duur === "45" && m > 45) return false;
      if (keuze.duur === "langer" && m <= 45) return false;
    }
    return true;
  }

  function start() {
    var form = document.querySelector("[data-kv-filters]");
    if (!form || form.hasAttribute("data-kv-klaar")) return;
    form.setAttribute("data-kv-klaar", "");
    var items = Array.prototype.slice.call(document.querySelectorAll("[data-kv-oefening]"));
    var aantal = document.querySelector("[data-kv-aantal]");
    var teamVeld = form.querySelector("[data-kv-team]");
    var lijst = document.querySelector("[data-kv-lijst]") || document.body;

    function keuze() {
      var k = { team: team.lees(teamVeld.value, teamVeld) };
      NAMEN.forEach(function (n) {
        var r = form.querySelector('input[name="' + n + '"]:checked');
        k[n] = r ? r.value : "";
      });
      return k;
    }

    /* Na een tik: staan het aantal en de eerste oefening niet in beeld, dan schuift de lijst erheen. */
    function inBeeld() {
      var eerste = lijst.querySelector("[data-kv-oefening]:not([hidden])") || aantal;
      var r = eerste.getBoundingClientRect(), a = aantal.getBoundingClientRect();
      if (a.top < 0 || r.bottom > window.innerHeight) aantal.scrollIntoView({ block: "start" });
    }

    function toon(schrijfAdres) {
      var k = keuze(), n = 0;
      team.toon(lijst, k.team);
      items.forEach(function (li) {
        var ja = past(li, k);
        li.hidden = !ja;
        if (ja) n++;
      });
      if (aantal) {
        aantal.textContent = n === 0 ? "Geen oefening past bij deze keuze. Kies iets anders of wis de filters."
          : (n === 1 ? "1 oefening" : n + " oefeningen");
      }
      if (schrijfAdres) {
        var q = new URLSearchParams(window.location.search);
        NAMEN.concat(["team"]).forEach(function (naam) { if (k[naam]) q.set(naam, k[naam]); else q.delete(naam); });
        var s = q.toString();
        window.history.replaceState(window.history.state, "", window.location.pathname + (s ? "?" + s : "") + window.location.hash);
      }
    }

    function leesAdres() {
      var q = new URLSearchParams(window.location.search);
      NAMEN.forEach(function (naam) {
        var waarde = q.get(naam) || "";
        var r = Array.prototype.filter.call(form.querySelectorAll('input[name="' + naam + '"]'),
          function (i) { return i.value === waarde; })[0];
        if (!r) r = form.querySelector('input[name="' + naam + '"][value=""]');
        if (r) r.checked = true;
      });
      teamVeld.value = team.lees(q.get("team"), teamVeld) || "";
    }

    form.addEventListener("change", function () { toon(true); inBeeld(); });
    teamVeld.addEventListener("input", function () { toon(true); });
    teamVeld.addEventListener("keydown", function (e) { if (e.key === "Enter") { e.preventDefault(); toon(true); inBeeld(); } });
    form.addEventListener("submit", function (e) { e.preventDefault(); });
    var wis = form.querySelector("[data-kv-wis]");
    if (wis) {
      wis.addEventListener("click", function () {
        form.querySelectorAll('input[value=""]').forEach(function (r) { r.checked = true; });
        teamVeld.value = "";
        toon(true);
      });
    }
    leesAdres();
    form.hidden = false;
    toon(false);
  }

  start();
  if (window.document$ && typeof window.document$.subscribe === "function") window.document$.subscribe(start);
})();
