"""The encrypted store on a centre's laptops: an officer added, re-keyed or disabled on one
laptop can (or no longer can) open the others with their own password once they synced,
with no admin passing secrets around; no secret travels in clear."""

from __future__ import annotations

import pytest

from desmig_desktop.services import AuthenticationFailed
from desmig_desktop.services.keys import open_centre, unlock
from desmig_desktop.store.keyfile import KeyFile, keyfile_path

from .conftest import ServerProcess


def test_an_officer_made_on_one_laptop_opens_the_other(start_server, laptops) -> None:  # type: ignore[no-untyped-def]
    server: ServerProcess = start_server()
    a = laptops(server, "a", code=server.code)  # type: ignore[attr-defined]
    b = laptops(server, "b")
    a.services.accounts.add_user("siti", role="officer", password="sandi-siti-1")
    with pytest.raises(AuthenticationFailed):
        unlock(b.store.path, "siti", "sandi-siti-1")
    assert a.sync().complete and b.sync().complete

    # The server holds the account's public key and its password-sealed private key, never
    # the password or the store key.
    rows = server.query("SELECT data FROM record WHERE table_name = 'user_account'")
    text = " ".join(str(row[0]) for row in rows)
    assert "sandi-siti-1" not in text and "sealed_private_key" in text
    for laptop in (a, b):
        assert laptop.store.key is not None
        assert laptop.store.key.hex() not in text

    # b's key file learnt of siti at the end of its round: she opens b with her password.
    assert len(KeyFile.read(keyfile_path(b.store.path)).users) == 2
    opened, actor = open_centre(b.store.path, "siti", "sandi-siti-1")
    assert actor.username == "siti"
    opened.store.close()

    # A new password set on a: after the next round, only the new one opens b...
    a.services.accounts.set_password("siti", "sandi-baru-22")
    assert a.sync().complete and b.sync().complete
    with pytest.raises(AuthenticationFailed):
        unlock(b.store.path, "siti", "sandi-siti-1")
    unlock(b.store.path, "siti", "sandi-baru-22").close()
    # ...and once disabled there, none does.
    a.services.accounts.set_active("siti", False)
    assert a.sync().complete and b.sync().complete
    with pytest.raises(AuthenticationFailed):
        unlock(b.store.path, "siti", "sandi-baru-22")
