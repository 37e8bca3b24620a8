"""Every path and method of openapi.yaml answers, with its schema's required fields and types.

The YAML is the specification: each operation is called for its success and for one of the
errors it documents, and each JSON body is checked against the schema of that status.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
import requests
import yaml

from app.portal.sim import Simulator
from tests.app.portal.sim.conftest import Client

SPEC_PATH = Path(__file__).resolve().parents[4] / "app" / "portal" / "openapi.yaml"
SPEC = yaml.safe_load(SPEC_PATH.read_text(encoding="utf-8"))


def _resolve(schema: dict[str, Any]) -> dict[str, Any]:
    while "$ref" in schema:
        node: Any = SPEC
        for part in schema["$ref"].lstrip("#/").split("/"):
            node = node[part]
        schema = {**node, **{k: v for k, v in schema.items() if k != "$ref"}}
    return schema


def check(schema: dict[str, Any], value: Any, where: str = "body") -> None:
    """Fails unless ``value`` has what ``schema`` requires (types, required, enum, pattern)."""
    schema = _resolve(schema)
    if value is None:
        assert schema.get("nullable"), f"{where} is null"
        return
    for part in schema.get("allOf", []):
        check(part, value, where)
    kind = schema.get("type")
    if kind == "object" or "properties" in schema:
        assert isinstance(value, dict), f"{where} is not an object"
        for name in schema.get("required", []):
            assert name in value, f"{where}.{name} is missing"
        for name, sub in schema.get("properties", {}).items():
            if name in value:
                check(sub, value[name], f"{where}.{name}")
    elif kind == "array":
        assert isinstance(value, list), f"{where} is not an array"
        for i, item in enumerate(value):
            check(schema["items"], item, f"{where}[{i}]")
    elif kind == "string":
        assert isinstance(value, str), f"{where} is not a string"
        if "enum" in schema:
            assert value in schema["enum"], f"{where}={value!r} not in {schema['enum']}"
        if "pattern" in schema:
            assert re.search(schema["pattern"], value), f"{where} does not match"
        if "maxLength" in schema:
            assert len(value) <= schema["maxLength"]
    elif kind == "integer":
        assert isinstance(value, int) and not isinstance(value, bool), f"{where} not an integer"
    elif kind == "boolean":
        assert isinstance(value, bool), f"{where} is not a boolean"


def _operation(path: str, method: str) -> dict[str, Any]:
    return dict(SPEC["paths"][path][method])


def _response_schema(path: str, method: str, status: int) -> dict[str, Any] | None:
    responses = _operation(path, method)["responses"]
    assert str(status) in responses or "default" in responses, (
        f"{method.upper()} {path} answered {status}, which the contract does not list"
    )
    response = _resolve(responses.get(str(status)) or responses["default"])
    content = response.get("content", {})
    if "application/json" not in content:
        return None
    return dict(content["application/json"]["schema"])


def _first_deposit(c: Client) -> dict[str, Any]:
    deposits: list[dict[str, Any]] = c.get("/v1/deposits", params={"limit": 1}).json()["deposits"]
    return deposits[0]


def _acknowledged(c: Client) -> str:
    deposit_id = str(_first_deposit(c)["id"])
    assert c.ack(deposit_id, "A-2026/000001").status_code == 201
    return deposit_id


def _uploaded(c: Client, data: bytes) -> dict[str, Any]:
    sha, response = c.upload(data)
    assert response.status_code in (200, 201)
    return {
        "name": "reponse.pdf",
        "content_type": "application/pdf",
        "size": len(data),
        "sha256": sha,
    }


def _outgoing(to: str, files: list[dict[str, Any]]) -> dict[str, Any]:
    return {
        "to_office": to,
        "registry_number": "D-2026/000007",
        "registered_at": "2026-11-23T11:00:00Z",
        "subject": "Transmission du dossier",
        "files": files,
    }


Call = Callable[[Client], requests.Response]

#: For each operation: (expected status, how to get it). One success, then documented errors.
CALLS: dict[tuple[str, str], list[tuple[int, Call]]] = {
    ("/v1/oauth/token", "post"): [
        (200, lambda c: c.token()),
        (401, lambda c: c.token(client_secret="wrong")),
        (400, lambda c: c.token(grant_type="password")),
    ],
    ("/v1/offices", "get"): [(200, lambda c: c.get("/v1/offices"))],
    ("/v1/deposits", "get"): [
        (200, lambda c: c.get("/v1/deposits", params={"limit": 5})),
        (400, lambda c: c.get("/v1/deposits", params={"cursor": "not-a-cursor"})),
    ],
    ("/v1/deposits/{deposit_id}", "get"): [
        (200, lambda c: c.get(f"/v1/deposits/{_first_deposit(c)['id']}")),
        (404, lambda c: c.get("/v1/deposits/DEP-1999-0000001")),
    ],
    ("/v1/files/{file_id}", "get"): [
        (200, lambda c: c.get(_first_deposit(c)["files"][0]["url"])),
        (
            206,
            lambda c: c.get(_first_deposit(c)["files"][0]["url"], headers={"Range": "bytes=5-"}),
        ),
        (
            416,
            lambda c: c.get(
                _first_deposit(c)["files"][0]["url"], headers={"Range": "bytes=99999999-"}
            ),
        ),
        (404, lambda c: c.get("/v1/files/F-nothing")),
    ],
    ("/v1/deposits/{deposit_id}/acknowledgement", "post"): [
        (201, lambda c: c.ack(_first_deposit(c)["id"], "A-2026/000001")),
        (200, lambda c: c.ack(_first_deposit(c)["id"], "A-2026/000001")),
        (409, lambda c: c.ack(_first_deposit(c)["id"], "A-2026/000002")),
        (404, lambda c: c.ack("DEP-1999-0000001", "A-2026/000003")),
    ],
    ("/v1/deposits/{deposit_id}/status", "post"): [
        (
            409,
            lambda c: c.post(
                f"/v1/deposits/{_first_deposit(c)['id']}/status",
                {"status": "registered", "at": "2026-11-23T10:00:00Z"},
            ),
        ),
        (
            201,
            lambda c: c.post(
                f"/v1/deposits/{_acknowledged(c)}/status",
                {"status": "assigned", "at": "2026-11-23T10:00:00Z", "note": "RH"},
            ),
        ),
        (
            404,
            lambda c: c.post(
                "/v1/deposits/DEP-1999-0000001/status",
                {"status": "registered", "at": "2026-11-23T10:00:00Z"},
            ),
        ),
    ],
    ("/v1/deposits/{deposit_id}/status", "get"): [
        (200, lambda c: c.get(f"/v1/deposits/{_first_deposit(c)['id']}/status")),
        (200, lambda c: c.get(f"/v1/deposits/{_acknowledged(c)}/status")),
        (404, lambda c: c.get("/v1/deposits/DEP-1999-0000001/status")),
    ],
    ("/v1/uploads/{sha256}", "put"): [
        (201, lambda c: c.upload(b"%PDF-1.4 une reponse")[1]),
        (200, lambda c: c.upload(b"%PDF-1.4 une reponse")[1]),
        (422, lambda c: c.put(f"/v1/uploads/{hashlib.sha256(b'x').hexdigest()}", b"y")),
    ],
    ("/v1/outgoing", "post"): [
        (201, lambda c: c.post("/v1/outgoing", _outgoing("MJ-RABAT", [_uploaded(c, b"r1")]))),
        (404, lambda c: c.post("/v1/outgoing", _outgoing("XX-NOWHERE", []))),
        (
            422,
            lambda c: c.post(
                "/v1/outgoing",
                _outgoing(
                    "MJ-RABAT",
                    [
                        {
                            "name": "a.pdf",
                            "content_type": "application/pdf",
                            "size": 1,
                            "sha256": "0" * 64,
                        }
                    ],
                ),
            ),
        ),
    ],
}


def test_every_operation_of_the_contract_is_exercised() -> None:
    operations = {
        (path, method)
        for path, item in SPEC["paths"].items()
        for method in item
        if method in ("get", "post", "put", "delete", "patch")
    }
    assert operations == set(CALLS)


@pytest.mark.parametrize(("path", "method"), sorted(CALLS), ids=lambda v: str(v))
def test_operation_answers_as_the_contract_says(
    sim: Simulator, client: Client, path: str, method: str
) -> None:
    for expected, call in CALLS[(path, method)]:
        response = call(client)
        assert response.status_code == expected, (path, method, response.text)
        schema = _response_schema(path, method, expected)
        if schema is not None:
            assert response.headers["Content-Type"].startswith("application/json")
            check(schema, response.json())
        elif expected >= 400:
            check({"$ref": "#/components/schemas/Error"}, response.json())
        if expected >= 400:
            assert response.json()["error"] in _operation_error_codes()


def _operation_error_codes() -> set[str]:
    text = SPEC["components"]["schemas"]["Error"]["properties"]["error"]["description"]
    return set(re.findall(r"[a-z_]+", text.split(":", 1)[1]))


def test_every_request_without_a_valid_token_is_401(sim: Simulator) -> None:
    anonymous = Client(sim.url)
    for path, method in CALLS:
        if path == "/v1/oauth/token":
            continue
        concrete = re.sub(r"\{[a-z_0-9]+\}", "x", path)
        response = anonymous.session.request(
            method.upper(),
            sim.url + concrete,
            headers={"Authorization": "Bearer forged", "Idempotency-Key": "k"},
            json={},
            timeout=10,
        )
        assert response.status_code == 401, (method, path)
        assert response.json()["error"] == "unauthorized"
        assert response.headers["WWW-Authenticate"].startswith("Bearer")
    anonymous.close()
