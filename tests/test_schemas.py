"""The API's schemas are generated from the result dataclasses: types, enums, nullability and descriptions."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

from service.schemas import schemas


@dataclass
class Place:
    """A place named in an article."""

    name: str  # as the article writes it
    kind: Literal["province", "city"]
    population: int | None
    """Inhabitants, when the article says;
    null otherwise."""


@dataclass
class Story:
    title: str | None
    places: list[Place]
    offsets: list[tuple[int, int]] = field(default_factory=list)
    note: str | None = None  # only when there is something to say
    html: str = field(default="", metadata={"page_only": True})


def test_a_dataclass_becomes_an_object_schema_with_its_fields_described() -> None:
    place = schemas(Place)["Place"]
    assert place["description"] == "A place named in an article."
    assert place["required"] == ["name", "kind", "population"] and place["additionalProperties"] is False
    assert place["properties"]["name"] == {"type": "string", "description": "As the article writes it"}
    assert place["properties"]["kind"] == {"type": "string", "enum": ["province", "city"]}
    assert place["properties"]["population"] == {
        "type": ["integer", "null"],
        "description": "Inhabitants, when the article says; null otherwise.",
    }


def test_nested_dataclasses_are_referenced_and_page_only_fields_left_out() -> None:
    generated = schemas(Story)
    story = generated["Story"]
    assert set(generated) == {"Story", "Place"}
    assert story["properties"]["places"] == {"type": "array", "items": {"$ref": "#/components/schemas/Place"}}
    assert story["properties"]["offsets"]["items"]["prefixItems"] == [{"type": "integer"}, {"type": "integer"}]
    assert "html" not in story["properties"] and "description" not in story
    assert story["required"] == ["title", "places", "offsets"]  # `note` defaults to None: it may be left out
