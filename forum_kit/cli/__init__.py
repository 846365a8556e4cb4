"""The ``forum-kit`` command line: one program over the same core services as the desktop app.

Owns the argument parser, assembled from the subcommand modules listed in ``COMMAND_MODULES``
(each has ``register(subparsers) -> None`` and sets a ``run(args) -> int`` handler), the turning
of typed errors into ``forum-kit: <message>`` on stderr with the error's own exit code, and the
no-argument case that starts the desktop interface. Nothing heavy (Qt, SQLAlchemy, ReportLab) is
imported here, so ``--help`` is quick and a subcommand never loads Qt.
"""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Sequence

from forum_kit import __version__
from forum_kit.i18n import _

# Other parts of the program add their command modules to the end of this tuple.
# Options that belong to the desktop app (``forum-kit --demo``, ``forum-kit --vault PATH``).
APP_OPTIONS = ("--demo", "--vault", "--self-check")

COMMAND_MODULES: tuple[str, ...] = (
    "forum_kit.cli.vault_cmds",
    "forum_kit.cli.demo_cmd",
    "forum_kit.cli.search_cmd",
    "forum_kit.cli.growth_cmd",
    "forum_kit.cli.deadlines_cmd",
    "forum_kit.cli.import_cmd",
    "forum_kit.cli.export_cmd",
    "forum_kit.cli.backup_cmd",
    "forum_kit.cli.ical_cmd",
    "forum_kit.cli.keys_cmd",
    "forum_kit.cli.bundle_cmd",
    "forum_kit.cli.leaflet_cmd",
    "forum_kit.cli.briefing_cmd",
    "forum_kit.cli.pack_cmd",
    "forum_kit.cli.chart_sheet_cmd",
    "forum_kit.cli.structure_cmd",
    # the whole job without the app: structure, assemblies, people, one-on-ones, grievances
    "forum_kit.cli.workplace_cmds",
    "forum_kit.cli.assembly_cmds",
    "forum_kit.cli.people_cmds",
    "forum_kit.cli.grievance_cmds",
    "forum_kit.cli.letter_cmd",
    "forum_kit.cli.grievance_report_cmd",
    # beyond the workplace (issue 19): places, mutual aid, the fund, the time bank, care
    "forum_kit.cli.place_cmd",
    "forum_kit.cli.aid_cmd",
    "forum_kit.cli.fund_cmd",
    "forum_kit.cli.timebank_cmd",
    "forum_kit.cli.care_cmd",
    "forum_kit.cli.social_map_cmd",
    "forum_kit.cli.committee_cmd",
)

EXIT_USAGE = 2
EXIT_INTERRUPTED = 130
EXIT_BROKEN_PIPE = 141  # 128 + SIGPIPE, what a shell reports for a program its reader left


def build_parser() -> argparse.ArgumentParser:
    """The full parser, one subparser per command."""
    parser = argparse.ArgumentParser(
        prog="forum-kit",
        description="Forum Kit: an encrypted, offline toolkit for workplace organising. "
        "Run without arguments to open the desktop app.",
    )
    parser.add_argument("--version", action="version", version=f"forum-kit {__version__}")
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in dict.fromkeys(COMMAND_MODULES):  # a module registers once
        importlib.import_module(name).register(subparsers)
    return parser


def _run_app(argv: list[str]) -> int:
    try:
        app = importlib.import_module("ui.app")
    except ImportError:
        print(
            _("forum-kit: the desktop interface is not installed; use a command such as "
            "'forum-kit --help'."),
            file=sys.stderr,
        )
        return 1
    try:
        return int(app.main(argv) or 0)
    except Exception:  # noqa: BLE001 - any failure to start Qt gets one clear sentence
        print(
            _("forum-kit: the desktop interface could not start (no display or Qt libraries "
            "missing); the commands still work, see 'forum-kit --help'."),
            file=sys.stderr,
        )
        return 1


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit status.

    What it prints goes through ``output.EscapingStream`` (no raw control characters reach the
    terminal); when the reader of its output goes away (``forum-kit search ... | head``) it
    stops quietly with EXIT_BROKEN_PIPE instead of a traceback.
    """
    from forum_kit.cli.output import EscapingStream

    streams = sys.stdout, sys.stderr
    sys.stdout, sys.stderr = EscapingStream(sys.stdout), EscapingStream(sys.stderr)
    try:
        code = _main(argv)
        sys.stdout.flush()  # a reader gone before the last buffered line is met here
        return code
    except BrokenPipeError:
        _discard_stdout(streams[0])
        return EXIT_BROKEN_PIPE
    finally:
        sys.stdout, sys.stderr = streams


def _discard_stdout(stdout: object) -> None:
    """Point the standard output at the null device, so the interpreter's own flush at exit
    finds no closed pipe (it would print "Exception ignored ... BrokenPipeError")."""
    import os

    try:
        fd = stdout.fileno()  # type: ignore[attr-defined]
        null = os.open(os.devnull, os.O_WRONLY)
        os.dup2(null, fd)
        os.close(null)
    except (AttributeError, OSError, ValueError):
        pass  # not a real file (a test's capture): nothing will flush it at exit


def _main(argv: Sequence[str] | None) -> int:
    importlib.import_module("forum_kit.cli.vault_cmds").no_core_dumps()  # SECURITY.md L-7
    args_list = list(sys.argv[1:] if argv is None else argv)
    if not args_list or args_list[0] in APP_OPTIONS or args_list[0].startswith("--vault="):
        # the app outlives its locks: its freed memory must keep no plaintext (a restart
        # with the allocator settings; the commands lock and exit at once)
        importlib.import_module("forum_kit.hardening").reexec_hardened()
        return _run_app(args_list)
    from forum_kit import i18n

    # the command line speaks the language LANG (or LANGUAGE, LC_ALL, LC_MESSAGES) names
    i18n.set_language(i18n.language_from_environment())
    parser = build_parser()
    try:
        args = parser.parse_args(args_list)
    except SystemExit as stop:  # argparse exits 2 on usage errors and 0 after --help
        return stop.code if isinstance(stop.code, int) else EXIT_USAGE
    handler = getattr(args, "handler", None)
    if handler is None:
        parser.print_usage(sys.stderr)
        print(_("forum-kit: choose a command; 'forum-kit --help' lists them."), file=sys.stderr)
        return EXIT_USAGE
    from forum_kit.errors import ForumKitError
    from forum_kit.staging import sweep

    sweep()  # what a killed export, backup or document write left behind
    try:
        return int(handler(args))
    except ForumKitError as error:
        print(_("forum-kit: {message}").format(message=error.message), file=sys.stderr)
        return error.code
    except KeyboardInterrupt:
        print(_("forum-kit: interrupted; nothing was saved from the unfinished command."),
              file=sys.stderr)
        return EXIT_INTERRUPTED
