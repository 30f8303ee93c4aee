"""Markdown → blocks of ``commons.blocks.ResourceBodyBlock``.

Markdown is parsed by markdown-it-py (CommonMark, raw HTML disabled). Top-level
headings become heading blocks (``#`` and ``##`` → h2, deeper → h3); everything
between two headings becomes one paragraph block, in the database HTML of
Wagtail's rich text limited to the body's features: paragraphs, bold, italic,
links and lists.

Nesting is bounded: markdown-it stops descending into lists and quotes after
``MAX_NESTING`` token levels and silently drops what lies deeper, so a text
reaching that depth is refused (``MarkdownNestingError``) rather than cut.
"""

from html import escape

from markdown_it import MarkdownIt

MAX_NESTING = 20
_parser = MarkdownIt("commonmark", {"html": False, "maxNesting": MAX_NESTING})


class MarkdownNestingError(ValueError):
    """Lists or quotes nest so deep that the parser would drop their content."""


# Inline tokens and the database HTML they open or close.
INLINE_TAGS = {
    "strong_open": "<b>",
    "strong_close": "</b>",
    "em_open": "<i>",
    "em_close": "</i>",
    "link_close": "</a>",
    "hardbreak": "<br/>",
    "softbreak": " ",
}
# Block tokens kept as such; the others (blockquote, hr…) only keep their content.
BLOCK_TAGS = {
    "bullet_list_open": "<ul>",
    "bullet_list_close": "</ul>",
    "ordered_list_open": "<ol>",
    "ordered_list_close": "</ol>",
    "list_item_open": "<li>",
    "list_item_close": "</li>",
}


def heading_level(tag):
    return "h2" if tag in ("h1", "h2") else "h3"


def render_inline(children):
    """Database HTML of the inline tokens of one paragraph, heading or list item."""
    html = []
    for token in children or ():
        if token.type in INLINE_TAGS:
            html.append(INLINE_TAGS[token.type])
        elif token.type == "link_open":
            html.append(f'<a href="{escape(token.attrGet("href") or "", quote=True)}">')
        elif token.type == "image":
            # Images are not part of the body's rich text: keep a link to them.
            src = escape(token.attrGet("src") or "", quote=True)
            html.append(f'<a href="{src}">{escape(token.content or src, quote=False)}</a>')
        else:  # text, code_inline and anything else: their text
            html.append(escape(token.content, quote=False))
    return "".join(html)


def plain_text(children):
    return "".join(
        token.content for token in children or () if token.type in ("text", "code_inline")
    ).strip()


class _ParagraphRenderer:
    """Database HTML for the block tokens between two top-level headings."""

    def __init__(self):
        self.html = []
        # For each open list item: whether it already holds some text.
        self.list_items = []

    def feed(self, token):
        if token.type in BLOCK_TAGS:
            self.html.append(BLOCK_TAGS[token.type])
            if token.type == "list_item_open":
                self.list_items.append(False)
            elif token.type == "list_item_close":
                self.list_items.pop()
        elif token.type in ("paragraph_open", "heading_open"):
            self._open_text_block()
        elif token.type in ("paragraph_close", "heading_close"):
            self._close_text_block()
        elif token.type == "inline":
            self.html.append(render_inline(token.children))
        elif token.type in ("code_block", "fence"):
            self._open_text_block()
            lines = token.content.rstrip("\n").split("\n")
            self.html.append("<br/>".join(escape(line, quote=False) for line in lines))
            self._close_text_block()

    def _open_text_block(self):
        if not self.list_items:
            self.html.append("<p>")
        elif self.list_items[-1]:
            self.html.append("<br/>")

    def _close_text_block(self):
        if self.list_items:
            self.list_items[-1] = True
        else:
            self.html.append("</p>")

    def result(self):
        return "".join(self.html)


def parse(text):
    tokens = _parser.parse(text)
    if any(token.level >= MAX_NESTING - 1 for token in tokens):
        raise MarkdownNestingError(text)
    return tokens


def markdown_to_html(text):
    """Database HTML of one rich text (headings read as paragraphs)."""
    renderer = _ParagraphRenderer()
    for token in parse(text):
        renderer.feed(token)
    return renderer.result()


def markdown_to_blocks(text):
    """Raw stream data (``[{"type": …, "value": …}]``) for a Markdown text.

    Raises ``MarkdownNestingError`` when lists or quotes nest too deep to be kept.
    """
    blocks = []
    renderer = _ParagraphRenderer()

    def flush():
        nonlocal renderer
        html = renderer.result()
        if html.strip():
            blocks.append({"type": "paragraph", "value": html})
        renderer = _ParagraphRenderer()

    tokens = parse(text)
    index = 0
    while index < len(tokens):
        token = tokens[index]
        if token.type == "heading_open" and token.level == 0:
            flush()
            heading_text = plain_text(tokens[index + 1].children)
            if heading_text:
                level = heading_level(token.tag)
                blocks.append({"type": "heading", "value": {"text": heading_text, "level": level}})
            index += 3  # heading_open, inline, heading_close
            continue
        renderer.feed(token)
        index += 1
    flush()
    return blocks
