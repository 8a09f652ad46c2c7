/* Kom verder — Material's own script after the page has loaded.
 *
 * A page shows itself with HTML and CSS only. Material's script (search, the light/dark
 * toggle, "terug naar boven", copy buttons) is the largest file of a page (35 KiB gzip); it
 * loads once the page has loaded, with the search index after it. That keeps the first visit
 * of every page under its weight budget (tests/browser/test_budget.py) and the phone's CPU
 * free while the page appears.
 *
 * overrides/main.html puts this file where Material's script tag was, with the script's
 * address in data-bundle (hooks/page_weight.py finds it in the theme).
 */
(function () {
  "use strict";
  var me = document.currentScript;
  var src = me && me.getAttribute("data-bundle");
  if (!src) return;

  // Material hides its search button until its script says JavaScript works; it is on its way,
  // so show the button now instead of letting the header jump later.
  document.documentElement.classList.remove("no-js");
  document.documentElement.classList.add("js");

  // Light or dark as the phone is set, now. Material's inline script only applies a choice the
  // reader made before; the phone's own setting is applied by its script, which comes after
  // load: until then a phone in dark mode got the light page.
  var chosen = typeof window.__md_get === "function" ? window.__md_get("__palette") : null;
  if (!(chosen && chosen.color)) {
    var options = document.querySelectorAll("form[data-md-component=palette] input[data-md-color-media]");
    for (var i = 0; i < options.length; i++) {
      var media = options[i].getAttribute("data-md-color-media");
      if (media && window.matchMedia(media).matches) {
        ["scheme", "primary", "accent"].forEach(function (key) {
          var value = options[i].getAttribute("data-md-color-" + key);
          if (value) document.body.setAttribute("data-md-color-" + key, value);
        });
        break;
      }
    }
  }

  function start() {
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
  }

  if (document.readyState === "complete") start();
  else window.addEventListener("load", start, { once: true });
})();
