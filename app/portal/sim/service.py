"""The contract's semantics, route by route, over the simulator's store.

Nothing here knows HTTP framing or faults: each method takes what a route needs (the office
the token belongs to, the path's ids, the parsed query or the raw body) and returns a
:class:`Reply` or raises :class:`ApiError`. Every write that an ``Idempotency-Key`` guards runs
in one transaction with the key's record, so a retried call can never do the work twice.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import hmac
import json
import secrets
import sqlite3
import threading
import time
from collections.abc import Callable
from typing import Any
from urllib.parse import quote

from app.portal.sim.directory import Office
from app.portal.sim.replies import (
    SHA256,
    ApiError,
    Reply,
    bad_request,
    datetime_field,
    json_object,
    json_reply,
    text_field,
)
from app.portal.sim.store import NewDeposit, NewFile, Store, iso, utc_now

STATUSES = ("registered", "assigned", "answered", "closed")
MAX_UPLOAD_BYTES = 64 * 1024 * 1024
_DEPOSIT_COLUMNS = "office_seq, id, deposited_at, doc"


def not_found(what: str) -> ApiError:
    return ApiError(404, "not_found", f"{what} introuvable.")


def deposit_json(
    row: sqlite3.Row | tuple[Any, ...], files: list[tuple[Any, ...]]
) -> dict[str, Any]:
    """The contract's ``Deposit`` from a deposits row (office_seq, id, deposited_at, doc)."""
    doc = json.loads(row[3])
    return {
        "id": row[1],
        "deposited_at": doc.get("claimed_at") or row[2],
        "depositor": doc["depositor"],
        "subject": doc["subject"],
        "message": doc["message"],
        "reference": doc["reference"],
        "letter_date": doc["letter_date"],
        "sender_registry_number": doc["sender_registry_number"],
        "files": [
            {
                "id": f[0],
                "name": f[1],
                "size": f[2],
                "content_type": f[3],
                "sha256": f[4],
                "url": f"/v1/files/{f[0]}",
            }
            for f in files
        ],
    }


def files_of(conn: sqlite3.Connection, deposit_ids: list[str]) -> dict[str, list[tuple[Any, ...]]]:
    found: dict[str, list[tuple[Any, ...]]] = {d: [] for d in deposit_ids}
    if not deposit_ids:
        return found
    marks = ",".join("?" * len(deposit_ids))
    for row in conn.execute(
        f"SELECT deposit_id, id, name, size, content_type, sha256 FROM files "
        f"WHERE deposit_id IN ({marks}) ORDER BY deposit_id, position",
        deposit_ids,
    ):
        found[row[0]].append(row[1:])
    return found


def _receipt_json(row: tuple[Any, ...]) -> dict[str, Any]:
    return {
        "receipt_id": row[1],
        "deposit_id": row[0],
        "registry_number": row[2],
        "registered_at": row[3],
        "issued_at": row[4],
    }


