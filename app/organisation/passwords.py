"""Password hashing with Argon2id (memory-hard)."""

from __future__ import annotations

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError

# 64 MiB, 3 passes: about 50-100 ms on a counter PC, once per log-in.
_HASHER = PasswordHasher(time_cost=3, memory_cost=64 * 1024, parallelism=2)
MIN_LENGTH = 8


def hash_password(password: str) -> str:
    return _HASHER.hash(password)


def check_password(stored_hash: str, password: str) -> bool:
    try:
        return _HASHER.verify(stored_hash, password)
    except (VerificationError, InvalidHashError):
        return False
