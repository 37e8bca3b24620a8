"""Acknowledgements, statuses, Idempotency-Key, uploads and mail between offices."""

from __future__ import annotations

import hashlib
import socket

import pytest

from app.portal.sim import Simulator
from tests.app.portal.sim.conftest import Client, other_office_client

AT = {"at": "2026-11-23T10:15:00Z"}


def test_acknowledgement_is_idempotent_by_deposit(sim: Simulator, client: Client) -> None:
    deposit_id = sim.deposit_ids()[0]
    created = client.ack(deposit_id, "A-2026/000123")
    assert created.status_code == 201
    receipt = created.json()
    assert receipt["registry_number"] == "A-2026/000123"
    assert receipt["registered_at"] == "2026-11-23T08:30:00Z"  # +01:00 given, told in UTC
    again = client.ack(deposit_id, "A-2026/000123")  # another key, same number
    assert again.status_code == 200 and again.json() == receipt
    other = client.ack(deposit_id, "A-2026/000999")
    assert other.status_code == 409
    assert other.json()["error"] == "already_acknowledged"
    assert other.json()["details"]["receipt"] == receipt
    assert sim.receipts()[deposit_id]["receipt_id"] == receipt["receipt_id"]
    assert sim.ack_creations() == {deposit_id: 1}
    assert sim.ack_calls() == {deposit_id: 3}


def test_acknowledgement_refuses_a_bad_body(sim: Simulator, client: Client) -> None:
    deposit_id = sim.deposit_ids()[0]
    path = f"/v1/deposits/{deposit_id}/acknowledgement"
    for body, field in (
        ({"registered_at": "2026-11-23T10:00:00Z"}, "registry_number"),
        ({"registry_number": "A-1", "registered_at": "yesterday"}, "registered_at"),
        ({"registry_number": "A-1", "registered_at": "2026-11-23T10:00:00"}, "registered_at"),
    ):
        response = client.post(path, body)
        assert response.status_code == 400
        assert response.json()["details"]["field"] == field
    missing_key = client.post(path, {"registry_number": "A-1", **AT}, key=None)
    assert missing_key.status_code == 400
    assert missing_key.json()["details"]["field"] == "Idempotency-Key"
    assert sim.receipts() == {}


def test_status_is_refused_before_the_acknowledgement_and_recorded_after(
    sim: Simulator, client: Client
) -> None:
    deposit_id = sim.deposit_ids()[1]
    path = f"/v1/deposits/{deposit_id}/status"
    early = client.post(path, {"status": "registered", **AT}, key="status-1")
    assert early.status_code == 409 and early.json()["error"] == "not_acknowledged"
    history = client.get(path).json()
    assert history == {"deposit_id": deposit_id, "receipt": None, "history": []}
    receipt = client.ack(deposit_id, "A-2026/000124").json()
    # The refused call was not recorded under its key: the outbox's retry now succeeds.
    recorded = client.post(path, {"status": "registered", **AT}, key="status-1")
    assert recorded.status_code == 201
    assert recorded.json()["status"] == "registered" and recorded.json()["note"] is None
    client.post(path, {"status": "assigned", "note": "Service RH", **AT})
    history = client.get(path).json()
    assert history["receipt"] == receipt
    assert [(h["status"], h["note"]) for h in history["history"]] == [
        ("registered", None),
        ("assigned", "Service RH"),
    ]
    assert sim.statuses() == {deposit_id: ["registered", "assigned"]}
    unknown = client.post(path, {"status": "lost", **AT})
    assert unknown.status_code == 400 and unknown.json()["details"]["field"] == "status"


def test_idempotency_key_replays_the_first_response_and_refuses_another_body(
    sim: Simulator, client: Client
) -> None:
    deposit_id = sim.deposit_ids()[2]
    path = f"/v1/deposits/{deposit_id}/status"
    client.ack(deposit_id, "A-2026/000125")
    first = client.post(path, {"status": "answered", **AT}, key="outbox-42")
    replay = client.post(path, {"status": "answered", **AT}, key="outbox-42")
    assert replay.status_code == first.status_code == 201
    assert replay.json() == first.json()
    assert replay.headers["Idempotent-Replayed"] == "true"
    assert sim.statuses()[deposit_id] == ["answered"]  # done once
    mismatch = client.post(path, {"status": "closed", **AT}, key="outbox-42")
    assert mismatch.status_code == 422 and mismatch.json()["error"] == "idempotency_mismatch"
    # Keys are kept per office: another office may use the same key for its own call.
    other = other_office_client(sim)
    [theirs] = sim.add_deposits(1, office="MJ-RABAT")
    assert other.ack(theirs, "A-2026/000001", key="outbox-42").status_code == 201
    other.close()


def test_acknowledgement_replayed_by_key_is_counted_as_a_call_not_a_creation(
    sim: Simulator, client: Client
) -> None:
    deposit_id = sim.deposit_ids()[3]
    for _ in range(3):
        assert client.ack(deposit_id, "A-2026/000126", key="ack-1").status_code == 201
    assert sim.ack_creations() == {deposit_id: 1}
    assert sim.ack_calls() == {deposit_id: 3}


