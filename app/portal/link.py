"""The office's link to the portal: where it is, who we are, how often to sync.

The URL, the client id and the interval are office settings, in the database (every desk of a
shared office syncs the same feed). The client secret is never stored there: it lives in the
OS keyring of the machine that syncs (or, without one, in the application's encrypted secrets
file: :mod:`app.secret_file`), or comes from ``BO_PORTAL_CLIENT_ID`` /
``BO_PORTAL_CLIENT_SECRET`` for scripts.
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from app import secrets
from app.organisation.actor import Actor
from app.organisation.permissions import Action, require
from app.portal.client import Credentials, PortalError, check_url
from app.store import audit
from app.store.database import Database
from app.store.models import PortalLink

DEFAULT_INTERVAL = 15  # minutes
MAX_INTERVAL = 24 * 60


@dataclass(frozen=True)
class LinkSettings:
    url: str
    client_id: str
    interval_minutes: int = DEFAULT_INTERVAL
    enabled: bool = True
    ca_bundle: str | None = None


def get_link(db: Database, office_id: int) -> PortalLink | None:
    with db.read() as session:
        link = session.get(PortalLink, office_id)
        if link is not None:
            session.expunge(link)
        return link


def configure(
    db: Database,
    actor: Actor,
    settings: LinkSettings,
    *,
    secret: str | None = None,
    file_password: str | None = None,
) -> None:
    """Save the office's portal settings (an administrator's act); keep ``secret`` if given
    (in the keyring, or without one in the secrets file protected by ``file_password``)."""
    require(actor.role, Action.MANAGE_ORGANISATION)
    url = check_url(settings.url)
    client_id = settings.client_id.strip()
    if not client_id:
        raise PortalError("missing_field", field="client_id")
    if not 1 <= settings.interval_minutes <= MAX_INTERVAL:
        raise PortalError("portal_bad_interval", maximum=MAX_INTERVAL)
    if secret:
        secrets.store_portal_secret(url, client_id, secret, file_password=file_password)
    with db.write() as session:
        link = session.get(PortalLink, actor.office_id)
        if link is None:
            link = PortalLink(office_id=actor.office_id, status_mark=0, cursor=None)
            session.add(link)
        elif link.url != url:
            link.cursor = None  # another portal: its feed is read from the start
            link.directory = None
        link.url = url
        link.client_id = client_id
        link.interval_minutes = settings.interval_minutes
        link.enabled = settings.enabled
        link.ca_bundle = settings.ca_bundle or None
        audit.append(
            session,
            actor.login,
            [
                audit.Event(
                    "portal.configured",
                    "office",
                    str(actor.office_id),
                    {"url": url, "client_id": client_id, "interval": settings.interval_minutes},
                )
            ],
        )


def ensure_link(db: Database, office_id: int, url: str, client_id: str | None) -> PortalLink:
    """The link for ``url`` (the command line's ``--portal``), created on first use."""
    url = check_url(url)
    with db.write() as session:
        link = session.get(PortalLink, office_id)
        if link is None:
            link = PortalLink(
                office_id=office_id,
                url=url,
                client_id=client_id or "",
                interval_minutes=DEFAULT_INTERVAL,
                enabled=True,
                status_mark=0,
            )
            session.add(link)
        elif link.url != url:
            link.url = url
            link.cursor = None
            link.directory = None
        if client_id and link.client_id != client_id:
            link.client_id = client_id
        session.flush()
        session.expunge(link)
        return link


def credentials(link: PortalLink) -> Credentials:
    """The client credentials: the environment's for scripts, else the keyring's."""
    env_id = os.environ.get("BO_PORTAL_CLIENT_ID")
    env_secret = os.environ.get("BO_PORTAL_CLIENT_SECRET")
    if env_id and env_secret:
        return Credentials(env_id, env_secret)
    client_id = env_id or link.client_id
    if not client_id:
        raise PortalError("portal_no_credentials", url=link.url)
    secret = env_secret or secrets.portal_secret(link.url, client_id)
    if not secret:
        raise PortalError("portal_no_credentials", url=link.url)
    return Credentials(client_id, secret)


def directory(link: PortalLink) -> list[dict[str, Any]]:
    """The offices the portal listed at the last sync (cached for offline use)."""
    if not link.directory:
        return []
    offices = json.loads(link.directory)
    return [o for o in offices if isinstance(o, dict) and o.get("code")]


def directory_age(link: PortalLink) -> datetime | None:
    return link.directory_at
