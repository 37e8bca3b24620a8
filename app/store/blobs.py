"""File content stored in the database, content-addressed by SHA-256, in chunks.

Writing is idempotent: a content already present is not stored twice. It runs in the caller's
transaction, so a mail and its files are committed together or not at all.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterator

from sqlalchemy import insert, select
from sqlalchemy.orm import Session

from app.store import dialects
from app.store.models import Blob, BlobChunk

CHUNK_SIZE = 1024 * 1024


def sha256_hex(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def put(session: Session, data: bytes) -> str:
    """Store ``data`` (once) and return its SHA-256."""
    digest = sha256_hex(data)
    chunks = [data[i : i + CHUNK_SIZE] for i in range(0, len(data), CHUNK_SIZE)] or [b""]
    created = session.execute(
        dialects.insert(session, Blob)
        .values(sha256=digest, size=len(data), chunk_count=len(chunks))
        .on_conflict_do_nothing()
        .returning(Blob.sha256)
    ).scalar_one_or_none()
    if created is not None:
        session.execute(
            insert(BlobChunk),
            [{"sha256": digest, "idx": i, "data": chunk} for i, chunk in enumerate(chunks)],
        )
    return digest


def iter_chunks(session: Session, digest: str) -> Iterator[bytes]:
    stmt = select(BlobChunk.data).where(BlobChunk.sha256 == digest).order_by(BlobChunk.idx)
    yield from session.scalars(stmt)


def get(session: Session, digest: str) -> bytes:
    data = b"".join(iter_chunks(session, digest))
    if sha256_hex(data) != digest:
        raise ValueError(f"stored content {digest} does not match its hash")
    return data
