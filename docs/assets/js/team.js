/* Kom verder — een oefening voor een team van n mensen. De build rekent alles uit
 * (hooks/komverder/exercises.py): data-tijden op een duur (data-kv-feit="duur") is de tijd voor
 * 1, 2, 3 … mensen; data-minstens en data-werkvorm zeggen of de oefening past. Dit script rekent
 * niets zelf uit: het zoekt de tijd op. Gebruikt door oefeningen.js en sessie.js. */
(function () {
  "use strict";
  if (window.kvTeam) return;

  function tijd(span, n) {
    var t = (span.getAttribute("data-tijden") || "").split(" ");
    if (!n || !t[n - 1]) return null;
    var d = t[n - 1].split("-");
    return { tekst: d.join("–") + " min", minuten: parseInt(d[d.length - 1], 10) };
  }

  window.kvTeam = {
    /* Het getal in het veld of in het adres: 1 tot en met max, anders 0 (geen team gekozen). */
    lees: function (waarde, veld) {
      var s = String(waarde || "").trim(), n = parseInt(s, 10), max = parseInt(veld && veld.max, 10) || 30;
      return /^\d+$/.test(s) && n >= 1 && n <= max ? n : 0;
    },
    /* Zet bij elke duur in root de tijd voor n mensen (0: de tijd van de pagina zelf). */
    toon: function (root, n) {
      root.querySelectorAll('[data-kv-feit="duur"][data-tijden]').forEach(function (s) {
        if (!s.hasAttribute("data-vast")) s.setAttribute("data-vast", s.textContent);
        var t = tijd(s, n);
        s.textContent = t ? t.tekst : s.getAttribute("data-vast");
      });
    },
    /* Hoeveel minuten de oefening (li) duurt voor n mensen: de langste tijd. */
    minuten: function (li, n) {
      var s = li.querySelector('[data-kv-feit="duur"]'), t = s && tijd(s, n);
      return t ? t.minuten : (parseInt(li.getAttribute("data-minuten"), 10) || 0);
    },
    /* Kan een team van n mensen de oefening doen? (Alleen: ieder voor zich, dus altijd.) */
    past: function (li, n) {
      return !n || li.getAttribute("data-werkvorm") === "alleen" || n >= parseInt(li.getAttribute("data-minstens"), 10);
    }
  };
})();
