"""The ``desmig`` command line: the same services as the GUI, for operators and scripts.

Exit codes: 0 success, 1 the operation failed, 2 bad usage or unreadable input.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

from . import __version__, i18n, paths

EXIT_OK, EXIT_FAILED, EXIT_USAGE = 0, 1, 2

i18n.register(
    {
        "cli.no_store": {
            "id": "Belum ada data di {path}. Buat dengan 'desmig init' atau pulihkan cadangan dengan 'desmig restore'.",
            "en": "No store at {path}. Create one with 'desmig init' or restore a backup with 'desmig restore'.",
        },
        "cli.need_credentials": {
            "id": "Perintah ini perlu login: berikan --user dan --password-file (atau DESMIG_USER dan DESMIG_PASSWORD).",
            "en": "This command needs a login: give --user and --password-file (or DESMIG_USER and DESMIG_PASSWORD).",
        },
        "cli.password_file": {
            "id": "Berkas kata sandi {file} tidak bisa dibaca: {error}",
            "en": "Cannot read the password file {file}: {error}",
        },
        "cli.password_empty": {
            "id": "Berkas kata sandi {file} kosong.",
            "en": "The password file {file} is empty.",
        },
        "cli.store_exists": {
            "id": "Sudah ada data di {path}; tidak ada yang diubah. Gunakan --data-dir lain untuk pusat layanan baru.",
            "en": "A store already exists at {path}; nothing was changed. Use another --data-dir for a new centre.",
        },
        "cli.created": {
            "id": "Pusat layanan {name} ({village}) dibuat di {path}.",
            "en": "Centre {name} ({village}) created at {path}.",
        },
        "cli.user_disabled": {"id": "(nonaktif)", "en": "(disabled)"},
        "cli.user_added": {
            "id": "Pengguna {user} ({role}) ditambahkan.",
            "en": "User {user} ({role}) added.",
        },
        "cli.password_set": {
            "id": "Kata sandi {user} diganti.",
            "en": "Password of {user} changed.",
        },
        "cli.recovery_key": {
            "id": "KUNCI PEMULIHAN data ini (hanya ditampilkan sekali; tulis di kertas dan simpan di tempat aman, terpisah dari laptop): {key}\nDengan kunci ini data dapat dibuka bila semua kata sandi hilang: 'desmig recover'.",
            "en": "RECOVERY KEY of this data (shown only once; write it on paper and keep it somewhere safe, apart from the laptop): {key}\nWith it the data opens when every password is lost: 'desmig recover'.",
        },
        "cli.encrypted_now": {
            "id": "Data di laptop ini sekarang terenkripsi.",
            "en": "The data on this laptop is now encrypted.",
        },
        "cli.plain_file": {
            "id": "Perhatian: {path} tidak terenkripsi dan berisi data pribadi. Simpan di tempat aman dan hapus bila tidak diperlukan lagi.",
            "en": "Warning: {path} is not encrypted and holds personal data. Keep it safe and delete it when no longer needed.",
        },
        "cli.recovered": {
            "id": "Data dibuka dengan kunci pemulihan; kata sandi {user} diganti.",
            "en": "The data was opened with the recovery key; the password of {user} was changed.",
        },
        "cli.need_recovery_user": {
            "id": "Berikan --user (akun yang kata sandinya diganti) dan --password-file (kata sandi barunya).",
            "en": "Give --user (the account whose password is set) and --password-file (its new password).",
        },
        "cli.seeded": {"id": "Data contoh dibuat: {summary}", "en": "Demo data created: {summary}"},
        "cli.exported": {"id": "Ekspor selesai: {path}", "en": "Export written: {path}"},
        "cli.backup_done": {"id": "Cadangan dibuat: {path}", "en": "Backup written: {path}"},
        "cli.restored": {
            "id": "Cadangan dipulihkan ke {path}.",
            "en": "Backup restored to {path}.",
        },
        "cli.enrolled": {
            "id": "Laptop terdaftar ke pusat layanan {name}; data disimpan di {path}.",
            "en": "Laptop enrolled with centre {name}; data kept at {path}.",
        },
        "cli.synced": {
            "id": "Sinkronisasi selesai: {pushed} perubahan terkirim, {rejected} ditolak, {pulled} diterima.",
            "en": "Sync complete: {pushed} changes sent, {rejected} rejected, {pulled} received.",
        },
        "cli.action_sync": {"id": "sinkronisasi", "en": "syncing"},
        "cli.positive_int": {
            "id": "'{value}' bukan jumlah yang benar; tulis bilangan bulat lebih dari 0.",
            "en": "'{value}' is not a valid count; write a whole number above 0.",
        },
        "cli.kept": {
            "id": "Data lama disimpan di {path}.",
            "en": "The previous store was kept at {path}.",
        },
        "cli.gui_missing": {
            "id": "Tampilan desktop belum tersedia di versi ini; gunakan perintah 'desmig --help'.",
            "en": "The desktop interface is not available in this version yet; see 'desmig --help'.",
        },
        "cli.unexpected": {
            "id": "Terjadi kesalahan tak terduga: {error}. Rinciannya ditulis di {log}.",
            "en": "An unexpected error occurred: {error}. Details were written to {log}.",
        },
    }
)


class UsageError(Exception):
    """Bad usage or unreadable input: exit 2."""


def _read_password(file: str) -> str:
    try:
        text = Path(file).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as error:
        raise UsageError(i18n.t("cli.password_file", file=file, error=error)) from error
    # Only the line end an editor adds is dropped: spaces may be part of a password.
    password = text.splitlines()[0] if text else ""
    if not password:
        raise UsageError(i18n.t("cli.password_empty", file=file))
    return password


def _credentials(args: argparse.Namespace) -> tuple[str, str]:
    user = args.user or os.environ.get("DESMIG_USER")
    if args.password_file:
        password = _read_password(args.password_file)
    else:
        password = os.environ.get("DESMIG_PASSWORD") or ""
    if not user or not password:
        raise UsageError(i18n.t("cli.need_credentials"))
    return user, password


def _show_recovery_key(key: str | None) -> None:
    if key:
        print(i18n.t("cli.recovery_key", key=key))


def _warn_plain_file(path: object) -> None:
    print(i18n.t("cli.plain_file", path=path), file=sys.stderr)


def _login(args: argparse.Namespace):  # type: ignore[no-untyped-def]
    """Unlock the store and log in with the command line's credentials; a wrong or
    empty password touches nothing."""
    from .services import Services
    from .services.keys import open_centre
    from .store.db import StoreError

    user, password = _credentials(args)
    path = paths.store_path()
    if not path.exists():
        raise StoreError(i18n.t("cli.no_store", path=path))
    opened, actor = open_centre(path, user, password)
    if opened.recovery_key:
        # A store of an older version, encrypted at this login.
        print(i18n.t("cli.encrypted_now"), file=sys.stderr)
        _show_recovery_key(opened.recovery_key)
    return Services(opened.store, actor)


# -- commands ------------------------------------------------------------------------------


def cmd_init(args: argparse.Namespace) -> int:
    from .services import create_centre

    path = paths.store_path()
    if path.exists():
        print(i18n.t("cli.store_exists", path=path), file=sys.stderr)
        return EXIT_FAILED
    password = _read_password(args.admin_password_file)
    paths.ensure_data_dir()
    store = create_centre(
        path,
        village_code=args.village_code,
        centre_name=args.centre_name,
        admin_user=args.admin_user,
        admin_password=password,
    )
    from . import regions

    with store.read() as session:
        from .domain import Centre

        centre = session.get(Centre, store.centre_id())
        assert centre is not None
        print(
            i18n.t(
                "cli.created",
                name=centre.name,
                village=regions.full_name(centre.village_code),
                path=path,
            )
        )
    _show_recovery_key(store.recovery_key)
    store.close()
    return EXIT_OK


def cmd_recover(args: argparse.Namespace) -> int:
    """Open the store with its recovery key and give an account a new password."""
    from .services import Services
    from .services.accounts import recover_account
    from .services.keys import unlock_with_recovery
    from .store.db import StoreError

    path = paths.store_path()
    if not path.exists():
        raise StoreError(i18n.t("cli.no_store", path=path))
    if not args.user or not args.password_file:
        raise UsageError(i18n.t("cli.need_recovery_user"))
    recovery = _read_password(args.recovery_key_file)
    password = _read_password(args.password_file)
    store = unlock_with_recovery(path, recovery)
    try:
        actor = recover_account(store, args.user, password)
        Services(store, actor)
        print(i18n.t("cli.recovered", user=args.user))
    finally:
        store.close()
    return EXIT_OK


def cmd_users(args: argparse.Namespace) -> int:
    services = _login(args)
    try:
        # The subcommand's --password-file is the new password; the global one logs in.
        if args.users_command == "add":
            password = _read_password(args.password_file_new)
            services.accounts.add_user(args.name, role=args.role, password=password)
            print(i18n.t("cli.user_added", user=args.name, role=args.role))
        elif args.users_command == "list":
            for account in services.accounts.list_users():
                state = "" if account.active else " " + i18n.t("cli.user_disabled")
                print(f"{account.username}\t{account.role}\t{account.full_name}{state}")
        elif args.users_command == "passwd":
            password = _read_password(args.password_file_new)
            services.accounts.set_password(args.name, password)
            print(i18n.t("cli.password_set", user=args.name))
    finally:
        services.store.close()
    return EXIT_OK


def cmd_seed(args: argparse.Namespace) -> int:
    from .seed import seed

    services = _login(args)
    try:

        def progress(done: int, total: int) -> None:
            print(f"\r{done}/{total}", end="", file=sys.stderr, flush=True)

        counts = seed(services, args.people, seed=args.seed, progress=progress)
        print("", file=sys.stderr)
        summary = ", ".join(f"{table}: {count}" for table, count in counts.items())
        print(i18n.t("cli.seeded", summary=summary))
    finally:
        services.store.close()
    return EXIT_OK


def cmd_import_people(args: argparse.Namespace) -> int:
    from .io.people_import import ImportFileError, import_people

    services = _login(args)
    try:
        try:
            result = import_people(
                services,
                Path(args.file),
                update=args.update,
                report_path=Path(args.report) if args.report else None,
            )
        except ImportFileError as error:
            raise UsageError(str(error)) from error
        for line in result.lines():
            print(line)
        print(result.summary())
    finally:
        services.store.close()
    return EXIT_OK


def cmd_export(args: argparse.Namespace) -> int:
    from .io import export
    from .services.audit import record

    services = _login(args)
    try:
        writer: Callable[..., object] = {
            "json": export.export_json,
            "csv": export.export_csv,
            "xlsx": export.export_xlsx,
        }[args.format]
        writer(services.store, Path(args.out))
        record(services.store, services.actor.username, "export", f"{args.format} {args.out}")
        print(i18n.t("cli.exported", path=args.out))
        _warn_plain_file(args.out)
    finally:
        services.store.close()
    return EXIT_OK


def cmd_report(args: argparse.Namespace) -> int:
    from .reports import ReportService, write_report
    from .services.audit import record

    services = _login(args)
    try:
        report = ReportService(services.store, services.actor).monthly(args.month)
        try:
            write_report(report, args.format, Path(args.out))
        except OSError as error:
            raise UsageError(i18n.t("report.write_failed", path=args.out, error=error)) from error
        record(services.store, services.actor.username, "report", f"{args.month} {args.out}")
        print(i18n.t("report.written", path=args.out))
        _warn_plain_file(args.out)
    finally:
        services.store.close()
    return EXIT_OK


def cmd_export_person(args: argparse.Namespace) -> int:
    from .services.privacy import PrivacyService, write_person_export

    services = _login(args)
    try:
        export = PrivacyService(services.store, services.actor).export_person(args.nik)
        out = Path(args.out)
        try:
            write_person_export(export, out)
        except OSError as error:
            raise UsageError(i18n.t("privacy.write_failed", path=out, error=error)) from error
        print(
            i18n.t(
                "privacy.exported",
                name=export.person.get("name", ""),
                path=out,
                records=export.record_count,
            )
        )
        _warn_plain_file(out)
    finally:
        services.store.close()
    return EXIT_OK


def cmd_erase_person(args: argparse.Namespace) -> int:
    from .services.privacy import ErasureService

    services = _login(args)
    try:
        result = ErasureService(services.store, services.actor).erase_person(
            args.nik, args.reason or ""
        )
        print(i18n.t("privacy.erased", nik=args.nik, records=result.records))
    finally:
        services.store.close()
    return EXIT_OK


def cmd_audit(args: argparse.Namespace) -> int:
    from .services.audit import AuditService

    services = _login(args)
    try:
        for event in AuditService(services.store, services.actor).events(args.limit):
            print(
                "\t".join(
                    [event.at.isoformat(timespec="seconds"), event.user, event.action, event.detail]
                )
            )
    finally:
        services.store.close()
    return EXIT_OK


def cmd_backup(args: argparse.Namespace) -> int:
    from .store.backup import make_backup

    services = _login(args)
    try:
        make_backup(services.store, Path(args.out))
        print(i18n.t("cli.backup_done", path=args.out))
    finally:
        services.store.close()
    return EXIT_OK


def cmd_restore(args: argparse.Namespace) -> int:
    from .domain.enums import Role
    from .store.backup import backup_key, check_backup, restore

    current_key = None
    if paths.store_path().exists():
        # Replacing a centre's data is an admin's decision.
        services = _login(args)
        try:
            services.accounts.check_role(Role.ADMIN, "restore")
            current_key = services.store.key
        finally:
            services.store.close()
    # A backup from another laptop (a replaced one) opens with the password of one of its
    # officers, given as for any command.
    user = args.user or os.environ.get("DESMIG_USER")
    password = _read_password(args.password_file) if args.password_file else None
    password = password or os.environ.get("DESMIG_PASSWORD")
    key = backup_key(Path(args.file), [current_key], username=user, password=password)
    check_backup(Path(args.file), key)
    kept = restore(Path(args.file), key=key, current_key=current_key, force=args.force)
    print(i18n.t("cli.restored", path=paths.store_path()))
    if kept:
        print(i18n.t("cli.kept", path=kept))
    return EXIT_OK


def cmd_enrol(args: argparse.Namespace) -> int:
    from .sync.client import enrol

    path = paths.store_path()
    if path.exists():
        print(i18n.t("cli.store_exists", path=path), file=sys.stderr)
        return EXIT_FAILED
    password = _read_password(args.admin_password_file)
    paths.ensure_data_dir()
    store = enrol(
        path,
        server_url=args.server,
        code=args.code,
        admin_user=args.admin_user,
        admin_password=password,
        progress=_stderr_progress,
    )
    print("", file=sys.stderr)
    with store.read() as session:
        from .domain import Centre

        centre = session.get(Centre, store.centre_id())
        name = centre.name if centre else "?"
    recovery = store.recovery_key
    store.close()
    print(i18n.t("cli.enrolled", name=name, path=path))
    _show_recovery_key(recovery)
    return EXIT_OK


def _stderr_progress(message: str) -> None:
    print(f"\r{message}\033[K", end="", file=sys.stderr, flush=True)


def cmd_sync(args: argparse.Namespace) -> int:
    from .domain.enums import Role
    from .sync.client import SyncClient

    services = _login(args)
    try:
        services.accounts.check_role(Role.SUPERVISOR, i18n.t("cli.action_sync"))
        client = SyncClient(services.store, server_url=args.server, progress=_stderr_progress)
        try:
            result = client.sync()
        finally:
            client.close()
            print("", file=sys.stderr)
        if result.newer_version:
            print(i18n.t("sync.newer_version", version=result.newer_version), file=sys.stderr)
        if not result.complete:
            print(i18n.t("sync.pending", pending=result.pending), file=sys.stderr)
            return EXIT_FAILED
        print(
            i18n.t(
                "cli.synced", pushed=result.pushed, rejected=result.rejected, pulled=result.pulled
            )
        )
    finally:
        services.store.close()
    return EXIT_OK


def cmd_sync_status(args: argparse.Namespace) -> int:
    from .sync.client import describe, status

    services = _login(args)
    try:
        for line in describe(status(services.store)):
            print(line)
    finally:
        services.store.close()
    return EXIT_OK


def cmd_conflicts(args: argparse.Namespace) -> int:
    from .sync.client import open_conflicts

    services = _login(args)
    try:
        conflicts = open_conflicts(services.store)
        for conflict in conflicts:
            print(
                "\t".join(
                    [
                        str(conflict.id),
                        conflict.table_name,
                        str(conflict.row_id),
                        conflict.field or "-",
                        conflict.kind,
                        f"kept={conflict.kept_value} ({conflict.kept_user or '?'})",
                        f"lost={conflict.lost_value} ({conflict.lost_user or '?'})",
                    ]
                )
            )
        print(f"conflicts: {len(conflicts)}")
    finally:
        services.store.close()
    return EXIT_OK


def cmd_gui_probe(args: argparse.Namespace) -> int:
    from .ui.probe import probe_main_window

    print(probe_main_window(paths.store_path(), first_paint=args.first_paint))
    return EXIT_OK


def cmd_self_test(args: argparse.Namespace) -> int:
    from .selftest import run_self_test

    if args.user and args.password_file:
        # The store and the window probe (a child process) open the store with them.
        os.environ["DESMIG_USER"] = args.user
        os.environ["DESMIG_PASSWORD"] = _read_password(args.password_file)
    return EXIT_OK if run_self_test(print) else EXIT_FAILED


def cmd_gui(args: argparse.Namespace) -> int:
    try:
        from .ui.app import run_app
    except ImportError:
        print(i18n.t("cli.gui_missing"), file=sys.stderr)
        return EXIT_FAILED
    return run_app()


# -- parser --------------------------------------------------------------------------------


def _positive_int(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        value = 0
    if value <= 0:
        raise argparse.ArgumentTypeError(i18n.t("cli.positive_int", value=text))
    return value


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="desmig", description="Desmigratif Desktop")
    parser.add_argument("--version", action="version", version=f"desmig {__version__}")
    parser.add_argument(
        "--data-dir",
        help="data folder (default: the platform's user data folder; or DESMIG_DATA_DIR)",
    )
    parser.add_argument("--user", help="user name (or DESMIG_USER)")
    parser.add_argument("--password-file", help="file holding the password (or DESMIG_PASSWORD)")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    init = commands.add_parser("init", help="create the store of a new standalone centre")
    init.add_argument(
        "--village-code", required=True, help="10-digit Kemendagri village code, dotted or not"
    )
    init.add_argument("--centre-name", required=True)
    init.add_argument("--admin-user", required=True)
    init.add_argument("--admin-password-file", required=True)
    init.set_defaults(func=cmd_init)

    recover = commands.add_parser(
        "recover",
        help="open the store with its recovery key and set a new password for --user "
        "(read from --password-file)",
    )
    recover.add_argument("--recovery-key-file", required=True, metavar="FILE")
    recover.set_defaults(func=cmd_recover)

    users = commands.add_parser("users", help="officer accounts (admins)")
    users_commands = users.add_subparsers(dest="users_command", metavar="ACTION", required=True)
    add = users_commands.add_parser("add", help="add a user")
    add.add_argument("name")
    add.add_argument("--role", required=True, choices=["officer", "supervisor", "admin"])
    add.add_argument("--password-file", required=True, dest="password_file_new", metavar="FILE")
    users_commands.add_parser("list", help="list users")
    passwd = users_commands.add_parser("passwd", help="set a user's password")
    passwd.add_argument("name")
    passwd.add_argument("--password-file", required=True, dest="password_file_new", metavar="FILE")
    users.set_defaults(func=cmd_users)

    seed = commands.add_parser("seed", help="fill the store with realistic demo data")
    seed.add_argument("--people", type=_positive_int, required=True)
    seed.add_argument("--seed", type=int, default=0)
    seed.set_defaults(func=cmd_seed)

    imp = commands.add_parser("import-people", help="import people from CSV or XLSX")
    imp.add_argument("file")
    imp.add_argument("--update", action="store_true", help="update people whose NIK is known")
    imp.add_argument("--report", help="write one line per row to this CSV file")
    imp.set_defaults(func=cmd_import_people)

    exp = commands.add_parser("export", help="export the whole store")
    exp.add_argument("--format", required=True, choices=["json", "csv", "xlsx"])
    exp.add_argument("--out", required=True)
    exp.set_defaults(func=cmd_export)

    report = commands.add_parser("report", help="the centre's monthly report (supervisors)")
    report.add_argument("--month", required=True, metavar="YYYY-MM")
    report.add_argument("--format", required=True, choices=["pdf", "xlsx"])
    report.add_argument("--out", required=True, metavar="FILE")
    report.set_defaults(func=cmd_report)

    export_person = commands.add_parser(
        "export-person", help="everything held about one person, as JSON (supervisors)"
    )
    export_person.add_argument("nik", metavar="NIK")
    export_person.add_argument("--out", required=True, metavar="FILE")
    export_person.set_defaults(func=cmd_export_person)

    erase_person = commands.add_parser(
        "erase-person", help="erase one person's personal data everywhere in the store (admins)"
    )
    erase_person.add_argument("nik", metavar="NIK")
    erase_person.add_argument("--reason", help="why (recorded with the erasure)")
    erase_person.set_defaults(func=cmd_erase_person)

    audit = commands.add_parser(
        "audit", help="logins, failed logins, exports, erasures and role changes (admins)"
    )
    audit.add_argument("--limit", type=int, default=200, help="newest events to show")
    audit.set_defaults(func=cmd_audit)

    backup = commands.add_parser("backup", help="a consistent copy of the store")
    backup.add_argument("--out", required=True)
    backup.set_defaults(func=cmd_backup)

    restore = commands.add_parser("restore", help="replace the store with a backup")
    restore.add_argument("file")
    restore.add_argument("--force", action="store_true")
    restore.set_defaults(func=cmd_restore)

    enrol = commands.add_parser("enrol", help="bind this laptop to a centre on the central server")
    enrol.add_argument(
        "--server", required=True, help="server address, e.g. https://desmig.example.go.id"
    )
    enrol.add_argument("--code", required=True, help="enrolment code from the server's operator")
    enrol.add_argument("--admin-user", required=True)
    enrol.add_argument("--admin-password-file", required=True)
    enrol.set_defaults(func=cmd_enrol)

    sync = commands.add_parser("sync", help="one full sync round with the central server")
    sync.add_argument("--server", help="server address (default: the one enrolled with)")
    sync.set_defaults(func=cmd_sync)

    sync_status = commands.add_parser(
        "sync-status", help="pending changes, last sync, conflicts, quarantine"
    )
    sync_status.set_defaults(func=cmd_sync_status)

    conflicts = commands.add_parser("conflicts", help="conflicts found by sync")
    conflicts_commands = conflicts.add_subparsers(
        dest="conflicts_command", metavar="ACTION", required=True
    )
    conflicts_commands.add_parser("list", help="list open conflicts")
    conflicts.set_defaults(func=cmd_conflicts)

    selftest = commands.add_parser("self-test", help="check the installation")
    selftest.set_defaults(func=cmd_self_test)
    # The GUI half of self-test, run by it in a child process (Qt may abort a process).
    probe = commands.add_parser("gui-probe")
    probe.add_argument("--first-paint", action="store_true")
    probe.set_defaults(func=cmd_gui_probe)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as done:  # --help, --version, or bad usage (argparse says 2)
        return int(done.code or 0)
    if args.data_dir:
        paths.set_data_dir(args.data_dir)
    return _run(args)


def _run(args: argparse.Namespace) -> int:
    from .services.errors import ServiceError
    from .store.db import StoreError
    from .sync.transport import SyncError

    func = getattr(args, "func", cmd_gui)
    try:
        return func(args)
    except UsageError as error:
        print(str(error), file=sys.stderr)
        return EXIT_USAGE
    except (ServiceError, StoreError, SyncError) as error:
        print(str(error), file=sys.stderr)
        return EXIT_FAILED
    except KeyboardInterrupt:
        return EXIT_FAILED
    except Exception as error:  # noqa: BLE001 - the last net: say what happened, keep the details
        log = _log_crash()
        print(i18n.t("cli.unexpected", error=error, log=log), file=sys.stderr)
        return EXIT_FAILED


def _log_crash() -> Path:
    import traceback
    from datetime import UTC, datetime

    folder = paths.logs_dir()
    try:
        folder.mkdir(parents=True, exist_ok=True)
        log = folder / "desmig-errors.log"
        with log.open("a", encoding="utf-8") as handle:
            handle.write(f"--- {datetime.now(UTC).isoformat()} desmig {__version__}\n")
            from .text import redact_id_numbers

            # Messages may quote a NIK; the log is a plain file.
            handle.write(redact_id_numbers(traceback.format_exc()))
        return log
    except OSError:
        return folder


if __name__ == "__main__":
    sys.exit(main())
