/* Kom verder — filters op /oefeningen/: basisprincipe, met hoeveel mensen, hoe lang.
 * Zonder JavaScript staat de hele lijst er. De keuze staat in het adres (?principe=…&personen=…&duur=…),
 * zodat je een gefilterde lijst kunt delen. Idempotent. */
(function () {
  "use strict";
  var NAMEN = ["principe", "personen", "duur"];

  function past(li, keuze) {
    if (keuze.principe && li.getAttribute("data-principe") !== keuze.principe) return false;
    if (keuze.personen && (" " + li.getAttribute("data-personen") + " ").indexOf(" " + keuze.personen + " ") < 0) return false;
    if (keuze.duur) {
      var m = parseInt(li.getAttribute("data-minuten"), 10);
      if (isNaN(m)) return false;
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

    function keuze() {
      var k = {};
      NAMEN.forEach(function (n) {
        var r = form.querySelector('input[name="' + n + '"]:checked');
        k[n] = r ? r.value : "";
      });
      return k;
    }

    function toon(schrijfAdres) {
      var k = keuze(), n = 0;
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
        NAMEN.forEach(function (naam) { if (k[naam]) q.set(naam, k[naam]); else q.delete(naam); });
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
    }

    form.addEventListener("change", function () { toon(true); });
    form.addEventListener("submit", function (e) { e.preventDefault(); });
    var wis = form.querySelector("[data-kv-wis]");
    if (wis) {
      wis.addEventListener("click", function () {
        form.querySelectorAll('input[value=""]').forEach(function (r) { r.checked = true; });
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
