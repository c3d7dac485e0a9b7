"""Entry point: `python -m app` / `thuisplan`.

Without a sub-command (or with just a project file) the GUI starts; the
sub-commands of `app.cli` run without a display. Qt is imported only when the
GUI is asked for.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence


def main(argv: Sequence[str] | None = None) -> int:
    """Dispatch to the CLI or the GUI; returns the exit code."""
    args = list(sys.argv[1:] if argv is None else argv)
    from app.cli import COMMANDS

    if args and (args[0] in COMMANDS or args[0].startswith("-")):
        from app.cli import main as cli_main

        return cli_main(args)
    from app.views.application import run

    return run(args)


if __name__ == "__main__":
    sys.exit(main())
