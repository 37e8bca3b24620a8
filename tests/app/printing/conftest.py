"""Routing slips and the delivery book are printed for the imputation tests' office."""

from tests.app.imputation.conftest import org  # noqa: F401
