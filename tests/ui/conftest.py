"""GUI tests run offscreen, with the catalogues compiled from the committed .ts files."""

import pytest

from scripts import translations


@pytest.fixture(scope="session", autouse=True)
def compiled_translations() -> None:
    translations.build()
