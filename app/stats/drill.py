"""From a figure of the dashboard to the register's filter on exactly its mails.

Each function gives the :class:`~app.registry.browse.RegisterQuery` of one bar or one cell of
the dashboard (the viewer's own view of the register is added by the register, as for any
filter): registered mail of a day, week or month by direction, channel or service; a
service's open stock or overdue mail (an agent's too); the mail answered of a period; the mail
behind a service's delay of a stage.
"""

from __future__ import annotations

from app.domain.enums import Channel, Direction, MailType
from app.registry.browse import RegisterQuery
from app.stats.dashboard import NO_SERVICE, Bucket, Dashboard, Dimension
from app.stats.slices import Kind, StatsSlice


def _slice(board: Dashboard, kind: Kind, service: str | None, **kw: object) -> StatsSlice:
    return StatsSlice(
        kind=kind,
        as_at=board.as_at,
        today=board.today,
        no_service=service == NO_SERVICE,
        **kw,  # type: ignore[arg-type]
    )


def _service(board: Dashboard, service: str | None) -> str | None:
    """The register's service filter: the one asked, or the dashboard's own."""
    if service is not None and service != NO_SERVICE:
        return service
    if service is None and board.service is not None:
        return board.service.code
    return None


def registered(
    board: Dashboard,
    bucket: Bucket | None = None,
    dimension: Dimension | None = None,
    key: str | None = None,
    *,
    mail_type: str | None = None,
    caption: str = "",
) -> RegisterQuery:
    """The mail registered in ``bucket`` (the whole period if None) whose ``dimension`` is
    ``key``: a bar of the volumes."""
    first, last = (bucket.first, bucket.last) if bucket else (board.first, board.last)
    service = key if dimension == "service" else None
    return RegisterQuery(
        first_day=first,
        last_day=last,
        direction=Direction(key) if dimension == "direction" and key else None,
        channel=Channel(key) if dimension == "channel" and key else None,
        service_code=_service(board, service),
        mail_type=MailType(mail_type) if mail_type else None,
        cancelled=False,
        stats=_slice(board, "registered", service, caption=caption),
    )


def stock(board: Dashboard, service: str | None = None, *, caption: str = "") -> RegisterQuery:
    """The mail open at the dashboard's moment (of ``service``)."""
    return RegisterQuery(
        service_code=_service(board, service),
        cancelled=False,
        stats=_slice(board, "stock", service, caption=caption),
    )


def overdue(
    board: Dashboard,
    service: str | None = None,
    *,
    agent: str | None | bool = False,
    caption: str = "",
) -> RegisterQuery:
    """The overdue mail (of ``service``; of the agent ``agent`` — a login, None for the mail
    no agent holds, False for any)."""
    agent_id: int | None = None
    if agent is None:
        agent_id = 0
    elif isinstance(agent, str):
        agent_id = next((uid for uid, login in board.agents.items() if login == agent), -1)
    return RegisterQuery(
        service_code=_service(board, service),
        cancelled=False,
        stats=_slice(board, "overdue", service, agent=agent_id, caption=caption),
    )


def answered(board: Dashboard, bucket: Bucket | None = None, *, caption: str = "") -> RegisterQuery:
    """The incoming mail received in ``bucket`` and answered by the dashboard's moment."""
    first, last = (bucket.first, bucket.last) if bucket else (board.first, board.last)
    return RegisterQuery(
        first_day=first,
        last_day=last,
        direction=Direction.IN,
        service_code=_service(board, None),
        cancelled=False,
        stats=_slice(board, "answered", None, caption=caption),
    )


def delay(
    board: Dashboard,
    stage: str,
    service: str | None = None,
    mail_type: str | None = None,
    *,
    caption: str = "",
) -> RegisterQuery:
    """The mail whose delay of ``stage`` is counted (of ``service``, of ``mail_type``)."""
    return RegisterQuery(
        first_day=board.first,
        last_day=board.last,
        service_code=_service(board, service),
        mail_type=MailType(mail_type) if mail_type else None,
        cancelled=False,
        stats=_slice(board, "delay", service, stage=stage, caption=caption),
    )
