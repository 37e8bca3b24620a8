"""The office's signature settings: its trusted roots and its timestamp service, in the database.

Both are office-wide (every desk verifies against the same roots and signs with the same
timestamp service), edited by an administrator, each change audited. The PKCS#11 module's path
is the workstation's (the desktop settings), not the office's.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import datetime
from urllib.parse import urlsplit

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from app.domain.clock import now_utc
from app.errors import UserError
from app.organisation.actor import Actor
from app.organisation.permissions import Action, require
from app.portal.client import is_loopback
from app.signature.types import SigningOptions
from app.store import audit
from app.store.database import Database
from app.store.models import SignatureSettings, TrustedRoot


@dataclass(frozen=True)
class RootInfo:
    id: int
    fingerprint: str
    subject: str
    not_after: datetime | None
    added_at: datetime


def parse_certificate(data: bytes, name: str = ""):  # noqa: ANN201 - asn1crypto Certificate
    """A certificate from PEM or DER bytes."""
    from asn1crypto import pem, x509

    try:
        if pem.detect(data):
            _, _, data = pem.unarmor(data)
        cert = x509.Certificate.load(data)
        cert.native  # noqa: B018 - parses it all
        return cert
    except Exception as exc:
        raise UserError("signature_root_bad", path=name or "?") from exc


def _info(row: TrustedRoot) -> RootInfo:
    return RootInfo(row.id, row.fingerprint, row.subject, row.not_after, row.added_at)


def list_roots(db: Database, office_id: int) -> list[RootInfo]:
    with db.read() as session:
        rows = session.scalars(
            select(TrustedRoot).where(TrustedRoot.office_id == office_id).order_by(TrustedRoot.id)
        )
        return [_info(r) for r in rows]


def root_ders(session: Session, office_id: int | None) -> list[bytes]:
    """The DER of the office's roots (``None``: of the database's office, there is one)."""
    query = select(TrustedRoot.der)
    if office_id is not None:
        query = query.where(TrustedRoot.office_id == office_id)
    return list(session.scalars(query))


def add_root(db: Database, actor: Actor, data: bytes, name: str = "") -> RootInfo:
    """Trust the certification authority in ``data`` (PEM or DER). Administrators only."""
    require(actor.role, Action.MANAGE_ORGANISATION)
    cert = parse_certificate(data, name)
    subject = cert.subject.human_friendly
    if not cert.ca:
        raise UserError("signature_root_not_ca", subject=subject)
    der = cert.dump()
    fingerprint = hashlib.sha256(der).hexdigest()
    with db.write() as session:
        exists = session.scalar(
            select(TrustedRoot.id).where(
                TrustedRoot.office_id == actor.office_id, TrustedRoot.fingerprint == fingerprint
            )
        )
        if exists is not None:
            raise UserError("signature_root_exists", subject=subject)
        row = TrustedRoot(
            office_id=actor.office_id,
            fingerprint=fingerprint,
            subject=subject,
            not_after=cert["tbs_certificate"]["validity"]["not_after"].native,
            der=der,
            added_at=now_utc(),
            added_by_id=actor.user_id,
        )
        session.add(row)
        session.flush()
        audit.append(
            session,
            actor.login,
            [
                audit.Event(
                    "signature.root_added",
                    "office",
                    actor.office_id,
                    {"fingerprint": fingerprint, "subject": subject},
                )
            ],
        )
        return _info(row)


def remove_root(db: Database, actor: Actor, key: str) -> RootInfo:
    """Stop trusting a root, named by its id or the start of its SHA-256 fingerprint."""
    require(actor.role, Action.MANAGE_ORGANISATION)
    key = key.strip().lower().replace(":", "")
    with db.write() as session:
        rows = list(
            session.scalars(select(TrustedRoot).where(TrustedRoot.office_id == actor.office_id))
        )
        found = [
            r for r in rows if str(r.id) == key or (len(key) >= 8 and r.fingerprint.startswith(key))
        ]
        if len(found) != 1:
            raise UserError("signature_root_unknown", key=key)
        row = found[0]
        info = _info(row)
        session.execute(delete(TrustedRoot).where(TrustedRoot.id == row.id))
        audit.append(
            session,
            actor.login,
            [
                audit.Event(
                    "signature.root_removed",
                    "office",
                    actor.office_id,
                    {"fingerprint": row.fingerprint, "subject": row.subject},
                )
            ],
        )
        return info


def timestamp_url(db: Database, office_id: int) -> str | None:
    with db.read() as session:
        return session.scalar(
            select(SignatureSettings.timestamp_url).where(SignatureSettings.office_id == office_id)
        )


def check_timestamp_url(url: str) -> str:
    url = url.strip()
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise UserError("signature_bad_timestamp_url", url=url)
    if parts.scheme == "http" and not is_loopback(parts.hostname):
        raise UserError("signature_bad_timestamp_url", url=url)
    return url


def set_timestamp_url(db: Database, actor: Actor, url: str | None) -> str | None:
    """Set (or, with None or "", remove) the office's timestamp service. Administrators only."""
    require(actor.role, Action.MANAGE_ORGANISATION)
    value = check_timestamp_url(url) if url and url.strip() else None
    with db.write() as session:
        row = session.get(SignatureSettings, actor.office_id)
        if row is None:
            session.add(
                SignatureSettings(
                    office_id=actor.office_id, timestamp_url=value, updated_at=now_utc()
                )
            )
        else:
            row.timestamp_url, row.updated_at = value, now_utc()
        session.flush()
        audit.append(
            session,
            actor.login,
            [audit.Event("signature.timestamp_set", "office", actor.office_id, {"url": value})],
        )
    return value


def signing_options(db: Database, office_id: int) -> SigningOptions:
    """The office's :class:`SigningOptions`; refuses when no root is trusted yet."""
    with db.read() as session:
        roots = root_ders(session, office_id)
        url = session.scalar(
            select(SignatureSettings.timestamp_url).where(SignatureSettings.office_id == office_id)
        )
    if not roots:
        raise UserError("signature_no_roots")
    return SigningOptions(trusted_roots=roots, timestamp_url=url)


def trusted_roots(db: Database, office_id: int | None) -> list[bytes]:
    with db.read() as session:
        return root_ders(session, office_id)
