/* Search autocomplete: progressive enhancement of any search input carrying
 * data-search-autocomplete="<suggestions URL>". Without JavaScript the form simply
 * submits. WAI-ARIA 1.2 combobox with a listbox popup: the arrow keys move through the
 * suggestions, Enter opens the one chosen (or searches what is typed), Escape closes;
 * a polite status says how many there are. The list floats over the page: nothing
 * moves when it opens. */
(function () {
  "use strict";

  var DELAY = 150;
  var MIN_LENGTH = 2;
  var counter = 0;

  function enhance(input) {
    var url = input.getAttribute("data-search-autocomplete");
    if (!url || !window.fetch) return;
    counter += 1;
    var listId = "suggestions-" + counter;
    var hadFocus = document.activeElement === input;
    var box = document.createElement("div");
    box.className = "combobox";
    input.parentNode.insertBefore(box, input);
    box.appendChild(input);
    if (hadFocus) input.focus();
    var list = document.createElement("ul");
    list.id = listId;
    list.className = "combobox__list";
    list.setAttribute("role", "listbox");
    list.setAttribute("aria-label", "Suggestions");
    list.hidden = true;
    var status = document.createElement("p");
    status.className = "visually-hidden";
    status.setAttribute("role", "status");
    box.appendChild(list);
    box.appendChild(status);
    input.setAttribute("role", "combobox");
    input.setAttribute("aria-autocomplete", "list");
    input.setAttribute("aria-expanded", "false");
    input.setAttribute("aria-controls", listId);

    var options = [];
    var active = -1;
    var timer = null;
    var controller = null;
    var asked = "";

    function select(index) {
      if (active >= 0) options[active].element.setAttribute("aria-selected", "false");
      active = index;
      if (index < 0) {
        input.removeAttribute("aria-activedescendant");
        return;
      }
      var element = options[index].element;
      element.setAttribute("aria-selected", "true");
      input.setAttribute("aria-activedescendant", element.id);
      element.scrollIntoView({ block: "nearest" });
    }

    function close() {
      select(-1);
      list.hidden = true;
      input.setAttribute("aria-expanded", "false");
    }

    function open() {
      if (!options.length) return;
      list.hidden = false;
      input.setAttribute("aria-expanded", "true");
    }

    function go(index) {
      window.location.href = options[index].url;
    }

    function option(result, index) {
      var item = document.createElement("li");
      item.id = listId + "-" + index;
      item.className = "combobox__option";
      item.setAttribute("role", "option");
      item.setAttribute("aria-selected", "false");
      var title = document.createElement("span");
      title.textContent = result.title;
      var type = document.createElement("span");
      type.className = "combobox__type";
      type.textContent = result.type;
      var comma = document.createElement("span");
      comma.className = "visually-hidden";
      comma.textContent = ", ";
      item.append(title, comma, type);
      // Keep the focus in the box: a click chooses without blurring it first.
      item.addEventListener("mousedown", function (event) { event.preventDefault(); });
      item.addEventListener("click", function () { go(index); });
      return { element: item, url: result.url };
    }

    function render(results) {
      close();
      list.textContent = "";
      options = results.map(option);
      options.forEach(function (found) { list.appendChild(found.element); });
      var count = options.length;
      status.textContent = count
        ? count + (count > 1 ? " suggestions" : " suggestion") +
          " : flèches haut et bas pour choisir, Entrée pour ouvrir."
        : "Aucune suggestion.";
      if (document.activeElement === input) open();
    }

    function ask() {
      var query = input.value.trim();
      if (query.length < MIN_LENGTH) {
        asked = "";
        options = [];
        list.textContent = "";
        status.textContent = "";
        close();
        return;
      }
      if (query === asked) return;
      asked = query;
      if (controller) controller.abort();
      controller = window.AbortController ? new AbortController() : null;
      fetch(url + "?q=" + encodeURIComponent(query), {
        headers: { Accept: "application/json" },
        signal: controller ? controller.signal : undefined
      })
        .then(function (response) { return response.ok ? response.json() : { results: [] }; })
        .then(function (data) { if (query === asked) render(data.results || []); })
        .catch(function () { /* aborted or offline: the form still works */ });
    }

    input.addEventListener("input", function () {
      clearTimeout(timer);
      timer = setTimeout(ask, DELAY);
    });
    input.addEventListener("keydown", function (event) {
      var count = options.length;
      if (event.key === "ArrowDown" || event.key === "ArrowUp") {
        if (!count) return;
        event.preventDefault();
        if (list.hidden) open();
        var step = event.key === "ArrowDown" ? 1 : -1;
        select(active < 0 && step < 0 ? count - 1 : (active + step + count) % count);
      } else if (event.key === "Escape" && !list.hidden) {
        event.preventDefault();
        close();
      } else if (event.key === "Enter" && !list.hidden && active >= 0) {
        event.preventDefault();
        go(active);
      }
    });
    input.addEventListener("blur", close);
  }

  document.querySelectorAll("[data-search-autocomplete]").forEach(enhance);

  // On a phone the result-kind tabs scroll sideways: bring the current one into view.
  var tab = document.querySelector(".search-tabs [aria-current]");
  if (tab && tab.scrollIntoView) tab.scrollIntoView({ block: "nearest", inline: "nearest" });
})();