def _fingerprint(method: str, path: str, data: Any) -> str:
    canonical = json.dumps(data, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(f"{method} {path}\n{canonical}".encode()).hexdigest()


def check_idempotency_key(key: str | None) -> str:
    if key is None or not key:
        raise bad_request("Idempotency-Key", "L'en-tête Idempotency-Key est obligatoire.")
    if len(key) > 200 or any(not (0x20 <= ord(c) <= 0x7E) for c in key):
        raise bad_request(
            "Idempotency-Key", "Idempotency-Key : 1 à 200 caractères ASCII imprimables."
        )
    return key


class Portal:
    """The portal's rules for every route, for the served office and the directory's offices."""

    def __init__(
        self,
        store: Store,
        *,
        served: Office,
        client_id: str,
        client_secret: str,
        token_ttl: int,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.store = store
        self.clock = clock  # what token lifetimes are measured with
        self.served = served
        self.client_id = client_id
        self.client_secret = client_secret
        self.token_ttl = token_ttl
        self._tokens: dict[str, tuple[str, float]] = {}
        self._tokens_lock = threading.Lock()

    # -- tokens -------------------------------------------------------------------------------

    def issue_token(self, form: dict[str, list[str]]) -> Reply:
        def one(name: str) -> str:
            values = form.get(name) or [""]
            if not values[0]:
                raise bad_request(name, f"Le paramètre « {name} » est obligatoire.")
            return values[0]

        if one("grant_type") != "client_credentials":
            raise bad_request("grant_type", "Seul grant_type=client_credentials est accepté.")
        client_id, secret = one("client_id"), one("client_secret")
        office = self._office_of_client(client_id)
        if office is None or not hmac.compare_digest(secret.encode(), self.client_secret.encode()):
            raise ApiError(401, "invalid_client", "Identifiants du client invalides.")
        token = secrets.token_urlsafe(32)
        with self._tokens_lock:
            now = self.clock()
            for old in [t for t, (_, until) in self._tokens.items() if until <= now]:
                del self._tokens[old]
            self._tokens[token] = (office, now + self.token_ttl)
        return json_reply(
            200,
            {
                "access_token": token,
                "token_type": "Bearer",
                "expires_in": self.token_ttl,
                "office_code": office,
            },
            headers={"Cache-Control": "no-store"},
        )

    def _office_of_client(self, client_id: str) -> str | None:
        if client_id == self.client_id:
            return self.served.code
        with self.store.read() as conn:
            row = conn.execute(
                "SELECT code FROM offices WHERE code = ? AND active = 1", (client_id,)
            ).fetchone()
        return str(row[0]) if row else None

    def office_for(self, authorization: str | None) -> str:
        """The office a request's bearer token belongs to; 401 ``unauthorized`` otherwise."""
        scheme, _, token = (authorization or "").partition(" ")
        with self._tokens_lock:
            entry = self._tokens.get(token.strip()) if scheme.lower() == "bearer" else None
            if entry is not None and entry[1] <= self.clock():
                del self._tokens[token.strip()]
                entry = None
        if entry is None:
            raise ApiError(
                401,
                "unauthorized",
                "Jeton d'accès absent, invalide ou expiré.",
                headers={"WWW-Authenticate": 'Bearer error="invalid_token"'},
            )
        return entry[0]

    def expire_tokens(self) -> None:
        with self._tokens_lock:
            self._tokens.clear()

    # -- reading ------------------------------------------------------------------------------

    def offices(self) -> Reply:
        with self.store.read() as conn:
            rows = conn.execute(
                "SELECT code, name_fr, name_ar, ministry_fr, ministry_ar, city FROM offices "
                "WHERE active = 1 ORDER BY code"
            ).fetchall()
        names = ("code", "name_fr", "name_ar", "ministry_fr", "ministry_ar", "city")
        offices = [{k: v for k, v in zip(names, row, strict=True) if v is not None} for row in rows]
        return json_reply(200, {"offices": offices})

    @staticmethod
    def _cursor(office: str, office_seq: int) -> str:
        raw = f"c1:{office}:{office_seq}".encode()
        return base64.urlsafe_b64encode(raw).decode().rstrip("=")

    def _after(self, conn: sqlite3.Connection, office: str, cursor: str) -> int:
        try:
            raw = base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4)).decode()
            version, owner, number = raw.split(":", 2) if raw.count(":") >= 2 else ("", "", "")
            if version != "c1" or owner != office:
                raise ValueError(raw)
            office_seq = int(number)
        except (ValueError, binascii.Error, UnicodeDecodeError) as exc:
            raise ApiError(400, "bad_cursor", "Curseur invalide.") from exc
        last = conn.execute(
            "SELECT coalesce(max(office_seq), 0) FROM deposits WHERE office_code = ?", (office,)
        ).fetchone()[0]
        if not 0 <= office_seq <= last:
            raise ApiError(400, "bad_cursor", "Curseur invalide : il ne vient pas de ce flux.")
        return office_seq

    def feed(self, office: str, query: dict[str, list[str]]) -> Reply:
        cursors = query.get("cursor")
        cursor = cursors[0] if cursors else None
        raw_limit = (query.get("limit") or ["100"])[0]
        try:
            limit = int(raw_limit)
        except ValueError:
            limit = 0
        if not 1 <= limit <= 500:
            raise bad_request("limit", "« limit » est un entier de 1 à 500.")
        with self.store.read() as conn:
            after = self._after(conn, office, cursor) if cursor else 0
            rows = conn.execute(
                f"SELECT {_DEPOSIT_COLUMNS} FROM deposits "
                "WHERE office_code = ? AND office_seq > ? ORDER BY office_seq LIMIT ?",
                (office, after, limit + 1),
            ).fetchall()
            has_more = len(rows) > limit
            rows = rows[:limit]
            files = files_of(conn, [r[1] for r in rows])
            last = int(rows[-1][0]) if rows else after
            remaining = conn.execute(
                "SELECT count(*) FROM deposits WHERE office_code = ? AND office_seq > ?",
                (office, last),
            ).fetchone()[0]
        deposits = [deposit_json(r, files[r[1]]) for r in rows]
        if rows:
            next_cursor = self._cursor(office, last)
        else:
            next_cursor = cursor or self._cursor(office, 0)
        return json_reply(
            200,
            {
                "deposits": deposits,
                "next_cursor": next_cursor,
                "has_more": has_more,
                "remaining": remaining,
            },
        )

    def deposit(self, office: str, deposit_id: str) -> Reply:
        with self.store.read() as conn:
            row = self._own_deposit(conn, office, deposit_id)
            files = files_of(conn, [deposit_id])[deposit_id]
        return json_reply(200, deposit_json(row, files))

    @staticmethod
    def _own_deposit(conn: sqlite3.Connection, office: str, deposit_id: str) -> tuple[Any, ...]:
        """The deposit if it is in this office's feed: another office's is 'not found'."""
        row = conn.execute(
            f"SELECT {_DEPOSIT_COLUMNS} FROM deposits WHERE id = ? AND office_code = ?",
            (deposit_id, office),
        ).fetchone()
        if row is None:
            raise not_found("Dépôt")
        return tuple(row)

    def file(
        self, office: str, file_id: str, range_header: str | None, if_range: str | None
    ) -> Reply:
        with self.store.read() as conn:
            row = conn.execute(
                "SELECT f.name, f.content_type, f.blob FROM files f "
                "JOIN deposits d ON d.id = f.deposit_id WHERE f.id = ? AND d.office_code = ?",
                (file_id, office),
            ).fetchone()
            if row is None:
                raise not_found("Fichier")
            name, content_type, blob = row
            data = conn.execute("SELECT data FROM blobs WHERE sha256 = ?", (blob,)).fetchone()[0]
        etag = f'"{blob}"'
        size = len(data)
        headers = {
            "ETag": etag,
            "Accept-Ranges": "bytes",
            "Content-Disposition": f"attachment; filename*=UTF-8''{quote(name)}",
        }
        wanted = None
        if range_header and (if_range is None or if_range.strip() == etag):
            wanted = _byte_range(range_header, size)
        if wanted is None:
            return Reply(200, bytes(data), content_type, headers, is_file=True)
        if isinstance(wanted, str):  # "unsatisfiable"
            raise ApiError(
                416,
                "range_not_satisfiable",
                "La plage demandée commence après la fin du fichier.",
                details={"size": size},
                headers={"Content-Range": f"bytes */{size}"},
            )
        start, end = wanted
        headers["Content-Range"] = f"bytes {start}-{end}/{size}"
        return Reply(206, bytes(data[start : end + 1]), content_type, headers, is_file=True)

    def status_history(self, office: str, deposit_id: str) -> Reply:
        with self.store.read() as conn:
            self._own_deposit(conn, office, deposit_id)
            receipt = conn.execute(
                "SELECT * FROM receipts WHERE deposit_id = ?", (deposit_id,)
            ).fetchone()
            history = conn.execute(
                "SELECT deposit_id, status, at, note, recorded_at FROM statuses "
                "WHERE deposit_id = ? ORDER BY id",
                (deposit_id,),
            ).fetchall()
        return json_reply(
            200,
            {
                "deposit_id": deposit_id,
                "receipt": _receipt_json(tuple(receipt)) if receipt else None,
                "history": [_status_json(tuple(h)) for h in history],
            },
        )

    # -- writing ------------------------------------------------------------------------------

    @staticmethod
    def _replay(conn: sqlite3.Connection, office: str, key: str, fingerprint: str) -> Reply | None:
        row = conn.execute(
            "SELECT fingerprint, status, body FROM idempotency WHERE office_code = ? AND key = ?",
            (office, key),
        ).fetchone()
        if row is None:
            return None
        if row[0] != fingerprint:
            raise ApiError(
                422,
                "idempotency_mismatch",
                "Cette clé d'idempotence a déjà servi pour une autre requête.",
                details={"key": key},
            )
        return Reply(int(row[1]), bytes(row[2]), headers={"Idempotent-Replayed": "true"})

    @staticmethod
    def _remember(
        conn: sqlite3.Connection, office: str, key: str, fingerprint: str, reply: Reply
    ) -> Reply:
        if 200 <= reply.status < 300:
            conn.execute(
                "INSERT INTO idempotency VALUES (?, ?, ?, ?, ?, ?)",
                (office, key, fingerprint, reply.status, reply.body, iso(utc_now())),
            )
        return reply

    def acknowledge(self, office: str, deposit_id: str, key: str | None, body: bytes) -> Reply:
        key = check_idempotency_key(key)
        data = json_object(body)
        number = text_field(data, "registry_number", max_length=200)
        registered_at = iso(datetime_field(data, "registered_at"))
        fingerprint = _fingerprint("POST", f"/v1/deposits/{deposit_id}/acknowledgement", data)
        with self.store.write() as conn:
            self._own_deposit(conn, office, deposit_id)
            now = iso(utc_now())
            replay = self._replay(conn, office, key, fingerprint)
            if replay is not None:
                _log_ack(conn, deposit_id, "replayed", now)
                return replay
            row = conn.execute(
                "SELECT * FROM receipts WHERE deposit_id = ?", (deposit_id,)
            ).fetchone()
            if row is None:
                serial = conn.execute(  # receipts are never deleted: rowids count them
                    "SELECT coalesce(max(rowid), 0) + 1 FROM receipts"
                ).fetchone()[0]
                row = (deposit_id, f"AR-{now[:4]}-{serial:07d}", number, registered_at, now)
                conn.execute("INSERT INTO receipts VALUES (?, ?, ?, ?, ?)", row)
                _log_ack(conn, deposit_id, "created", now)
                reply = json_reply(201, _receipt_json(row))
            elif row[2] == number:
                _log_ack(conn, deposit_id, "same", now)
                reply = json_reply(200, _receipt_json(tuple(row)))
            else:
                _log_ack(conn, deposit_id, "conflict", now)
                reply = ApiError(
                    409,
                    "already_acknowledged",
                    "Ce dépôt a déjà été accusé sous un autre numéro d'ordre.",
                    details={"receipt": _receipt_json(tuple(row))},
                ).reply()
            return self._remember(conn, office, key, fingerprint, reply)

    def post_status(self, office: str, deposit_id: str, key: str | None, body: bytes) -> Reply:
        key = check_idempotency_key(key)
        data = json_object(body)
        status = text_field(data, "status")
        if status not in STATUSES:
            raise bad_request("status", f"« status » est l'un de : {', '.join(STATUSES)}.")
        at = iso(datetime_field(data, "at"))
        note = text_field(data, "note", required=False, max_length=2000, allow_empty=True)
        fingerprint = _fingerprint("POST", f"/v1/deposits/{deposit_id}/status", data)
        with self.store.write() as conn:
            self._own_deposit(conn, office, deposit_id)
            replay = self._replay(conn, office, key, fingerprint)
            if replay is not None:
                return replay
            acknowledged = conn.execute(
                "SELECT 1 FROM receipts WHERE deposit_id = ?", (deposit_id,)
            ).fetchone()
            if not acknowledged:
                raise ApiError(
                    409, "not_acknowledged", "Ce dépôt n'a pas encore fait l'objet d'un accusé."
                )
            row = (deposit_id, status, at, note, iso(utc_now()))
            conn.execute(
                "INSERT INTO statuses (deposit_id, status, at, note, recorded_at) "
                "VALUES (?, ?, ?, ?, ?)",
                row,
            )
            return self._remember(
                conn, office, key, fingerprint, json_reply(201, _status_json(row))
            )

    def upload(self, office: str, sha256: str, body: bytes) -> Reply:
        if not SHA256.match(sha256):
            raise bad_request("sha256", "L'empreinte SHA-256 s'écrit en 64 chiffres hexadécimaux.")
        actual = hashlib.sha256(body).hexdigest()
        if actual != sha256:
            raise ApiError(
                422,
                "hash_mismatch",
                "Le contenu reçu ne correspond pas à l'empreinte SHA-256 annoncée.",
                details={"expected": sha256, "actual": actual, "size": len(body)},
            )
        with self.store.write() as conn:
            Store.put_blob(conn, body)
            cursor = conn.execute(
                "INSERT OR IGNORE INTO uploads VALUES (?, ?, ?, ?)",
                (office, sha256, len(body), iso(utc_now())),
            )
        created = cursor.rowcount == 1
        return json_reply(201 if created else 200, {"sha256": sha256, "size": len(body)})

    def send(self, office: str, key: str | None, body: bytes) -> Reply:
        key = check_idempotency_key(key)
        data = json_object(body)
        to_office = text_field(data, "to_office")
        number = text_field(data, "registry_number", max_length=200)
        registered_at = datetime_field(data, "registered_at")
        subject = text_field(data, "subject", max_length=2000)
        message = text_field(data, "message", required=False, max_length=20000, allow_empty=True)
        reference = text_field(data, "reference", required=False, allow_empty=True)
        files = _outgoing_files(data.get("files"))
        fingerprint = _fingerprint("POST", "/v1/outgoing", data)
        with self.store.write() as conn:
            replay = self._replay(conn, office, key, fingerprint)
            if replay is not None:
                return replay
            blobs = []
            missing = []
            for position, f in enumerate(files):
                row = conn.execute(
                    "SELECT size FROM uploads WHERE office_code = ? AND sha256 = ?",
                    (office, f["sha256"]),
                ).fetchone()
                if row is None:
                    missing.append(f["sha256"])
                elif int(row[0]) != f["size"]:
                    raise ApiError(
                        422,
                        "bad_request",
                        "La taille annoncée ne correspond pas au fichier téléversé.",
                        details={"field": f"files[{position}].size", "size": int(row[0])},
                    )
                else:
                    blobs.append(f["sha256"])
            if missing:
                raise ApiError(
                    422,
                    "missing_upload",
                    "Fichier(s) non téléversé(s) : envoyez-les d'abord (PUT /v1/uploads/…).",
                    details={"sha256": missing},
                )
            sender = conn.execute(
                "SELECT code, name_fr, name_ar FROM offices WHERE code = ?", (office,)
            ).fetchone()
            addressee = conn.execute(
                "SELECT code FROM offices WHERE code = ? AND active = 1", (to_office,)
            ).fetchone()
            if addressee is None:
                raise ApiError(
                    404,
                    "unknown_office",
                    "Bureau destinataire inconnu ou inactif.",
                    details={"to_office": to_office},
                )
            new_files = []
            for f, sha in zip(files, blobs, strict=True):
                blob = conn.execute("SELECT data FROM blobs WHERE sha256 = ?", (sha,)).fetchone()
                new_files.append(NewFile(f["name"], f["content_type"], bytes(blob[0])))
            deposit = NewDeposit(
                office_code=str(to_office),
                depositor={
                    "kind": "administration",
                    "name": sender[1],
                    "name_ar": sender[2],
                    "name_fr": sender[1],
                    "identifier_type": None,
                    "identifier": None,
                    "email": None,
                    "phone": None,
                    "address": None,
                    "office_code": office,
                },
                subject=str(subject),
                message=message,
                reference=reference,
                letter_date=registered_at.date().isoformat(),
                sender_registry_number=number,
                files=new_files,
                origin="outgoing",
            )
            [deposit_id] = self.store.insert_deposits(conn, [deposit])
            delivered_at = iso(utc_now())
            conn.execute(
                "INSERT INTO outgoing (from_office, to_office, deposit_id, registry_number, doc, "
                "sent_at) VALUES (?, ?, ?, ?, ?, ?)",
                (
                    office,
                    to_office,
                    deposit_id,
                    number,
                    json.dumps(data, ensure_ascii=False),
                    delivered_at,
                ),
            )
            reply = json_reply(
                201,
                {"deposit_id": deposit_id, "to_office": to_office, "delivered_at": delivered_at},
            )
            return self._remember(conn, office, key, fingerprint, reply)


