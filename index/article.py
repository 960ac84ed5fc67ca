"""Plain data passed between the stages: file -> RawDocument -> Article -> index documents."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class RawDocument:
    """One decoded input: the text as found, where it came from, and a hash of its bytes."""

    id: str
    path: str
    text: str
    content_hash: str
    encoding: str
    meta: dict[str, str] = field(default_factory=dict)  # given: title, date, source, site, author, owner, url
    origin: str = ""  # the files sharing a layout with this one: its folder, its JSON Lines file or its site
    damaged: str = ""  # what was invalid in the bytes and read as U+FFFD (empty when nothing was)
    shown: tuple[str, ...] = ()  # an HTML page's visible lines: its site's furniture is learned from every page


@dataclass(frozen=True)
class Skipped:
    """An input that could not be read, with a one-line reason for the build report."""

    path: str
    reason: str


@dataclass
class Section:
    """A heading (None for the text before the first heading) and the paragraphs under it.

    `——` sub-headings become subsections, so a report's outline survives.
    """

    heading: str | None
    paragraphs: list[str] = field(default_factory=list)
    subsections: list[Section] = field(default_factory=list)

    def to_dict(self) -> dict:
        return {
            "heading": self.heading,
            "paragraphs": list(self.paragraphs),
            "subsections": [s.to_dict() for s in self.subsections],
        }

    @classmethod
    def from_dict(cls, data: dict) -> Section:
        return cls(
            heading=data.get("heading"),
            paragraphs=list(data.get("paragraphs", [])),
            subsections=[cls.from_dict(s) for s in data.get("subsections", [])],
        )


@dataclass
class Article:
    """What extraction found in one input. Fields that were not found are None (or empty), never guessed."""

    id: str
    path: str
    content_hash: str
    title: str | None = None
    subtitle: str | None = None
    province: str | None = None
    city: str | None = None
    date: str | None = None  # ISO with the precision found: 2023-01-10, 2022-12 or 2022
    source: str | None = None
    authors: list[str] = field(default_factory=list)
    editor: str | None = None
    url: str | None = None
    sections: list[Section] = field(default_factory=list)
    original: str = ""  # the decoded text as found (Traditional script stays Traditional)
    traditional: bool = False  # True when the original was written in Traditional script
    encoding: str = "utf-8"

    @property
    def body(self) -> str:
        """The cleaned text: headings and paragraphs, one per line."""
        return "\n".join(_section_lines(self.sections))


def _section_lines(sections: list[Section]):
    for section in sections:
        if section.heading:
            yield section.heading
        yield from section.paragraphs
        yield from _section_lines(section.subsections)