def test_uploads_are_checked_against_their_hash(sim: Simulator, client: Client) -> None:
    data = b"%PDF-1.4 reponse du bureau"
    sha, created = client.upload(data)
    assert created.status_code == 201
    assert client.upload(data)[1].status_code == 200
    wrong = client.put(f"/v1/uploads/{hashlib.sha256(b'other').hexdigest()}", data)
    assert wrong.status_code == 422 and wrong.json()["error"] == "hash_mismatch"
    assert wrong.json()["details"]["actual"] == sha
    not_a_hash = client.put("/v1/uploads/ABC", data)
    assert not_a_hash.status_code == 400
    assert sim.uploads() == [sha]


def _mail(to: str, files: list[dict[str, object]]) -> dict[str, object]:
    return {
        "to_office": to,
        "registry_number": "D-2026/000045",
        "registered_at": "2026-11-23T12:00:00+01:00",
        "subject": "إرسال نسخة من القرار",
        "message": "Veuillez trouver ci-joint la décision.",
        "reference": "MJ/2026/77",
        "files": files,
    }


def test_outgoing_mail_arrives_in_the_addressee_feed_with_the_same_hashes(
    sim: Simulator, client: Client
) -> None:
    contents = [b"%PDF-1.4 decision", b"\xff\xd8\xff annexe"]
    files = []
    for name, data in zip(("decision.pdf", "annexe.jpg"), contents, strict=True):
        sha, _ = client.upload(data)
        files.append(
            {"name": name, "content_type": "application/pdf", "size": len(data), "sha256": sha}
        )
    sent = client.post("/v1/outgoing", _mail("MJ-RABAT", files), key="out-1")
    assert sent.status_code == 201
    delivered = sent.json()
    assert delivered["to_office"] == "MJ-RABAT"
    replay = client.post("/v1/outgoing", _mail("MJ-RABAT", files), key="out-1")
    assert replay.json() == delivered  # delivered once

    addressee = other_office_client(sim, "MJ-RABAT")
    [arrived] = addressee.feed()
    assert arrived["id"] == delivered["deposit_id"]
    assert arrived["depositor"]["kind"] == "administration"
    assert arrived["depositor"]["office_code"] == "BO-DEMO"
    assert arrived["depositor"]["name_ar"] == "مكتب الضبط التجريبي"
    assert arrived["sender_registry_number"] == "D-2026/000045"
    assert arrived["subject"] == "إرسال نسخة من القرار"
    assert arrived["reference"] == "MJ/2026/77"
    assert arrived["letter_date"] == "2026-11-23"
    assert [f["sha256"] for f in arrived["files"]] == [f["sha256"] for f in files]
    for ref, data in zip(arrived["files"], contents, strict=True):
        assert addressee.get(ref["url"]).content == data
    addressee.close()
    [record] = sim.outgoing()
    assert record["from_office"] == "BO-DEMO" and record["to_office"] == "MJ-RABAT"
    assert record["deposit_id"] == delivered["deposit_id"]


def test_outgoing_needs_uploads_and_a_known_active_office(sim: Simulator, client: Client) -> None:
    data = b"%PDF-1.4 lettre"
    sha = hashlib.sha256(data).hexdigest()
    ref = {
        "name": "lettre.pdf",
        "content_type": "application/pdf",
        "size": len(data),
        "sha256": sha,
    }
    missing = client.post("/v1/outgoing", _mail("MJ-RABAT", [ref]))
    assert missing.status_code == 422 and missing.json()["error"] == "missing_upload"
    assert missing.json()["details"]["sha256"] == [sha]
    # Another office's upload does not count for this one.
    other = other_office_client(sim)
    other.upload(data)
    other.close()
    assert client.post("/v1/outgoing", _mail("MJ-RABAT", [ref])).status_code == 422
    client.upload(data)
    for office in ("XX-NOWHERE", "DPEE-KENITRA"):
        unknown = client.post("/v1/outgoing", _mail(office, [ref]))
        assert unknown.status_code == 404 and unknown.json()["error"] == "unknown_office"
    wrong_size = client.post("/v1/outgoing", _mail("MJ-RABAT", [{**ref, "size": 3}]))
    assert wrong_size.status_code == 422
    assert sim.outgoing() == []
    assert client.post("/v1/outgoing", _mail("MJ-RABAT", [ref])).status_code == 201


@pytest.mark.parametrize(
    ("method", "path", "status"),
    [("DELETE", "/v1/offices", 405), ("GET", "/v2/offices", 404), ("GET", "/", 404)],
)
def test_unknown_paths_and_methods(client: Client, method: str, path: str, status: int) -> None:
    response = client.session.request(method, client.url + path, timeout=10)
    assert response.status_code == status
    assert set(response.json()) >= {"error", "message"}


@pytest.mark.parametrize(
    ("raw", "status"),
    [
        (b"GARBAGE\r\n\r\n", b"400"),
        (b"GET /v1/offices HTTP/1.1\r\nno colon here\r\n\r\n", b"400"),
        (b"GET /v1/offices HTTP/2.0\r\n\r\n", b"400"),
        (b"GET /v1/offices HTTP/1.0\r\nAUTHORIZATION: Bearer nope\r\n\r\n", b"401"),
    ],
)
def test_malformed_requests_get_an_answer_not_a_hang(
    sim: Simulator, raw: bytes, status: bytes
) -> None:
    port = int(sim.url.rsplit(":", 1)[1])
    with socket.create_connection(("127.0.0.1", port), timeout=10) as sock:
        sock.sendall(raw)
        answer = b""
        while chunk := sock.recv(4096):
            answer += chunk
    assert answer.startswith(b"HTTP/1.") and answer.split()[1] == status
