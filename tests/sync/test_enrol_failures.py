"""A failed enrolment leaves nothing behind and says why; a store already there is never
touched. Driven through `desmig enrol` (the CLI's main, in this process) and `enrol()`
against the real server on loopback."""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from pathlib import Path

import pytest

from desmig_desktop import i18n, paths
from desmig_desktop.cli import main
from desmig_desktop.services.keys import unlock
from desmig_desktop.sync.client import enrol
from desmig_desktop.sync.transport import SyncError

from .conftest import PASSWORD, ServerProcess, fast_transport
from .proxy import FaultProxy


@pytest.fixture(autouse=True)
def indonesian_and_own_data_dir() -> Iterator[None]:
    i18n.set_language("id")
    yield
    paths.set_data_dir(None)


def desmig_enrol(folder: Path, server_url: str, code: str, password: str = PASSWORD) -> int:
    folder.mkdir(parents=True, exist_ok=True)
    secret = folder.parent / f"{folder.name}.pw"
    secret.write_text(password + "\n", encoding="utf-8")
    return main(
        [
            "--data-dir",
            str(folder),
            "enrol",
            "--server",
            server_url,
            "--code",
            code,
            "--admin-user",
            "admin",
            "--admin-password-file",
            str(secret),
        ]
    )


def store_files(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.startswith("desmig"))


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_a_wrong_code_creates_nothing_and_says_so(
    start_server, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:  # type: ignore[no-untyped-def]
    server: ServerProcess = start_server()
    folder = tmp_path / "laptop"
    assert desmig_enrol(folder, server.url, "ABCD-EFGH-JKLM-NPQR") == 1
    err = capsys.readouterr().err
    assert "Kode pendaftaran ditolak server" in err
    assert "Tidak ada data yang dibuat" in err
    assert store_files(folder) == []
    # The right code then works in the same place.
    assert desmig_enrol(folder, server.url, server.code) == 0  # type: ignore[attr-defined]
    assert paths.store_path().exists()


def test_failure_after_the_code_was_accepted_leaves_no_store(
    start_server, laptops, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:  # type: ignore[no-untyped-def]
    """The second laptop's admin gives another password than the centre's admin has: the
    code is used, the centre's data was downloaded, then enrolment stops. Nothing stays."""
    server: ServerProcess = start_server()
    laptops(server, "a", code=server.code)  # type: ignore[attr-defined]
    folder = tmp_path / "b"
    code = server.new_code()
    assert desmig_enrol(folder, server.url, code, password="another-password-9") == 1
    err = capsys.readouterr().err
    assert "Pendaftaran gagal" in err and "sudah terpakai" in err
    assert store_files(folder) == []
    assert desmig_enrol(folder, server.url, code) == 1  # the code is used up: said so
    assert "ditolak" in capsys.readouterr().err
    assert store_files(folder) == []
    assert desmig_enrol(folder, server.url, server.new_code()) == 0
    assert store_files(folder) == ["desmig.sqlite3", "desmig.sqlite3.keys"]


def test_an_existing_store_is_never_touched(
    start_server, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:  # type: ignore[no-untyped-def]
    server: ServerProcess = start_server()
    folder = tmp_path / "laptop"
    assert desmig_enrol(folder, server.url, server.code) == 0  # type: ignore[attr-defined]
    store = paths.store_path()
    before = digest(store)
    capsys.readouterr()
    for code in ("ABCD-EFGH-JKLM-NPQR", server.new_code()):
        assert desmig_enrol(folder, server.url, code) == 1
        assert "Sudah ada data" in capsys.readouterr().err
        assert digest(store) == before
    # Called directly (not through the CLI's own check) it refuses before the network.
    with pytest.raises(SyncError) as refused:
        enrol(
            store,
            server_url="http://127.0.0.1:9",
            code=server.new_code(),
            admin_user="admin",
            admin_password=PASSWORD,
        )
    assert "tidak diubah" in refused.value.message
    assert digest(store) == before
    unlock(store, "admin", PASSWORD).close()


def test_link_lost_during_the_download_leaves_no_store(start_server, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    server: ServerProcess = start_server()
    with FaultProxy(server.port, lifetime=60) as proxy:
        proxy.drop_next(1000, prefix=b"GET /api/v1/pull")
        target = tmp_path / "c" / "desmig.sqlite3"
        target.parent.mkdir()
        with pytest.raises(SyncError) as failure:
            enrol(
                target,
                server_url=proxy.url,
                code=server.code,  # type: ignore[attr-defined]
                admin_user="admin",
                admin_password=PASSWORD,
                transport=fast_transport(proxy.url, attempts=2),
            )
        assert proxy.stats.dropped >= 1
    assert failure.value.status is None
    assert "tidak bisa dihubungi" in failure.value.message
    assert "Tidak ada data yang disimpan" in failure.value.message
    assert list(target.parent.iterdir()) == []  # neither the store nor its .enrolling
