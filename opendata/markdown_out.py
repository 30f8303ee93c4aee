"""Rich text and StreamField values → Markdown, with absolute links.

The output only uses what ``markdown_in`` reads back (headings, paragraphs, emphasis,
links, lists, hard breaks), so that an export imported again gives the same export.
"""

import re
from html.parser import HTMLParser
from urllib.parse import urljoin

from wagtail import blocks
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.images.blocks import ImageBlock, ImageChooserBlock
from wagtail.rich_text import RichText, expand_db_html

from commons.visibility import document_restriction_label

# Characters that could start Markdown syntax anywhere in a line.
_INLINE_SPECIALS = re.compile(r"([\\`*_\[\]<>#|~])")
_ENTITY_LIKE = re.compile(r"&(?=#?[A-Za-z0-9]+;)")
_ORDERED_MARKER = re.compile(r"^(\d{1,9})([.)])")
_LINE_START_SPECIALS = "-+=>"


def escape_markdown(text):
    """Text escaped so that Markdown reads it back as the same text."""
    text = _INLINE_SPECIALS.sub(r"\\\1", text)
    return _ENTITY_LIKE.sub(r"\\&", text)


def escape_line_start(line):
    match = _ORDERED_MARKER.match(line)
    if match:
        return f"{match[1]}\\{match[2]}{line[match.end() :]}"
    if line[:1] in _LINE_START_SPECIALS:
        return "\\" + line
    return line


def link_destination(url):
    return url.replace(" ", "%20").replace("(", "%28").replace(")", "%29")


def indent(text, prefix):
    return "\n".join(prefix + line if line else line for line in text.split("\n"))


class _RichTextToMarkdown(HTMLParser):
    """Wagtail's display HTML (after ``expand_db_html``) → Markdown blocks."""

    def __init__(self, base_url):
        super().__init__(convert_charrefs=True)
        self.base_url = base_url
        self.blocks = []  # finished top-level blocks
        self.lists = []  # stack of [kind, counter]
        self.list_lines = []  # lines of the current top-level list
        self.line = []  # inline fragments of the current paragraph or list item
        self.links = []

    # Inline content -------------------------------------------------------

    def handle_data(self, data):
        text = re.sub(r"\s+", " ", data)
        if text:
            self.line.append(escape_markdown(text))

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag in ("b", "strong"):
            self.line.append("**")
        elif tag in ("i", "em"):
            self.line.append("*")
        elif tag == "a":
            self.links.append((len(self.line), urljoin(self.base_url, attrs.get("href") or "")))
            self.line.append("[")
        elif tag == "br":
            self.line.append("\\\n")
        elif tag in ("ul", "ol"):
            self._end_line()
            self.lists.append([tag, 0])
        elif tag == "li":
            self._end_line()
            if self.lists:
                self.lists[-1][1] += 1
        elif tag in ("p", "h2", "h3", "h4", "h5", "h6"):
            self._end_line()

    def handle_endtag(self, tag):
        if tag in ("b", "strong"):
            self._close_emphasis("**")
        elif tag in ("i", "em"):
            self._close_emphasis("*")
        elif tag == "a" and self.links:
            start, href = self.links.pop()
            if "".join(self.line[start + 1 :]).strip():
                self.line.append(f"]({link_destination(href)})")
            else:
                del self.line[start]
        elif tag in ("ul", "ol"):
            self._end_line()
            if self.lists:
                self.lists.pop()
            if not self.lists and self.list_lines:
                self.blocks.append("\n".join(self.list_lines))
                self.list_lines = []
        elif tag in ("p", "li", "h2", "h3", "h4", "h5", "h6"):
            self._end_line()

    def _close_emphasis(self, marker):
        # Markdown emphasis cannot start or end with a space: move the spaces out.
        if marker not in self.line:
            return
        start = max(i for i, part in enumerate(self.line) if part == marker)
        inner = "".join(self.line[start + 1 :])
        del self.line[start:]
        if inner.strip():
            leading = inner[: len(inner) - len(inner.lstrip())]
            trailing = inner[len(inner.rstrip()) :]
            self.line.append(f"{leading}{marker}{inner.strip()}{marker}{trailing}")
        else:
            self.line.append(inner)

    # Blocks ---------------------------------------------------------------

    def _end_line(self):
        text = "".join(self.line).strip()
        self.line = []
        if not text:
            return
        text = "\n".join(escape_line_start(line.strip()) for line in text.split("\n"))
        if self.lists:
            kind, counter = self.lists[-1]
            marker = f"{counter}. " if kind == "ol" else "- "
            depth = sum(len("1. ") if k == "ol" else len("- ") for k, _ in self.lists[:-1])
            item = indent(text, " " * (depth + len(marker)))
            self.list_lines.append(" " * depth + marker + item.lstrip())
        else:
            self.blocks.append(text)

    def result(self):
        self._end_line()
        if self.list_lines:
            self.blocks.append("\n".join(self.list_lines))
        return self.blocks


