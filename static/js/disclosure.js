// Disclosures that are panels on a wide screen (the menu, the search filters): CSS shows
// their content there through ::details-content; browsers without it get them opened here.
// On a phone they stay closed until asked. Without JavaScript they all still work.
(function () {
  var panels = document.querySelectorAll("details[data-open-wide]");
  function sync() {
    panels.forEach(function (details) {
      var minWidth = details.getAttribute("data-open-wide") || "40em";
      if (window.matchMedia("(min-width: " + minWidth + ")").matches) details.open = true;
    });
  }
  sync();
  window.addEventListener("resize", sync);
})();
