"""Checks run inside the page: document structure, labels, images, overflow, page weight."""

# Returns a list of problems (empty when the page is fine). Hidden elements are ignored.
STRUCTURE_JS = r"""
() => {
  const problems = [];
  const visible = (el) => !!(el.offsetWidth || el.offsetHeight || el.getClientRects().length);
  if (document.documentElement.getAttribute("lang") !== "fr") problems.push("lang n'est pas fr");
  const title = document.title.trim();
  const pageTitle = title.replace(/\s*—\s*Communs$/, "").trim();
  if (!title.endsWith("Communs") || pageTitle.length < 3) problems.push(`titre vide : «${title}»`);
  const h1s = [...document.querySelectorAll("h1")];
  if (h1s.length !== 1) problems.push(`${h1s.length} h1`);
  else if (!h1s[0].textContent.trim()) problems.push("h1 vide");
  let previous = 0;
  for (const heading of document.querySelectorAll("h1, h2, h3, h4, h5, h6")) {
    const level = Number(heading.tagName[1]);
    if (previous && level > previous + 1)
      problems.push(`titre h${level} après h${previous} : «${heading.textContent.trim()}»`);
    if (!heading.textContent.trim()) problems.push(`titre h${level} vide`);
    previous = level;
  }
  const fields = document.querySelectorAll(
    "input:not([type=hidden]):not([type=submit]):not([type=button]):not([type=reset]),"
    + " select, textarea");
  for (const field of fields) {
    const labelled = (field.labels && [...field.labels].some((l) => l.textContent.trim()))
      || field.getAttribute("aria-label") || field.getAttribute("aria-labelledby");
    if (!labelled) problems.push(`champ sans étiquette : ${field.outerHTML.slice(0, 120)}`);
  }
  for (const img of document.querySelectorAll("img")) {
    const decorative = img.getAttribute("role") === "presentation"
      || img.closest("[aria-hidden=true]");
    if (!img.hasAttribute("alt") && !decorative)
      problems.push(`image sans alt : ${img.currentSrc || img.src}`);
  }
  for (const button of document.querySelectorAll("button, a[href]")) {
    if (!visible(button)) continue;
    const name = (button.textContent + (button.getAttribute("aria-label") || "")).trim();
    const img = button.querySelector("img[alt]:not([alt=''])");
    if (!name && !img)
      problems.push(`lien ou bouton sans intitulé : ${button.outerHTML.slice(0, 120)}`);
  }
  const ids = {};
  for (const el of document.querySelectorAll("[id]")) ids[el.id] = (ids[el.id] || 0) + 1;
  for (const [id, count] of Object.entries(ids))
    if (count > 1) problems.push(`id en double : ${id}`);
  return problems;
}
"""

# Images: responsive renditions (srcset) and lazy loading below the fold.
IMAGES_JS = r"""
() => {
  const problems = [];
  const fold = window.innerHeight;
  for (const img of document.querySelectorAll("main img")) {
    const source = img.closest("picture")?.querySelector("source[srcset]");
    if (!img.srcset && !source) problems.push(`image sans déclinaisons (srcset) : ${img.src}`);
    const top = img.getBoundingClientRect().top + window.scrollY;
    if (top > fold && img.loading !== "lazy")
      problems.push(`image sous la ligne de flottaison non différée : ${img.src}`);
  }
  return problems;
}
"""

# Horizontal overflow: at 200 % zoom (or 320-360 px), nothing may need a horizontal scroll.
OVERFLOW_JS = r"""
() => {
  const width = document.documentElement.clientWidth;
  const wide = [];
  for (const el of document.querySelectorAll("body *")) {
    const rect = el.getBoundingClientRect();
    if (rect.width && rect.right > width + 1 && getComputedStyle(el).position !== "fixed"
        && !el.closest(".visually-hidden, .skip-link, pre, table, [hidden]")) {
      wide.push(`${el.tagName.toLowerCase()}.${el.className} (${Math.round(rect.right)} px)`);
    }
  }
  return {scrollWidth: document.documentElement.scrollWidth, width, wide: wide.slice(0, 5)};
}
"""

# Motion: with prefers-reduced-motion, no animation or transition may run.
MOTION_JS = r"""
() => {
  const moving = [];
  const seconds = (value) => Math.max(...value.split(",").map((v) => parseFloat(v) || 0));
  for (const el of document.querySelectorAll("*")) {
    const style = getComputedStyle(el);
    if (seconds(style.animationDuration) > 0.01 && style.animationName !== "none")
      moving.push(`animation sur ${el.tagName.toLowerCase()}.${el.className}`);
    if (seconds(style.transitionDuration) > 0.01)
      moving.push(`transition sur ${el.tagName.toLowerCase()}.${el.className}`);
  }
  if (getComputedStyle(document.documentElement).scrollBehavior === "smooth")
    moving.push("défilement animé");
  return moving.slice(0, 10);
}
"""

# Text resources counted in the page weight (images and media excluded).
TEXT_RESOURCE_TYPES = {"document", "stylesheet", "script", "font", "fetch", "xhr"}
WEIGHT_LIMIT = 100 * 1024


class WeightRecorder:
    """Records the responses of a page load; ``text_bytes()`` sums HTML + CSS + JS transferred."""

    def __init__(self, page):
        self.responses = []
        page.on("response", lambda response: self.responses.append(response))

    def text_bytes(self):
        total = 0
        details = []
        for response in self.responses:
            if response.request.resource_type not in TEXT_RESOURCE_TYPES:
                continue
            sizes = response.request.sizes()
            size = sizes["responseBodySize"] + sizes["responseHeadersSize"]
            total += size
            details.append((response.url, size))
        return total, details

    def image_bytes(self):
        return sum(
            r.request.sizes()["responseBodySize"]
            for r in self.responses
            if r.request.resource_type == "image"
        )
