"""The desmig command line end to end: real store files, real exit codes and messages."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from desmig_desktop import __version__, paths
from desmig_desktop.cli import main
from desmig_desktop.store.db import connect, is_plain_file
from desmig_desktop.store.keyfile import KeyFile, keyfile_path


@pytest.fixture
def pw(tmp_path: Path):  # type: ignore[no-untyped-def]
    def write(name: str, password: str) -> str:
        file = tmp_path / f"{name}.pw"
        file.write_text(password + "\n", encoding="utf-8")
        return str(file)

    return write


@pytest.fixture
def centre(tmp_path: Path, pw) -> list[str]:  # type: ignore[no-untyped-def]
    """A centre made by `desmig init`; returns the login options of its admin."""
    data = str(tmp_path / "data")
    admin_pw = pw("admin", "rahasia-admin-1")
    code = main(
        [
            "--data-dir",
            data,
            "init",
            "--village-code",
            "3301022003",
            "--centre-name",
            "Desmigratif Kesugihan",
            "--admin-user",
            "admin",
            "--admin-password-file",
            admin_pw,
        ]
    )
    assert code == 0
    return ["--data-dir", data, "--user", "admin", "--password-file", admin_pw]


def test_version_via_the_console_script(tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "desmig_desktop", "--version"],
        capture_output=True,
        text=True,
        env={**os.environ, "DESMIG_DATA_DIR": str(tmp_path)},
    )
    assert result.returncode == 0
    assert result.stdout.strip() == f"desmig {__version__}"


def test_init_refuses_a_second_time_and_touches_nothing(centre: list[str], pw, capsys) -> None:  # type: ignore[no-untyped-def]
    store = paths.store_path()
    before = store.read_bytes()
    code = main(
        [
            "--data-dir",
            centre[1],
            "init",
            "--village-code",
            "3301022003",
            "--centre-name",
            "Lain",
            "--admin-user",
            "other",
            "--admin-password-file",
            pw("other", "kata-sandi-lain"),
        ]
    )
    assert code == 1
    assert "Sudah ada data" in capsys.readouterr().err
    assert store.read_bytes() == before


def test_init_with_an_unknown_village_says_so_and_creates_nothing(
    tmp_path: Path, pw, capsys
) -> None:  # type: ignore[no-untyped-def]
    data = tmp_path / "fresh"
    code = main(
        [
            "--data-dir",
            str(data),
            "init",
            "--village-code",
            "99.99.99.9999",
            "--centre-name",
            "X",
            "--admin-user",
            "admin",
            "--admin-password-file",
            pw("a", "rahasia-admin-1"),
        ]
    )
    assert code == 1
    assert "99.99.99.9999" in capsys.readouterr().err
    assert not paths.store_path().exists()


def test_dotted_and_plain_village_codes_are_the_same(tmp_path: Path, pw, capsys) -> None:  # type: ignore[no-untyped-def]
    code = main(
        [
            "--data-dir",
            str(tmp_path / "d"),
            "init",
            "--village-code",
            "33.01.02.2003",
            "--centre-name",
            "K",
            "--admin-user",
            "admin",
            "--admin-password-file",
            pw("a", "rahasia-admin-1"),
        ]
    )
    assert code == 0
    assert "Kesugihan" in capsys.readouterr().out


def test_wrong_or_missing_password_is_refused(centre: list[str], pw, capsys) -> None:  # type: ignore[no-untyped-def]
    wrong = centre[:4] + ["--password-file", pw("wrong", "bukan-ini")]
    assert main([*wrong, "users", "list"]) == 1
    assert "kata sandi salah" in capsys.readouterr().err
    assert main(["--data-dir", centre[1], "users", "list"]) == 2
    assert "--user" in capsys.readouterr().err
    assert (
        main([*centre[:4], "--password-file", str(Path(centre[1]) / "nope.pw"), "users", "list"])
        == 2
    )


def test_credentials_from_the_environment(centre: list[str], capsys, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setenv("DESMIG_USER", "admin")
    monkeypatch.setenv("DESMIG_PASSWORD", "rahasia-admin-1")
    assert main(["--data-dir", centre[1], "users", "list"]) == 0
    assert capsys.readouterr().out.startswith("admin\tadmin")


def test_users_add_list_passwd_and_roles(centre: list[str], pw, capsys) -> None:  # type: ignore[no-untyped-def]
    assert (
        main(
            [
                *centre,
                "users",
                "add",
                "siti",
                "--role",
                "officer",
                "--password-file",
                pw("siti", "sandi-siti-1"),
            ]
        )
        == 0
    )
    assert main([*centre, "users", "list"]) == 0
    out = capsys.readouterr().out
    assert "siti\tofficer" in out
    officer = [
        "--data-dir",
        centre[1],
        "--user",
        "siti",
        "--password-file",
        pw("siti", "sandi-siti-1"),
    ]
    # An officer may not add users or change someone else's password ...
    assert (
        main(
            [
                *officer,
                "users",
                "add",
                "budi",
                "--role",
                "admin",
                "--password-file",
                pw("budi", "sandi-budi-1"),
            ]
        )
        == 1
    )
    assert "admin" in capsys.readouterr().err
    assert (
        main([*officer, "users", "passwd", "admin", "--password-file", pw("x", "sandi-baru-99")])
        == 1
    )
    # ... but may change their own.
    assert (
        main([*officer, "users", "passwd", "siti", "--password-file", pw("siti2", "sandi-siti-2")])
        == 0
    )
    assert (
        main(
            [
                "--data-dir",
                centre[1],
                "--user",
                "siti",
                "--password-file",
                pw("siti2", "sandi-siti-2"),
                "users",
                "list",
            ]
        )
        == 0
    )
    assert (
        main(
            [
                *centre,
                "users",
                "add",
                "siti",
                "--role",
                "officer",
                "--password-file",
                pw("s3", "sandi-siti-3"),
            ]
        )
        == 1
    )
    assert "sudah dipakai" in capsys.readouterr().err
    assert (
        main(
            [
                *centre,
                "users",
                "add",
                "bad",
                "--role",
                "boss",
                "--password-file",
                pw("b", "sandi-bad-11"),
            ]
        )
        == 2
    )


def test_seed_needs_a_positive_count(centre: list[str], capsys) -> None:  # type: ignore[no-untyped-def]
    assert main([*centre, "seed", "--people", "-5"]) == 2
    assert "lebih dari 0" in capsys.readouterr().err


def test_no_command_on_a_missing_store_is_explained(tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    assert main(["--data-dir", str(tmp_path / "none"), "--user", "a", "users", "list"]) in (1, 2)
    err = capsys.readouterr().err
    assert "desmig init" in err or "--password-file" in err


def test_seed_export_backup_restore_round_trip(centre: list[str], tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    assert main([*centre, "seed", "--people", "60", "--seed", "5"]) == 0
    first = tmp_path / "first.json"
    assert main([*centre, "export", "--format", "json", "--out", str(first)]) == 0
    snapshot = json.loads(first.read_text(encoding="utf-8"))
    assert len(snapshot["person"]) >= 60
    assert "change_log" not in snapshot

    backup = tmp_path / "copy.sqlite3"
    assert main([*centre, "backup", "--out", str(backup)]) == 0
    # Encrypted like the store, with the key file that opens it beside it.
    assert not is_plain_file(backup) and keyfile_path(backup).exists()

    # Change the store, then restore: the backup's data comes back, the changed store is kept.
    assert main([*centre, "seed", "--people", "10", "--seed", "6"]) == 0
    assert main([*centre, "restore", str(backup)]) == 1
    assert "--force" in capsys.readouterr().err
    assert main([*centre, "restore", str(backup), "--force"]) == 0
    assert list(paths.backups_dir().glob("before-restore-*.sqlite3"))
    second = tmp_path / "second.json"
    assert main([*centre, "export", "--format", "json", "--out", str(second)]) == 0
    assert second.read_bytes() == first.read_bytes()


def test_restore_refuses_foreign_and_damaged_files(
    centre: list[str], tmp_path: Path, capsys
) -> None:  # type: ignore[no-untyped-def]
    store = paths.store_path()
    before = _data(store)
    foreign = tmp_path / "photo.jpg"
    foreign.write_bytes(b"\xff\xd8\xff\xe0" + os.urandom(2000))
    assert main([*centre, "restore", str(foreign), "--force"]) == 1
    assert "bukan cadangan" in capsys.readouterr().err
    truncated = tmp_path / "half.sqlite3"
    assert main([*centre, "backup", "--out", str(truncated)]) == 0
    data = truncated.read_bytes()
    truncated.write_bytes(data[: len(data) // 3])
    assert main([*centre, "restore", str(truncated), "--force"]) == 1
    assert main([*centre, "restore", str(tmp_path / "missing.sqlite3"), "--force"]) == 1
    assert _data(store) == before


def _data(store: Path) -> list[str]:
    """Every row of the store but the audit trail (which notes the logins of the refused
    commands, as it should)."""
    key = KeyFile.read(keyfile_path(store)).unlock("admin", "rahasia-admin-1")
    connection = connect(store, key)
    try:
        tables = [
            name
            for (name,) in connection.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"
            )
            if name != "audit_event"
        ]
        return sorted(
            f"{table}: {row!r}"
            for table in tables
            for row in connection.execute(f'SELECT * FROM "{table}"')
        )
    finally:
        connection.close()


def test_restore_onto_a_fresh_laptop_needs_an_officer_of_the_backup(
    centre: list[str], tmp_path: Path, capsys
) -> None:  # type: ignore[no-untyped-def]
    backup = tmp_path / "copy.sqlite3"
    assert main([*centre, "backup", "--out", str(backup)]) == 0
    fresh = tmp_path / "laptop2"
    # The backup is encrypted: a stranger with the file gets nothing.
    assert main(["--data-dir", str(fresh), "restore", str(backup)]) == 1
    assert "desmig restore" in capsys.readouterr().err
    assert not paths.store_path().exists()
    assert main(["--data-dir", str(fresh), *centre[2:6], "restore", str(backup)]) == 0
    assert (
        main(
            [
                "--data-dir",
                str(fresh),
                "--user",
                "admin",
                "--password-file",
                centre[5],
                "users",
                "list",
            ]
        )
        == 0
    )


def test_self_test_passes_on_a_real_store(centre: list[str], capsys) -> None:  # type: ignore[no-untyped-def]
    assert main(["--data-dir", centre[1], "self-test"]) == 0
    out = capsys.readouterr().out
    assert "GAGAL" not in out
    assert "83762" in out.replace(",", "").replace(".", "") or "83762" in out


def test_self_test_builds_the_main_window(centre: list[str], capsys, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    # Without a password the encrypted store stays shut: its key file is checked and the
    # window is built on a throwaway centre.
    assert main(["--data-dir", centre[1], "self-test"]) == 0
    out = capsys.readouterr().out
    assert "terenkripsi; berkas kunci terbaca (1 pengguna)" in out
    line = next(line for line in out.splitlines() if "jendela utama" in line)
    assert line.startswith("baik:") and "(store locked)" in line
    # With one, on the store itself.
    monkeypatch.delenv("DESMIG_PASSWORD", raising=False)
    assert main([*centre, "self-test"]) == 0
    out = capsys.readouterr().out
    line = next(line for line in out.splitlines() if "jendela utama" in line)
    assert line.startswith("baik:") and "12 pages on" in line and str(paths.store_path()) in line


def test_self_test_reports_a_qt_that_cannot_start(  # type: ignore[no-untyped-def]
    centre: list[str], tmp_path, monkeypatch, capsys
) -> None:
    # A PySide6 that kills its process on import, as a Qt without its platform plugin does.
    broken = tmp_path / "broken" / "PySide6"
    broken.mkdir(parents=True)
    (broken / "__init__.py").write_text("import os\nos.abort()\n", encoding="utf-8")
    monkeypatch.setenv("PYTHONPATH", str(broken.parent))
    assert main(["--data-dir", centre[1], "self-test"]) == 1
    out = capsys.readouterr().out
    line = next(line for line in out.splitlines() if "jendela utama" in line)
    assert line.startswith("GAGAL:") and "Qt tidak dapat berjalan" in line
    assert "Ada masalah: 1 pemeriksaan gagal." in out


def test_self_test_fails_on_a_damaged_store(centre: list[str], capsys) -> None:  # type: ignore[no-untyped-def]
    store = paths.store_path()
    data = bytearray(store.read_bytes())
    data[0:16] = b"garbage-garbage!"
    store.write_bytes(bytes(data))
    assert main([*centre, "self-test"]) == 1
    assert "GAGAL" in capsys.readouterr().out


def test_english_messages(centre: list[str], pw, capsys, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from desmig_desktop import i18n

    i18n.set_language("en")
    wrong = centre[:4] + ["--password-file", pw("wrong", "bukan-ini")]
    assert main([*wrong, "users", "list"]) == 1
    assert "Wrong user name or password" in capsys.readouterr().err
