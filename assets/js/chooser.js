/*
 * The language chooser (index.html): marks the choice that matches the browser's preferred
 * languages and gives it the keyboard focus. It only suggests; it never leaves the page, so the
 * reader still chooses, and without JavaScript the page is the same list of links.
 */
(function () {
  "use strict";
  var choices = document.querySelectorAll(".chooser-choice[lang]");
  var wanted = navigator.languages || (navigator.language ? [navigator.language] : []);

  function primary(tag) {
    return String(tag).toLowerCase().split("-")[0];
  }

  for (var w = 0; w < wanted.length; w++) {
    for (var c = 0; c < choices.length; c++) {
      var choice = choices[c];
      if (primary(choice.getAttribute("lang")) === primary(wanted[w])) {
        choice.classList.add("chooser-choice--suggested");
        var link = choice.querySelector("a[href]");
        if (link) {
          link.focus({ preventScroll: true });
        }
        return;
      }
    }
  }
})();
