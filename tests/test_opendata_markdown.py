"""Markdown ↔ body blocks: the conversion rules and their round trip on any text."""

from html import escape

from hypothesis import given, settings
from hypothesis import strategies as st

from opendata.markdown_in import markdown_to_blocks
from opendata.markdown_out import rich_text_to_markdown


def test_headings_map_to_h2_and_h3_and_split_paragraph_blocks():
    blocks = markdown_to_blocks("# Un\n\ntexte\n\n## Deux\n\n### Trois\n\n#### Quatre\n\nfin")
    assert blocks == [
        {"type": "heading", "value": {"text": "Un", "level": "h2"}},
        {"type": "paragraph", "value": "<p>texte</p>"},
        {"type": "heading", "value": {"text": "Deux", "level": "h2"}},
        {"type": "heading", "value": {"text": "Trois", "level": "h3"}},
        {"type": "heading", "value": {"text": "Quatre", "level": "h3"}},
        {"type": "paragraph", "value": "<p>fin</p>"},
    ]


def test_raw_html_is_text_not_markup():
    blocks = markdown_to_blocks('<script>alert("x")</script>\n\n<a href="javascript:x">y</a>')
    html = blocks[0]["value"]
    assert "<script>" not in html and "<a " not in html
    assert "&lt;script&gt;" in html


def test_dangerous_link_targets_are_not_links():
    assert markdown_to_blocks("[clic](javascript:alert(1))") == [
        {"type": "paragraph", "value": "<p>[clic](javascript:alert(1))</p>"}
    ]


def test_nested_and_loose_lists_code_and_quotes():
    text = "- a\n\n- b\n  - b1\n\n> cité\n\n```\nx < y\n```"
    assert markdown_to_blocks(text) == [
        {
            "type": "paragraph",
            "value": (
                "<ul><li>a</li><li>b<ul><li>b1</li></ul></li></ul><p>cité</p><p>x &lt; y</p>"
            ),
        }
    ]


WORD = st.text(
    alphabet=st.sampled_from(
        list("abcdeéèàçôXYZ0123456789") + list("*_[]()#<>&\\`!-+.=~|\"':;/?%")
    ),
    min_size=1,
    max_size=8,
)
PLAIN = st.lists(WORD, min_size=1, max_size=6).map(" ".join)


def segment():
    link = st.builds(
        lambda text, path: f'<a href="https://example.org/{path}">{escape(text, quote=False)}</a>',
        PLAIN,
        st.from_regex(r"[a-z0-9\-/]{0,12}", fullmatch=True),
    )
    styled = st.builds(
        lambda tag, text: f"<{tag}>{escape(text, quote=False)}</{tag}>",
        st.sampled_from("bi"),
        PLAIN,
    )
    return st.one_of(PLAIN.map(lambda t: escape(t, quote=False)), link, styled)


INLINE = st.lists(segment(), min_size=1, max_size=5).map(" ".join)
PARAGRAPH = INLINE.map(lambda inline: f"<p>{inline}</p>")
LIST = st.builds(
    lambda tag, items: f"<{tag}>{''.join(f'<li>{item}</li>' for item in items)}</{tag}>",
    st.sampled_from(["ul", "ol"]),
    st.lists(INLINE, min_size=1, max_size=4),
)


def no_adjacent_lists(blocks):
    # Two lists in a row are one list in Markdown, as in the editor.
    return not any(
        a.startswith(("<ul>", "<ol>")) and b.startswith(("<ul>", "<ol>"))
        for a, b in zip(blocks, blocks[1:], strict=False)
    )


@settings(max_examples=300, deadline=None)
@given(
    st.lists(st.one_of(PARAGRAPH, LIST), min_size=1, max_size=4)
    .filter(no_adjacent_lists)
    .map("".join)
)
def test_rich_text_survives_a_markdown_round_trip(html):
    markdown = rich_text_to_markdown(html, "https://communs.example/")
    assert markdown_to_blocks(markdown) == [{"type": "paragraph", "value": html}]
