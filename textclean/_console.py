"""
The ``textclean`` command: `textclean.cli.main`, imported where a Ctrl-C is answered.

Importing the command line (the filters' tables and patterns) takes over a
second; a Ctrl-C in it printed a traceback. `textclean/__init__` imports
nothing of that, so this module runs first and says plainly that nothing
was read or written.
"""

from __future__ import annotations

import sys

EXIT_INTERRUPTED = 130  # as textclean.cli's


def main() -> int:
    """Import the command line and run it; a Ctrl-C while importing ends with one line."""
    try:
        from textclean.cli import main as run  # noqa: PLC0415 - the import is what is guarded
    except KeyboardInterrupt:
        print("textclean: interrupted while starting; nothing was read or written", file=sys.stderr)
        return EXIT_INTERRUPTED
    return run()
