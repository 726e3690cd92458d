"""``desmig-server``: migrate, serve, and manage centres and devices.

    desmig-server [--database-url URL] migrate
    desmig-server [--database-url URL] serve [--host 127.0.0.1] [--port 8470]
    desmig-server [--database-url URL] create-centre --village-code CODE --name NAME
    desmig-server [--database-url URL] new-enrolment-code --village-code CODE
    desmig-server [--database-url URL] list-devices
    desmig-server [--database-url URL] revoke-device DEVICE_ID
    desmig-server [--database-url URL] renew-epoch
    desmig-server [--database-url URL] add-staff --username NAME --password-file FILE [--region CODE]

``DESMIG_DATABASE_URL`` sets the URL too. Commands that print data for scripts print one
JSON line; errors go to stderr with exit status 1.
"""

from __future__ import annotations

import argparse
import json
import sys
import uuid
from collections.abc import Sequence
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlalchemy.engine import Engine

from . import __version__, crud, migrate
from .core.config import Settings
from .core.db import begin_write, make_engine, new_session

DEFAULT_HOST = "127.0.0.1"
DEFAULT_PORT = 8470


class CommandError(Exception):
    """An operator mistake: printed without a traceback, exit status 1."""


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="desmig-server", description="Desmigratif central sync server"
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument(
        "--database-url",
        help="SQLAlchemy URL of the database (default: $DESMIG_DATABASE_URL, else an SQLite "
        "file in the user data folder)",
    )
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    commands.add_parser("migrate", help="create or upgrade the database schema")

    serve = commands.add_parser("serve", help="run the HTTP server")
    serve.add_argument(
        "--host", default=DEFAULT_HOST, help=f"address to listen on (default {DEFAULT_HOST})"
    )
    serve.add_argument(
        "--port", type=int, default=DEFAULT_PORT, help=f"port (default {DEFAULT_PORT})"
    )

    create = commands.add_parser(
        "create-centre", help="register a village centre; prints its id and a first enrolment code"
    )
    create.add_argument(
        "--village-code", required=True, help="Kemendagri village code, dotted or not"
    )
    create.add_argument("--name", required=True, help="name of the centre")

    code = commands.add_parser(
        "new-enrolment-code",
        help="a single-use code (valid 7 days) to enrol one more laptop of a centre",
    )
    code.add_argument("--village-code", required=True, help="the centre's village code")

    commands.add_parser("list-devices", help="one line per enrolled laptop")

    revoke = commands.add_parser("revoke-device", help="refuse a device's token from now on")
    revoke.add_argument("device_id", metavar="DEVICE_ID")

    commands.add_parser(
        "renew-epoch",
        help="after restoring the database from a backup: make laptops re-send what it lacks",
    )

    staff = commands.add_parser(
        "add-staff", help="an account for the central page (regency or ministry staff)"
    )
    staff.add_argument("--username", required=True)
    staff.add_argument("--full-name", default="")
    staff.add_argument(
        "--password-file", required=True, help="a file whose first line is the password"
    )
    staff.add_argument(
        "--region",
        default="",
        help="province (33) or regency (33.01) code they see; empty: every centre (ministry)",
    )
    return parser


def _settings(args: argparse.Namespace) -> Settings:
    if args.database_url:
        return Settings(database_url=args.database_url)
    return Settings()


def _migrated_engine(settings: Settings) -> Engine:
    engine = make_engine(settings.database_url)
    if not migrate.is_current(engine):
        engine.dispose()
        raise CommandError(
            "the database is not at the current schema; run `desmig-server migrate` first"
        )
    return engine


def _show(moment: datetime | None) -> str:
    return moment.isoformat(timespec="seconds") if moment else "-"


def _one_line(text: str) -> str:
    return " ".join(text.split())


def _add_staff(session: Any, args: argparse.Namespace) -> Any:
    from desmig_desktop import regions

    from .central.auth import add_staff

    region = args.region.strip()
    if region:
        found = regions.get(region)
        if found is None or found.level not in ("province", "regency"):
            raise CommandError(f"{region!r} is not a province or regency code (e.g. 33 or 33.01)")
        region = found.code
    try:
        password = Path(args.password_file).read_text(encoding="utf-8").splitlines()[0]
    except (OSError, IndexError, UnicodeDecodeError) as error:
        raise CommandError(f"cannot read a password from {args.password_file}: {error}") from None
    try:
        return add_staff(
            session,
            username=args.username.strip(),
            password=password,
            region=region,
            full_name=args.full_name.strip(),
        )
    except ValueError as error:
        raise CommandError(str(error)) from None


def _run(args: argparse.Namespace) -> int:
    settings = _settings(args)
    command = args.command

    if command == "migrate":
        engine = make_engine(settings.database_url)
        try:
            migrate.upgrade(engine)
            print(f"database at revision {migrate.current(engine)}")
        finally:
            engine.dispose()
        return 0

    if command == "serve":
        import uvicorn

        from .core.serving import settle_serving_process, speak_english
        from .main import create_app

        _migrated_engine(settings).dispose()
        speak_english()
        app = create_app(settings)
        settle_serving_process()
        uvicorn.run(app, host=args.host, port=args.port, proxy_headers=True)
        return 0

    engine = _migrated_engine(settings)
    try:
        with new_session(engine) as session:
            if command != "list-devices":
                begin_write(session)
            if command == "create-centre":
                centre = crud.create_centre(
                    session=session, village_code=args.village_code, name=args.name
                )
                code = crud.create_enrolment_code(session=session, centre=centre)
                session.commit()
                print(json.dumps({"centre_id": str(centre.id), "enrolment_code": code}))
            elif command == "new-enrolment-code":
                found = crud.get_centre_by_village(session=session, village_code=args.village_code)
                if found is None:
                    raise CommandError(
                        f"no centre for village {args.village_code}; create it with `desmig-server create-centre`"
                    )
                code = crud.create_enrolment_code(session=session, centre=found)
                session.commit()
                print(json.dumps({"centre_id": str(found.id), "enrolment_code": code}))
            elif command == "list-devices":
                for device, owner in crud.list_devices(session=session):
                    print(
                        "\t".join(
                            [
                                str(device.id),
                                f"{owner.village_code} {_one_line(owner.name)}",
                                _one_line(device.name),
                                f"created {_show(device.created_at)}",
                                f"last seen {_show(device.last_seen_at)}",
                                f"revoked {_show(device.revoked_at)}"
                                if device.revoked_at
                                else "active",
                            ]
                        )
                    )
            elif command == "revoke-device":
                try:
                    device_id = uuid.UUID(args.device_id)
                except ValueError:
                    raise CommandError(f"{args.device_id!r} is not a device id") from None
                device = crud.revoke_device(session=session, device_id=device_id)
                session.commit()
                print(f"device {device.id} ({device.name}) revoked {_show(device.revoked_at)}")
            elif command == "add-staff":
                staff = _add_staff(session, args)
                session.commit()
                print(json.dumps({"staff_id": str(staff.id), "username": staff.username}))
            elif command == "renew-epoch":
                epoch = crud.renew_epoch(session=session)
                session.commit()
                print(f"new epoch {epoch}")
            else:  # pragma: no cover - argparse refuses unknown commands
                raise CommandError(f"unknown command {command}")
    except crud.CrudError as error:
        raise CommandError(str(error)) from None
    finally:
        engine.dispose()
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    try:
        return _run(args)
    except CommandError as error:
        print(f"desmig-server: {error}", file=sys.stderr)
        return 1