def rich_text_blocks(source, base_url):
    """Markdown blocks (paragraphs, lists) of rich text in Wagtail's database format."""
    if isinstance(source, RichText):
        source = source.source
    converter = _RichTextToMarkdown(base_url)
    converter.feed(expand_db_html(source or ""))
    converter.close()
    return converter.result()


def rich_text_to_markdown(source, base_url):
    """Markdown for rich text in Wagtail's database format; links made absolute."""
    return "\n\n".join(rich_text_blocks(source, base_url))


_LIST_LINE = re.compile(r"^(- |\d+\. )")


def join_as_lines(blocks):
    """Blocks joined by hard line breaks, to live inside one list item.

    Lists cannot follow a hard break: with one, blocks stay separate paragraphs.
    """
    if any(_LIST_LINE.match(block) for block in blocks):
        return "\n\n".join(blocks)
    return "\\\n".join(blocks)


# Blocks of a resource body ------------------------------------------------


def absolute(url, base_url):
    return urljoin(base_url, url or "")


def markdown_link(title, url, base_url):
    return f"[{escape_markdown(str(title))}]({link_destination(absolute(url, base_url))})"


def _with_description(first_line, description):
    return f"{first_line} — {escape_markdown(description)}" if description else first_line


def plain_text_markdown(text):
    """Plain text (a TextBlock, a TextField): its paragraphs, escaped."""
    paragraphs = re.split(r"\n\s*\n", str(text).strip())
    return "\n\n".join(
        escape_line_start(" ".join(escape_markdown(p).split())) for p in paragraphs if p.strip()
    )


def heading_markdown(value, base_url):
    marker = "###" if value.get("level") == "h3" else "##"
    return f"{marker} {escape_markdown(value.get('text', ''))}"


def callout_markdown(value, base_url):
    kind = dict(value.block.child_blocks["kind"].field.choices).get(value.get("kind"), "")
    title = " : ".join(str(part) for part in (kind, value.get("title")) if part)
    parts = [f"**{escape_markdown(title)}**"] if title else []
    return "\n\n".join([*parts, rich_text_to_markdown(value.get("text"), base_url)])


def figure_markdown(value, base_url):
    # A link rather than an image: the body's rich text holds no images.
    image = value.get("image")
    if image is None:
        return ""
    alt = getattr(image, "contextual_alt_text", "") or image.title
    parts = [markdown_link(alt, image.file.url, base_url)]
    if value.get("caption"):
        parts.append(f"*{escape_markdown(value['caption'])}*")
    return "\n\n".join(parts)


def document_link_markdown(title, document, base_url):
    """A link to the document's serve view, saying when the document is restricted."""
    link = markdown_link(title, document.url, base_url)
    restriction = document_restriction_label(document)
    return f"{link} ({escape_markdown(restriction)})" if restriction else link


def document_markdown(value, base_url):
    document = value.get("document")
    if document is None:
        return ""
    link = document_link_markdown(value.get("title") or document.title, document, base_url)
    return _with_description(link, value.get("description"))


def external_link_markdown(value, base_url):
    link = markdown_link(value.get("title") or value.get("url"), value.get("url"), base_url)
    return _with_description(link, value.get("description"))


