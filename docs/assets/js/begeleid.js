/* Kom verder — begeleid een oefening: één stap per scherm, in grote letters, met een klok per stap.
 * De stappen en hun minuten staan op de pagina (de tijdlijn: data-kv-stap-anker, data-minuten, uit
 * hooks/komverder/exercises.py); dit script laat ze één voor één zien. Het werkt offline zoals elke
 * pagina: er wordt niets opgehaald. Met ?team=8 in het adres telt een stap per persoon voor 8 mensen.
 * Idempotent. */
(function () {
  "use strict";

  function mmss(s) { s = Math.max(0, s); return Math.floor(s / 60) + ":" + (s % 60 < 10 ? "0" : "") + (s % 60); }

  /* De kop van een stap en alles erna tot de volgende kop van hetzelfde niveau. */
  function inhoud(kop) {
    var frag = document.createDocumentFragment(), el = kop.nextElementSibling;
    var h = kop.cloneNode(true);
    h.removeAttribute("id");
    frag.appendChild(h);
    while (el && !/^H[12]$/.test(el.tagName) && !el.matches("nav, .kv-struinen")) {
      var c = el.cloneNode(true);
      c.querySelectorAll("[id]").forEach(function (x) { x.removeAttribute("id"); });
      if (c.id) c.removeAttribute("id");
      frag.appendChild(c);
      el = el.nextElementSibling;
    }
    return frag;
  }

  function start() {
    var scherm = document.querySelector("[data-kv-begeleid]");
    var knop = document.querySelector("[data-kv-begeleid-start]");
    if (!scherm || !knop || scherm.hasAttribute("data-kv-klaar")) return;
    scherm.setAttribute("data-kv-klaar", "");
    // ?team=8 in het adres: een stap per persoon duurt dan zo lang als bij 8 mensen (data-tijden).
    var team = parseInt(new URLSearchParams(window.location.search).get("team"), 10) || 0;
    var stappen = Array.prototype.map.call(document.querySelectorAll("[data-kv-tijdlijn] [data-kv-stap-anker]"), function (li) {
      var tijden = (li.getAttribute("data-tijden") || "").split(" "), min = team && tijden[team - 1];
      return { kop: document.getElementById(li.getAttribute("data-kv-stap-anker")),
               seconden: (parseInt(min || li.getAttribute("data-minuten"), 10) || 0) * 60 };
    }).filter(function (s) { return s.kop; });
    if (!stappen.length) return;

    var teller = scherm.querySelector("[data-kv-teller]"), plek = scherm.querySelector("[data-kv-stap]");
    var klok = scherm.querySelector("[data-kv-klok]"), klokKnop = scherm.querySelector("[data-kv-klokknop]");
    var vorige = scherm.querySelector("[data-kv-vorige]"), volgende = scherm.querySelector("[data-kv-volgende]");
    var sluit = scherm.querySelector("[data-kv-sluit]");
    var nu = 0, over = 0, loopt = null;

    function toonKlok() {
      klok.textContent = mmss(over);
      klok.classList.toggle("kv-begeleid__tijd--om", over <= 0 && stappen[nu].seconden > 0);
    }
    function stop() {
      if (loopt) window.clearInterval(loopt);
      loopt = null;
      klokKnop.textContent = over < stappen[nu].seconden ? "Ga verder met de tijd" : "Start de tijd";
    }
    function tik() {
      over -= 1;
      toonKlok();
      if (over <= 0) { stop(); klokKnop.textContent = "Start de tijd opnieuw"; teller.textContent = teller.textContent.split(" · ")[0] + " · De tijd is om"; }
    }
    function toon(i) {
      stop();
      nu = Math.max(0, Math.min(stappen.length - 1, i));
      over = stappen[nu].seconden;
      plek.textContent = "";
      plek.appendChild(inhoud(stappen[nu].kop));
      teller.textContent = "Stap " + (nu + 1) + " van " + stappen.length;
      klokKnop.hidden = stappen[nu].seconden === 0;
      klokKnop.textContent = "Start de tijd";
      klok.parentNode.hidden = stappen[nu].seconden === 0;
      vorige.disabled = nu === 0;
      volgende.disabled = nu === stappen.length - 1;
      toonKlok();
      scherm.scrollTop = 0;
    }
    function open() {
      scherm.hidden = false;
      document.documentElement.classList.add("kv-begeleid-open");
      toon(0);
      scherm.focus();
    }
    function dicht() {
      stop();
      scherm.hidden = true;
      document.documentElement.classList.remove("kv-begeleid-open");
      knop.focus();
    }

    klokKnop.addEventListener("click", function () {
      if (loopt) { stop(); return; }
      if (over <= 0) over = stappen[nu].seconden;
      loopt = window.setInterval(tik, 1000);
      klokKnop.textContent = "Zet de tijd stil";
      teller.textContent = "Stap " + (nu + 1) + " van " + stappen.length;
    });
    vorige.addEventListener("click", function () { toon(nu - 1); });
    volgende.addEventListener("click", function () { toon(nu + 1); });
    sluit.addEventListener("click", dicht);
    scherm.addEventListener("keydown", function (e) {
      if (e.key === "Escape") dicht();
      else if (e.key === "ArrowRight" && e.target.tagName !== "INPUT") toon(nu + 1);
      else if (e.key === "ArrowLeft" && e.target.tagName !== "INPUT") toon(nu - 1);
    });
    knop.addEventListener("click", open);
    knop.hidden = false;
  }

  start();
  if (window.document$ && typeof window.document$.subscribe === "function") window.document$.subscribe(start);
})();
