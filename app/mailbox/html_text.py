"""HTML mail as plain text: what a clerk reads, with nothing fetched from anywhere.

The HTML is never rendered: its text is taken out (paragraphs, line breaks, list items and
table cells kept apart), scripts, styles and the head dropped, an image replaced by its
alternative text, a link's address written after its text when it differs. No URL is ever
opened, so a message cannot tell its sender that it was read.
"""

from __future__ import annotations

import re
from html.parser import HTMLParser

_BLOCKS = frozenset(
    "p div section article header footer main aside nav h1 h2 h3 h4 h5 h6 blockquote pre "
    "table tr ul ol dl dt dd form fieldset address center hr".split()
)
_SKIPPED = frozenset("script style head title template noscript svg object iframe".split())
MAX_CHARS = 1_000_000


class _Text(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.out: list[str] = []
        self.size = 0
        self.skipping = 0
        self.links: list[str | None] = []
        self.pre = 0

    def _put(self, text: str) -> None:
        if self.size < MAX_CHARS:
            self.out.append(text)
            self.size += len(text)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _SKIPPED:
            self.skipping += 1
            return
        if self.skipping:
            return
        if tag == "br":
            self._put("\n")
        elif tag == "li":
            self._put("\n• ")
        elif tag in ("td", "th"):
            self._put("\t")
        elif tag == "img":
            alt = dict(attrs).get("alt")
            if alt and alt.strip():
                self._put(f"[{alt.strip()}]")
        elif tag == "a":
            self.links.append(dict(attrs).get("href"))
        elif tag in _BLOCKS:
            self.pre += tag == "pre"
            self._put("\n")

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _SKIPPED:
            return
        self.handle_starttag(tag, attrs)
        if tag == "a":
            self.links.pop()

    def handle_endtag(self, tag: str) -> None:
        if tag in _SKIPPED:
            self.skipping = max(0, self.skipping - 1)
            return
        if self.skipping:
            return
        if tag == "a" and self.links:
            href = self.links.pop()
            if href and re.match(r"(?i)(https?|mailto):", href.strip()):
                shown = "".join(self.out[-3:])
                target = href.strip()
                if target.lower().startswith("mailto:"):
                    target = target[7:]
                if target not in shown:
                    self._put(f" <{target}>")
        elif tag in _BLOCKS:
            self.pre -= tag == "pre"
            self._put("\n")

    def handle_data(self, data: str) -> None:
        if self.skipping:
            return
        self._put(data if self.pre > 0 else re.sub(r"\s+", " ", data))


def to_text(html: str) -> str:
    """The text of ``html``, paragraphs on their own lines."""
    parser = _Text()
    try:
        parser.feed(html[: MAX_CHARS * 4])
        parser.close()
    except Exception:  # the parser is lenient; anything it still chokes on ends the text there
        pass
    text = "".join(parser.out)
    lines = [line.strip(" ") for line in text.split("\n")]
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip()