def video_markdown(value, base_url):
    video = value.get("video")
    url = getattr(video, "url", video) or ""
    parts = [markdown_link(value.get("title") or url, url, base_url)]
    if value.get("transcript"):
        parts.append(plain_text_markdown(value["transcript"]))
    return "\n\n".join(parts)


def quote_markdown(value, base_url):
    text = f"« {' '.join(escape_markdown(value.get('quote', '')).split())} »"
    source = ", ".join(part for part in (value.get("author"), value.get("role")) if part)
    return escape_line_start(f"{text} — {escape_markdown(source)}" if source else text)


def list_item(marker, text):
    """``text`` as one item of a Markdown list, continuation lines indented."""
    return marker + indent(text, " " * len(marker)).lstrip(" ")


def steps_markdown(value, base_url):
    items = []
    for number, step in enumerate(value, start=1):
        lines = [f"**{escape_markdown(step.get('title', ''))}**"]
        lines += rich_text_blocks(step.get("text"), base_url)
        items.append(list_item(f"{number}. ", join_as_lines(lines)))
    return join_list_items(items)


def join_list_items(items):
    # A blank line inside an item makes the whole list loose: separate items alike.
    return ("\n\n" if any("\n\n" in item for item in items) else "\n").join(items)


# Renderers of the body's block types, by block name.
BODY_BLOCK_RENDERERS = {
    "heading": heading_markdown,
    "paragraph": rich_text_to_markdown,
    "steps": steps_markdown,
    "callout": callout_markdown,
    "image": figure_markdown,
    "document": document_markdown,
    "link": external_link_markdown,
    "video": video_markdown,
    "quote": quote_markdown,
}


def body_to_markdown(stream_value, base_url):
    """Markdown of a resource body (``ResourceBodyBlock``)."""
    parts = []
    for child in stream_value:
        render = BODY_BLOCK_RENDERERS.get(child.block_type)
        if render:
            text = render(child.value, base_url)
        else:
            text = item_markdown(child.block, child.value, base_url)
        if text:
            parts.append(text)
    return "\n\n".join(parts)


# The other StreamFields of a resource (ingredients, steps, run-through…) ---


def inline_value_markdown(block, value, base_url):
    """A short value (text, number, choice, link) on one line."""
    if value in (None, "", False):
        return ""
    if isinstance(block, blocks.BooleanBlock):
        return escape_markdown(str(block.label))
    if isinstance(block, blocks.ChoiceBlock):
        return escape_markdown(str(dict(block.field.choices).get(value, value)))
    if isinstance(block, DocumentChooserBlock):
        return document_link_markdown(value.title, value, base_url)
    if isinstance(block, ImageChooserBlock | ImageBlock):
        return markdown_link(value.title, value.file.url, base_url)
    if isinstance(block, blocks.DecimalBlock | blocks.FloatBlock):
        return format(float(value), "g")
    if isinstance(block, blocks.URLBlock):
        return markdown_link(value, value, base_url)
    return " ".join(escape_markdown(str(value)).split())


def item_markdown(block, value, base_url):
    """One item of a list: its short values on a line (the first in bold), then its rich text."""
    if isinstance(block, blocks.RichTextBlock):
        return join_as_lines(rich_text_blocks(value, base_url))
    if not isinstance(block, blocks.StructBlock):
        return escape_line_start(inline_value_markdown(block, value, base_url))
    inline, rich = [], []
    for name, child_block in block.child_blocks.items():
        if isinstance(child_block, blocks.RichTextBlock):
            rich += rich_text_blocks(value.get(name), base_url)
        elif text := inline_value_markdown(child_block, value.get(name), base_url):
            inline.append(text)
    head = [f"**{inline[0]}**" + "".join(f" — {part}" for part in inline[1:])] if inline else []
    return join_as_lines(head + rich)


def stream_list_markdown(stream_value, base_url, ordered=False):
    """A StreamField of repeated items as a Markdown list, numbered if ``ordered``."""
    items = [item_markdown(child.block, child.value, base_url) for child in stream_value]
    items = [item for item in items if item]
    markers = [f"{n}. " if ordered else "- " for n in range(1, len(items) + 1)]
    return join_list_items([list_item(m, item) for m, item in zip(markers, items, strict=True)])
