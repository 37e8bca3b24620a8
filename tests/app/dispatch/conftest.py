"""The imputation tests' office (services RH > FORM and BUDGET, a user of each role)."""

from tests.app.imputation.conftest import Org, org  # noqa: F401
