"""A simulated Bureau d'Ordre Digital portal: the contract (``app/portal/openapi.yaml``) served
over HTTP on loopback, with its own persistence, realistic deposits and injected faults.

Tests and benchmarks use :func:`run_simulator`; ``bureau-ordre portal-sim`` serves it from
the command line. Modules: ``runner`` (the object you hold), ``server`` (HTTP and faults),
``service`` (the contract's rules), ``store`` (SQLite), ``seed``/``people``/``samples``
(deposits and their files), ``directory`` (offices), ``faults``.
"""

from __future__ import annotations

from app.portal.sim.directory import DEMO_CODE
from app.portal.sim.faults import KINDS as FAULT_KINDS
from app.portal.sim.runner import Simulator, run_simulator
from app.portal.sim.seed import BAD_KINDS
from app.portal.sim.store import NewFile

__all__ = ["BAD_KINDS", "DEMO_CODE", "FAULT_KINDS", "NewFile", "Simulator", "run_simulator"]