def _status_json(row: tuple[Any, ...]) -> dict[str, Any]:
    return {
        "deposit_id": row[0],
        "status": row[1],
        "at": row[2],
        "note": row[3],
        "recorded_at": row[4],
    }


def _log_ack(conn: sqlite3.Connection, deposit_id: str, outcome: str, at: str) -> None:
    conn.execute(
        "INSERT INTO ack_calls (deposit_id, outcome, at) VALUES (?, ?, ?)",
        (deposit_id, outcome, at),
    )


def _outgoing_files(value: Any) -> list[dict[str, Any]]:
    if not isinstance(value, list):
        raise bad_request("files", "« files » est une liste (éventuellement vide).")
    files = []
    for position, item in enumerate(value):
        where = f"files[{position}]"
        if not isinstance(item, dict):
            raise bad_request(where, f"« {where} » est un objet.")
        name = text_field(item, "name")
        content_type = text_field(item, "content_type")
        size = item.get("size")
        sha = item.get("sha256")
        if not isinstance(size, int) or isinstance(size, bool) or size < 0:
            raise bad_request(f"{where}.size", f"« {where}.size » est un entier positif.")
        if not isinstance(sha, str) or not SHA256.match(sha):
            raise bad_request(f"{where}.sha256", f"« {where}.sha256 » : 64 chiffres hexadécimaux.")
        files.append({"name": name, "content_type": content_type, "size": size, "sha256": sha})
    return files


def _byte_range(header: str, size: int) -> tuple[int, int] | str | None:
    """``bytes=N-``, ``bytes=N-M`` or ``bytes=-K`` as (first, last); None to send it all."""
    unit, _, spec = header.strip().partition("=")
    if unit.strip().lower() != "bytes" or "," in spec:
        return None  # another unit, or several ranges: ignored, the whole file is sent
    first, dash, last = spec.strip().partition("-")
    if not dash:
        return None
    try:
        if not first:
            suffix = int(last)
            if suffix <= 0:
                return "unsatisfiable"
            return (max(0, size - suffix), size - 1) if size else "unsatisfiable"
        start = int(first)
        end = int(last) if last else size - 1
    except ValueError:
        return None
    if start >= size:
        return "unsatisfiable"
    if end < start:
        return None
    return start, min(end, size - 1)
