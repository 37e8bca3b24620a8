"""What a route answers, the contract's error body, and checks of what a client sent.

Routes raise :class:`ApiError` for anything refused; the server turns it into the contract's
``{"error", "message", "details"?}`` body. Messages are for people, in French, as the contract
says; the code is what a client acts on.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

JSON = "application/json"
SHA256 = re.compile(r"^[0-9a-f]{64}$")


class ApiError(Exception):
    def __init__(
        self,
        status: int,
        code: str,
        message: str,
        *,
        details: dict[str, Any] | None = None,
        headers: dict[str, str] | None = None,
    ) -> None:
        super().__init__(f"{status} {code}: {message}")
        self.status = status
        self.code = code
        self.message = message
        self.details = details
        self.headers = headers or {}

    def reply(self) -> Reply:
        body: dict[str, Any] = {"error": self.code, "message": self.message}
        if self.details is not None:
            body["details"] = self.details
        return json_reply(self.status, body, headers=self.headers)


@dataclass
class Reply:
    status: int
    body: bytes = b""
    content_type: str = JSON
    headers: dict[str, str] = field(default_factory=dict)
    #: A file's bytes (the only replies whose bytes a fault may corrupt).
    is_file: bool = False

    @property
    def is_json(self) -> bool:
        return self.content_type == JSON and not self.is_file


def json_reply(status: int, data: Any, *, headers: dict[str, str] | None = None) -> Reply:
    body = json.dumps(data, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
    return Reply(status, body, JSON, dict(headers or {}))


def bad_request(field_name: str, message: str) -> ApiError:
    return ApiError(400, "bad_request", message, details={"field": field_name})


def json_object(body: bytes) -> dict[str, Any]:
    try:
        data = json.loads(body.decode("utf-8"))
    except (UnicodeDecodeError, ValueError) as exc:
        raise bad_request("body", "Le corps de la requête n'est pas du JSON valide.") from exc
    if not isinstance(data, dict):
        raise bad_request("body", "Le corps de la requête doit être un objet JSON.")
    return data


def text_field(
    data: dict[str, Any],
    name: str,
    *,
    required: bool = True,
    max_length: int | None = None,
    allow_empty: bool = False,
) -> str | None:
    value = data.get(name)
    if value is None:
        if required:
            raise bad_request(name, f"Le champ « {name} » est obligatoire.")
        return None
    if not isinstance(value, str):
        raise bad_request(name, f"Le champ « {name} » doit être une chaîne.")
    if not allow_empty and not value.strip():
        raise bad_request(name, f"Le champ « {name} » est vide.")
    if max_length is not None and len(value) > max_length:
        raise bad_request(name, f"Le champ « {name} » dépasse {max_length} caractères.")
    return value


def datetime_field(data: dict[str, Any], name: str) -> datetime:
    """An RFC 3339 date-time, which always carries its offset from UTC."""
    value = text_field(data, name)
    assert value is not None
    try:
        moment = datetime.fromisoformat(value.replace("z", "Z").replace("Z", "+00:00"))
    except ValueError as exc:
        raise bad_request(name, f"« {name} » n'est pas une date-heure valide.") from exc
    if moment.tzinfo is None:
        raise bad_request(name, f"« {name} » doit indiquer son décalage horaire (ex. Z).")
    return moment
