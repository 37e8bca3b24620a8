"""IMAP's modified UTF-7 (RFC 3501, 5.1.3): how folder names outside ASCII travel.

A folder an administrator names "Traités" or "معالجة" is sent as ``Trait&AOk-s`` or
``&BkUGOQYnBkQGLAYp-``; printable ASCII stands for itself but ``&``, which becomes ``&-``.
"""

from __future__ import annotations

import base64


def _flush(pending: list[str]) -> str:
    data = "".join(pending).encode("utf-16-be")
    return "&" + base64.b64encode(data).decode("ascii").rstrip("=").replace("/", ",") + "-"


def encode(name: str) -> str:
    out: list[str] = []
    pending: list[str] = []
    for char in name:
        if 0x20 <= ord(char) <= 0x7E:
            if pending:
                out.append(_flush(pending))
                pending = []
            out.append("&-" if char == "&" else char)
        else:
            pending.append(char)
    if pending:
        out.append(_flush(pending))
    return "".join(out)


def decode(name: str) -> str:
    out: list[str] = []
    i = 0
    while i < len(name):
        char = name[i]
        if char != "&":
            out.append(char)
            i += 1
            continue
        end = name.find("-", i)
        if end == -1:  # not ours to mend: shown as the server sent it
            out.append(name[i:])
            break
        if end == i + 1:
            out.append("&")
        else:
            chunk = name[i + 1 : end].replace(",", "/")
            chunk += "=" * (-len(chunk) % 4)
            try:
                out.append(base64.b64decode(chunk).decode("utf-16-be"))
            except (ValueError, UnicodeDecodeError):
                out.append(name[i : end + 1])
        i = end + 1
    return "".join(out)
