/* Kom verder — Material's own script when the reader first touches the page.
 *
 * A page shows itself, and can be read, with HTML and CSS only: the menu opens without script
 * (a checkbox), and so do the parts of the page. Material's script (search, the light/dark
 * toggle, "terug naar boven") is the largest file of a page (35 KiB gzip) and keeps a phone's
 * CPU busy for a third of a second after it arrives (Lighthouse, 4x slower CPU); the search
 * index it then fetches is another 70 KiB. A professional on a phone in the train who opens a
 * story to read it needs none of that. So the script loads at the reader's first touch, tap,
 * key or focus — by then it is needed — and before that this file does the two things a reader
 * can see: light or dark as the phone is set, and a working light/dark toggle. An app page
 * (data-start="load") loads Material's script right after load, as before.
 *
 * overrides/main.html puts this file where Material's script tag was, with the script's
 * address in data-bundle (hooks/page_weight.py finds it in the theme).
 */
(function () {
  "use strict";
  var me = document.currentScript;
  var src = me && me.getAttribute("data-bundle");
  if (!src) return;

  // Material hides its search button until its script says JavaScript works; it comes when the
  // reader reaches for it, so show the button now instead of letting the header jump later.
  document.documentElement.classList.remove("no-js");
  document.documentElement.classList.add("js");

  var form = document.querySelector("form[data-md-component=palette]");
  var inputs = form ? form.querySelectorAll("input[data-md-color-media]") : [];
  var labels = form ? form.querySelectorAll("label") : [];

  function running() {
    return window.document$ !== undefined;
  }

  // Light or dark on the page as Material would set it: the body's data-md-color-* attributes,
  // and only the toggle of the current option visible (it switches to the next option).
  function show(index) {
    var input = inputs[index];
    ["scheme", "primary", "accent"].forEach(function (key) {
      var value = input.getAttribute("data-md-color-" + key);
      if (value) document.body.setAttribute("data-md-color-" + key, value);
    });
    for (var i = 0; i < labels.length; i++) labels[i].hidden = i !== index;
  }

  // The reader's earlier choice (Material's inline script applied it already), else the option
  // whose media query matches the phone's setting.
  var chosen = typeof window.__md_get === "function" ? window.__md_get("__palette") : null;
  var current = chosen && typeof chosen.index === "number" && inputs[chosen.index] ? chosen.index : -1;
  if (current < 0) {
    for (var i = 0; i < inputs.length; i++) {
      var media = inputs[i].getAttribute("data-md-color-media");
      if (media && window.matchMedia(media).matches) { current = i; break; }
    }
  }
  if (inputs.length) show(Math.max(0, current));

  // A tap on the toggle before Material runs: switch, and keep the choice where Material looks
  // for it (localStorage, through its own __md_set), so it starts with the same option.
  if (form) {
    form.addEventListener("change", function (event) {
      if (running()) return;
      var index = Array.prototype.indexOf.call(inputs, event.target);
      if (index < 0) return;
      show(index);
      var input = inputs[index];
      if (typeof window.__md_set === "function") {
        window.__md_set("__palette", {
          index: index,
          color: {
            media: input.getAttribute("data-md-color-media"),
            scheme: input.getAttribute("data-md-color-scheme"),
            primary: input.getAttribute("data-md-color-primary"),
            accent: input.getAttribute("data-md-color-accent"),
          },
        });
      }
    });
  }

  // A tap on the search button before Material runs opens the search box (a checkbox, as the
  // menu); put the cursor in it. Material takes over what is typed when it starts.
  var search = document.getElementById("__search");
  if (search) {
    search.addEventListener("change", function () {
      var box = document.querySelector(".md-search__input");
      if (search.checked && box && !running()) box.focus();
    });
  }

  // Enter in the search box before Material runs would send the form and reload the page: keep
  // the query instead; Material answers what is in the box when it starts.
  var searchForm = document.querySelector("form[name=search]");
  if (searchForm) {
    searchForm.addEventListener("submit", function (event) {
      if (running()) return;
      event.preventDefault();
      start();
    });
  }

  var started = false;
  var TRIGGERS = ["pointerdown", "touchstart", "keydown", "focusin", "wheel"];

  function start() {
    if (started) return;
    started = true;
    TRIGGERS.forEach(function (type) { document.removeEventListener(type, start, true); });
    // Material starts when the document fires DOMContentLoaded. That has passed by now, so a
    // listener for it that is added while Material's script loads is called at once (as
    // jQuery's ready() does); every other listener is added as usual.
    var add = document.addEventListener;
    document.addEventListener = function (type, listener) {
      if (type === "DOMContentLoaded" && document.readyState !== "loading" && listener) {
        var event = new Event("DOMContentLoaded");
        setTimeout(function () {
          if (typeof listener === "function") listener.call(document, event);
          else listener.handleEvent(event);
        }, 0);
        return;
      }
      return add.apply(this, arguments);
    };
    var script = document.createElement("script");
    script.src = src;
    script.onload = script.onerror = function () { delete document.addEventListener; };
    document.body.appendChild(script);
    // Material asks for its search worker and index as soon as it runs: assets/js/offline.js
    // lets the service worker fetch those side by side now.
    document.dispatchEvent(new Event("kv-material"));
  }

  // A page opened from a search result (?h=…) highlights the words: Material's script does that.
  // An app page (data-start="load", the intervisiebord) gets everything right after load, so
  // nothing is fetched once the team works in it, offline or not.
  if (/[?&]h=/.test(location.search) || me.getAttribute("data-start") === "load") {
    if (document.readyState === "complete") start();
    else window.addEventListener("load", start, { once: true });
    return;
  }
  TRIGGERS.forEach(function (type) {
    document.addEventListener(type, start, { capture: true, passive: true });
  });
})();
