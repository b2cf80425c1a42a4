"""Input cleaning before a Doc is made: NUL and control characters, HTML markup.

What comes out of here *is* the processed text: every offset indexes it.
"""

from __future__ import annotations

import html
import re
from html.parser import HTMLParser

__all__ = ["clean_input", "looks_like_html", "html_to_text"]

_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_TAG = re.compile(r"<\s*(html|body|p|div|br|span|a|script|style|h[1-6]|article|head|meta|!doctype)\b", re.I)
_BLOCK = {"p", "div", "br", "li", "h1", "h2", "h3", "h4", "h5", "h6", "article", "section", "tr", "blockquote", "title"}
_SKIP = {"script", "style", "noscript", "template", "head"}


def looks_like_html(text: str) -> bool:
    return len(_TAG.findall(text[:20000])) >= 1 and "<" in text and ">" in text


class _TextOnly(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self._skip = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _SKIP:
            self._skip += 1
        elif tag in _BLOCK:
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in _SKIP:
            self._skip = max(0, self._skip - 1)
        elif tag in _BLOCK:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if not self._skip:
            self.parts.append(data)


def html_to_text(markup: str) -> str:
    """Visible text of an HTML page, block elements on their own lines (scripts dropped)."""
    parser = _TextOnly()
    parser.feed(markup)
    parser.close()
    text = html.unescape("".join(parser.parts))
    lines = [" ".join(line.split()) for line in text.splitlines()]
    return "\n".join(line for line in lines if line)


def clean_input(text: str) -> str:
    """Text ready for processing: markup reduced to text, control characters removed, CRLF → LF."""
    if looks_like_html(text):
        text = html_to_text(text)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return _CONTROL.sub("", text)
