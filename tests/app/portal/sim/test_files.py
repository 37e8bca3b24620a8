"""File downloads: whole, resumed by Range, ETag, and only for the office that owns them."""

from __future__ import annotations

import hashlib

from app.portal.sim import Simulator
from tests.app.portal.sim.conftest import Client, other_office_client


def _a_file(client: Client) -> dict[str, object]:
    deposit = client.feed()[0]
    return dict(deposit["files"][0])


def test_whole_file_matches_its_hash_and_etag(client: Client) -> None:
    ref = _a_file(client)
    response = client.get(str(ref["url"]))
    assert response.status_code == 200
    assert len(response.content) == ref["size"]
    assert hashlib.sha256(response.content).hexdigest() == ref["sha256"]
    assert response.headers["ETag"] == f'"{ref["sha256"]}"'
    assert response.headers["Content-Type"] == ref["content_type"]
    assert response.headers["Accept-Ranges"] == "bytes"


def test_a_download_resumed_with_range_gives_the_whole_file(client: Client) -> None:
    ref = _a_file(client)
    size = int(str(ref["size"]))
    first = client.get(str(ref["url"]), headers={"Range": "bytes=0-99"})
    assert first.status_code == 206
    assert first.headers["Content-Range"] == f"bytes 0-99/{size}"
    assert len(first.content) == 100
    rest = client.get(
        str(ref["url"]), headers={"Range": "bytes=100-", "If-Range": f'"{ref["sha256"]}"'}
    )
    assert rest.status_code == 206
    assert rest.headers["Content-Range"] == f"bytes 100-{size - 1}/{size}"
    assert hashlib.sha256(first.content + rest.content).hexdigest() == ref["sha256"]


def test_range_edge_cases(client: Client) -> None:
    ref = _a_file(client)
    size = int(str(ref["size"]))
    url = str(ref["url"])
    whole = client.get(url).content
    tail = client.get(url, headers={"Range": "bytes=-10"})
    assert tail.status_code == 206 and tail.content == whole[-10:]
    past_end = client.get(url, headers={"Range": f"bytes=0-{size * 2}"})
    assert past_end.status_code == 206 and past_end.content == whole
    beyond = client.get(url, headers={"Range": f"bytes={size}-"})
    assert beyond.status_code == 416
    assert beyond.headers["Content-Range"] == f"bytes */{size}"
    assert beyond.json()["error"] == "range_not_satisfiable"
    stale = client.get(url, headers={"Range": "bytes=10-", "If-Range": '"another-version"'})
    assert stale.status_code == 200 and stale.content == whole


def test_another_office_cannot_read_the_file(sim: Simulator, client: Client) -> None:
    ref = _a_file(client)
    other = other_office_client(sim)
    response = other.get(str(ref["url"]))
    assert response.status_code == 404
    assert response.json()["error"] == "not_found"
    other.close()
