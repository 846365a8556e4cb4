"""``forum-kit demo``: create a new vault filled with realistic generated data to try the program.

Refuses to overwrite an existing vault; if generation fails, the half-made vault folder is
removed, so nothing is half-written.
"""

from __future__ import annotations

import argparse
import shutil
import time
from pathlib import Path
from typing import Any

from forum_kit.cli.common import (
    add_secret_options,
    check_new_passphrase,
    kdf_profile,
    parse_date,
    read_passphrase,
)
from forum_kit.i18n import _

DEFAULT_SEED = 20260331  # equal to forum_kit.demo.DEFAULT_SEED, kept here so --help stays light


def register(subparsers: Any) -> None:
    """Add the demo command."""
    p = subparsers.add_parser(
        "demo", help="create a demo vault with generated data",
        description="Create a new vault with several workplaces, about 40 areas, contacts with "
        "names from many languages and two years of organising history, and a neighbourhood "
        "with its tenants' assembly, mutual aid, a solidarity fund and a time bank. By default "
        "it goes to "
        "demo.forumkit in the user data folder.")
    p.add_argument("path", metavar="PATH", type=Path, nargs="?",
                   help="the new vault folder (default: demo.forumkit in the data folder)")
    add_secret_options(p, recovery=False)
    p.add_argument("--seed", type=int, default=DEFAULT_SEED,
                   help="random seed; the same seed gives the same vault (default: %(default)s)")
    p.add_argument("--contacts", type=int, default=1500,
                   help="number of contacts (default: %(default)s)")
    p.add_argument("--today", metavar="YYYY-MM-DD",
                   help="the day the history ends (default: today)")
    p.set_defaults(handler=run)


def _size(folder: Path) -> int:
    return sum(f.stat().st_size for f in folder.rglob("*") if f.is_file())


def run(args: argparse.Namespace) -> int:
    """Create the vault, generate the data in one transaction, print time, size and summary."""
    from forum_kit import config
    from forum_kit.errors import InvalidInput, VaultExists

    today = parse_date(args.today, "--today")
    if not 10 <= args.contacts <= 1_000_000:
        raise InvalidInput(_("--contacts must be between 10 and 1000000."))
    from forum_kit.vault.files import with_suffix

    folder = with_suffix(args.path if args.path is not None else config.demo_vault_path())
    if folder.exists():
        raise VaultExists()
    passphrase = read_passphrase(args, confirm=True)
    check_new_passphrase(passphrase)
    folder.parent.mkdir(parents=True, exist_ok=True, mode=0o700)

    from forum_kit import demo
    from forum_kit.cli.vault_cmds import print_summary, summary_counts
    from forum_kit.vault import Vault

    vault = Vault.create(folder, passphrase, kdf=kdf_profile())
    try:
        started = time.perf_counter()
        demo.generate(vault, seed=args.seed, today=today, contacts=args.contacts,
                      neighbourhood=True)
        seconds = time.perf_counter() - started
        with vault.unit_of_work() as session:
            counts = summary_counts(session)
    except BaseException:
        vault.lock()
        shutil.rmtree(folder, ignore_errors=True)
        raise
    vault.lock()
    try:
        config.add_recent_vault(folder)
    except OSError:
        pass
    print(_("Created the demo vault {resolve}").format(resolve=folder.resolve()))
    print(_("Generated in {seconds:.1f} s; size on disk {value:.1f} "
            "MiB").format(seconds=seconds, value=_size(folder) / 1_048_576))
    print_summary(counts)
    return 0
