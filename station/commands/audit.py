"""`station audit verify`: checks every audit chain, the facts they cover and the photos; names the first break."""

from __future__ import annotations

import argparse
import sys

from sqlalchemy.exc import SQLAlchemyError

from station.audit.seal import load_keys
from station.audit.verify import VerifyReport, central_keys, compare_chains, verify_store
from station.commands.common import station_from
from station.text import StationError, _


def register(sub: argparse._SubParsersAction) -> None:
    audit = sub.add_parser("audit", help="the tamper-evident audit trail")
    audit_sub = audit.add_subparsers(dest="audit_command", metavar="ACTION", required=True)
    verify = audit_sub.add_parser("verify", help="exit 0 when every chain and photo checks out")
    # SUPPRESS: the global --central given before the subcommand is kept, not overwritten by None.
    verify.add_argument("--central", metavar="URL", default=argparse.SUPPRESS,
                        help="also verify the central database and compare its chains with this store's")
    verify.set_defaults(func=_verify)


def _print(report: VerifyReport) -> None:
    chains = ", ".join(f"{station} ({count})" for station, count in sorted(report.stations.items())) or "none"
    print(f"{report.store}: chains {chains}; {report.facts_checked} facts, {report.photos_checked} photos checked"
          + (f", {report.photos_elsewhere} held by other stations" if report.photos_elsewhere else "")
          + f"; {report.sealed} seals checked")


def _verify(args: argparse.Namespace) -> int:
    ctx = station_from(args)
    with ctx.read() as session:
        reports = [verify_store(session, ctx.evidence, ctx.station_id, "local", load_keys(ctx.data_dir))]
        if getattr(args, "central", None):
            from sqlalchemy.orm import Session

            from db.engine import make_engine

            engine = make_engine(args.central)
            try:
                with Session(engine) as central:
                    keys = central_keys(central)
                    central_report = verify_store(central, None, None, "central", keys)
                    # The central's keys check this store's seals too: the key file beside it could be swapped.
                    against_central = verify_store(session, None, ctx.station_id, "local, by the central's keys", keys)
                    central_report.problems += [p for p in against_central.problems if p.kind == "forged"]
                    compare_chains(session, central, ctx.station_id, central_report)
                    reports.append(central_report)
            except SQLAlchemyError as exc:
                raise StationError(_("The central database at {url} cannot be read ({problem}). Check the URL and "
                                     "that it is migrated.", url=engine.url.render_as_string(hide_password=True),
                                     problem=exc.__class__.__name__)) from exc
            finally:
                engine.dispose()
    for report in reports:
        _print(report)
    problems = [p for r in reports for p in r.problems]
    if not problems:
        print("audit verify: OK")
        return 0
    first = problems[0]
    print(f"audit verify: BROKEN at {first.where}: {first.message.render()}", file=sys.stderr)
    for problem in problems[1:20]:
        print(f"  also {problem.where}: {problem.message.render()}", file=sys.stderr)
    if len(problems) > 20:
        print(f"  … and {len(problems) - 20} more", file=sys.stderr)
    return 1
