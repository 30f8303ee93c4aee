/* Search autocomplete: progressive enhancement of any search input carrying
 * data-search-autocomplete="<suggestions URL>". Without JavaScript, the form
 * simply submits. Follows the ARIA 1.2 combobox pattern (list of links). */
(function () {
  "use strict";

  var DELAY = 200;
  var MIN_LENGTH = 2;
  var counter = 0;

  function enhance(input) {
    var url = input.getAttribute("data-search-autocomplete");
    if (!url || !window.fetch) return;
    counter += 1;
    var listId = "suggestions-" + counter;
    var list = document.createElement("ul");
    list.id = listId;
    list.className = "search-suggestions";
    list.setAttribute("role", "listbox");
    list.setAttribute("aria-label", "Suggestions");
    list.hidden = true;
    var status = document.createElement("p");
    status.className = "visually-hidden";
    status.setAttribute("role", "status");
    input.insertAdjacentElement("afterend", list);
    list.insertAdjacentElement("afterend", status);
    input.setAttribute("role", "combobox");
    input.setAttribute("aria-autocomplete", "list");
    input.setAttribute("aria-expanded", "false");
    input.setAttribute("aria-controls", listId);

    var timer = null;
    var controller = null;
    var active = -1;

    function close() {
      list.hidden = true;
      list.innerHTML = "";
      active = -1;
      input.setAttribute("aria-expanded", "false");
      input.removeAttribute("aria-activedescendant");
    }

    function render(results) {
      list.innerHTML = "";
      active = -1;
      results.forEach(function (result, index) {
        var item = document.createElement("li");
        item.id = listId + "-" + index;
        item.setAttribute("role", "option");
        var link = document.createElement("a");
        link.href = result.url;
        link.tabIndex = -1;
        link.textContent = result.title;
        var type = document.createElement("span");
        type.className = "search-suggestions__type";
        type.textContent = " — " + result.type;
        link.appendChild(type);
        item.appendChild(link);
        list.appendChild(item);
      });
      var count = results.length;
      status.textContent = count
        ? count + (count > 1 ? " suggestions disponibles" : " suggestion disponible")
        : "";
      list.hidden = count === 0;
      input.setAttribute("aria-expanded", count ? "true" : "false");
    }

    function move(step) {
      var items = list.querySelectorAll("[role=option]");
      if (!items.length) return;
      if (active >= 0) items[active].removeAttribute("aria-selected");
      active = (active + step + items.length) % items.length;
      items[active].setAttribute("aria-selected", "true");
      input.setAttribute("aria-activedescendant", items[active].id);
    }

    function fetchSuggestions() {
      var query = input.value.trim();
      if (query.length < MIN_LENGTH) { close(); return; }
      if (controller) controller.abort();
      controller = window.AbortController ? new AbortController() : null;
      fetch(url + "?q=" + encodeURIComponent(query), {
        headers: { Accept: "application/json" },
        signal: controller ? controller.signal : undefined
      })
        .then(function (response) { return response.ok ? response.json() : { results: [] }; })
        .then(function (data) { render(data.results || []); })
        .catch(function () { /* aborted or offline: the form still works */ });
    }

    input.addEventListener("input", function () {
      clearTimeout(timer);
      timer = setTimeout(fetchSuggestions, DELAY);
    });
    input.addEventListener("keydown", function (event) {
      if (list.hidden) return;
      if (event.key === "ArrowDown") { event.preventDefault(); move(1); }
      else if (event.key === "ArrowUp") { event.preventDefault(); move(-1); }
      else if (event.key === "Escape") { close(); }
      else if (event.key === "Enter" && active >= 0) {
        event.preventDefault();
        window.location.href = list.querySelectorAll("[role=option] a")[active].href;
      }
    });
    input.addEventListener("blur", function () { setTimeout(close, 150); });
  }

  document.querySelectorAll("[data-search-autocomplete]").forEach(enhance);
})();
