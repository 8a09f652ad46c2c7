/* Kom verder — "Kopieer link" en "Print" op oefeningen, de sessieplanner en de pagina voor leidinggevenden.
 * Knoppen: [data-kv-kopieer="adres"] (met data-kv-met-zoek komt ?… van deze pagina erachter) en [data-kv-print].
 * Ze staan verborgen in de HTML en worden pas getoond als dit script draait. Idempotent. */
(function () {
  "use strict";

  function melding(knop, tekst) {
    var blok = knop.closest(".kv-acties, li, p, div");
    var plek = (blok && blok.querySelector("[data-kv-melding]")) || document.querySelector("[data-kv-melding]");
    if (plek) {
      plek.textContent = "";
      window.setTimeout(function () { plek.textContent = tekst; }, 50);
    }
  }

  function kopieerOud(tekst) {
    var veld = document.createElement("textarea");
    veld.value = tekst;
    veld.setAttribute("readonly", "");
    veld.className = "kv-verborgen";
    document.body.appendChild(veld);
    veld.select();
    var gelukt = false;
    try { gelukt = document.execCommand("copy"); } catch (e) { gelukt = false; }
    document.body.removeChild(veld);
    return gelukt;
  }

  function kopieer(knop) {
    var adres = knop.getAttribute("data-kv-kopieer");
    if (knop.hasAttribute("data-kv-met-zoek")) adres += window.location.search;
    var klaar = function () { melding(knop, "Link gekopieerd: " + adres); };
    var mislukt = function () {
      if (kopieerOud(adres)) klaar();
      else melding(knop, "Kopiëren lukte niet. De link is: " + adres);
    };
    if (navigator.clipboard && navigator.clipboard.writeText) {
      navigator.clipboard.writeText(adres).then(klaar, mislukt);
    } else {
      mislukt();
    }
  }

  function start() {
    document.querySelectorAll("[data-kv-kopieer], [data-kv-print]").forEach(function (knop) {
      if (knop.hasAttribute("data-kv-klaar")) return;
      knop.setAttribute("data-kv-klaar", "");
      knop.hidden = false;
      knop.addEventListener("click", function () {
        if (knop.hasAttribute("data-kv-print")) window.print();
        else kopieer(knop);
      });
    });
  }

  start();
  if (window.document$ && typeof window.document$.subscribe === "function") window.document$.subscribe(start);
})();
