"""The ``bureau-ordre`` entry point: no arguments open the application, else the command line.

It lives on the GUI side so that app/ never imports ui/; it imports nothing from Qt itself,
so the command line starts as fast as before.

Python's cyclic garbage collector is off while the program starts: importing makes hundreds
of thousands of objects that live as long as the process, and the collector scanned them all
several times over (a full collection of them: tens of milliseconds) for no garbage. They are
then frozen (set aside from every later collection) and the collector turned back on: before a
command runs, and in the desk once its screens are imported (:func:`ui.main.run`).
"""

from __future__ import annotations

import gc
import sys
from collections.abc import Sequence


def main(argv: Sequence[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    gc.disable()
    if not args:
        return open_application()
    from app.cli.main import main as cli_main

    return cli_main(args, ready=started)


def started() -> None:
    """What is imported so far lives as long as the process: out of the collector's way."""
    gc.freeze()
    gc.enable()


def open_application() -> int:
    try:
        from ui.main import run
    except ImportError:
        from app.cli.main import build_parser
        from app.i18n import message

        print(f"bureau-ordre: {message('no_gui')}", file=sys.stderr)
        build_parser().print_usage(sys.stderr)
        return 2
    return int(run())


if __name__ == "__main__":
    sys.exit(main())
