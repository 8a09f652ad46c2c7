// Verras me: open een willekeurig verhaal uit de lijst op deze pagina (/verras-me/).
// Zonder JavaScript blijft de pagina gewoon de lijst met alle verhalen.
// location.replace: met "terug" kom je op de pagina waar je "Verras me" koos, niet hier.
// Liefst een verhaal met de hele tekst: een samenvatting van een verloren opname
// (data-kv-samenvatting) alleen als er niets anders is.
(function () {
  "use strict";
  var links = Array.prototype.slice.call(document.querySelectorAll(".kv-verras-lijst a[href]"));
  var others = links.filter(function (a) { return a.href !== document.referrer; });
  var choice = others.length ? others : links;
  var full = choice.filter(function (a) { return !a.hasAttribute("data-kv-samenvatting"); });
  if (full.length) choice = full;
  if (choice.length) {
    location.replace(choice[Math.floor(Math.random() * choice.length)].href);
  }
})();
