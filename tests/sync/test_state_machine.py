"""Several laptops of a centre edit a few shared people offline and sync in random order
through a faulty link, against the real `desmig-server` process (issue 4).

After a fault-free round for every laptop (two syncs each): every replica's export is the
same, every outbox is empty, the server applied each (device, seq) exactly once, and every
value another laptop's change overwrote without having seen it has a conflict record.
"""

from __future__ import annotations

import contextlib
import itertools
import json
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
import requests
from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import (
    RuleBasedStateMachine,
    initialize,
    invariant,
    rule,
    run_state_machine_as_test,
)

from desmig_desktop import regions
from desmig_desktop.services.errors import ServiceError
from desmig_desktop.sync.client import pending_count
from desmig_desktop.sync.transport import SyncError
from desmig_server import crud
from desmig_server.core.db import begin_write, make_engine, new_session

from .conftest import Laptop, ServerProcess, assert_exactly_once, enrol_laptop, make_server
from .proxy import FaultProxy

FIELDS = {
    "phone": ["081111111111", "082222222222", "083333333333"],
    "birth_place": ["Cilacap", "Kroya", "Maos"],
    "name": ["Siti Aminah", "Budi Santoso", "Dewi Lestari"],
    "marital_status": [None, "kawin", "belum_kawin"],
}
# Fields whose overwrite needs no conflict record (protocol, Merge).
NO_CONFLICT = {"updated_at", "created_at", "id", "centre_id", "deleted", "flags"}
VILLAGES = itertools.count()


@pytest.fixture(scope="module")
def world(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, object]]:
    folder = tmp_path_factory.mktemp("state-machine")
    server, cleanup = make_server(folder, DESMIG_ENROLMENT_ATTEMPTS_PER_MINUTE="100000")
    proxy = FaultProxy(server.port, lifetime=600)
    engine = make_engine(server.database_url)
    # Villages of the regency of Cilacap, but the one the server's first centre has.
    villages = [
        code
        for code in regions.codes("village")
        if code.startswith("33.01.") and code != "33.01.02.2003"
    ]
    try:
        yield {
            "server": server,
            "proxy": proxy,
            "engine": engine,
            "folder": folder,
            "villages": villages,
        }
    finally:
        engine.dispose()
        proxy.close()
        cleanup()


def new_centre(world: dict[str, object]) -> str:
    """An enrolment code of a new centre in the next unused village."""
    villages: list[str] = world["villages"]  # type: ignore[assignment]
    village = villages[next(VILLAGES) % len(villages)]
    with new_session(world["engine"]) as session:  # type: ignore[arg-type]
        begin_write(session)
        centre = crud.create_centre(session=session, village_code=village, name=f"Pusat {village}")
        code = crud.create_enrolment_code(session=session, centre=centre)
        session.commit()
        world["village"] = village
        return code


class Centre(RuleBasedStateMachine):
    world: dict[str, object]

    def __init__(self) -> None:
        super().__init__()
        self.laptops: list[Laptop] = []
        self.people: list[uuid.UUID] = []
        self.folder = Path(str(self.world["folder"])) / uuid.uuid4().hex[:8]
        self.server: ServerProcess = self.world["server"]  # type: ignore[assignment]
        self.proxy: FaultProxy = self.world["proxy"]  # type: ignore[assignment]

    @initialize(count=st.integers(2, 3))
    def enrol(self, count: int) -> None:
        code = new_centre(self.world)
        for index in range(count):
            if index:
                code = self.server.new_code(str(self.world["village"]))
            self.laptops.append(enrol_laptop(self.server, self.folder, f"l{index}", code=code))
        person, _ = self.laptops[0].services.people.add_person(name="Warga Awal", sex="P")
        self.people.append(person.id)
        for laptop in self.laptops:
            laptop.sync()

    def _laptop(self, index: int) -> Laptop:
        return self.laptops[index % len(self.laptops)]

    # -- offline work -----------------------------------------------------------------

    @rule(laptop=st.integers(0, 2), sex=st.sampled_from(["L", "P"]))
    def create(self, laptop: int, sex: str) -> None:
        if len(self.people) < 4:
            person, _ = self._laptop(laptop).services.people.add_person(name="Warga Baru", sex=sex)
            self.people.append(person.id)

    @rule(
        laptop=st.integers(0, 2),
        person=st.integers(0, 3),
        data=st.data(),
    )
    def edit(self, laptop: int, person: int, data: st.DataObject) -> None:
        name = data.draw(st.sampled_from(sorted(FIELDS)))
        value = data.draw(st.sampled_from(FIELDS[name]))
        with contextlib.suppress(ServiceError):  # not here yet, or deleted here
            self._laptop(laptop).services.people.update_person(
                self.people[person % len(self.people)], **{name: value}
            )

    @rule(laptop=st.integers(0, 2), person=st.integers(0, 3))
    def delete(self, laptop: int, person: int) -> None:
        with contextlib.suppress(ServiceError):
            self._laptop(laptop).services.people.delete_person(
                self.people[person % len(self.people)]
            )

    # -- sync -------------------------------------------------------------------------

    @rule(laptop=st.integers(0, 2))
    def push(self, laptop: int) -> None:
        client = self._laptop(laptop).client()
        try:
            client.reconcile()
            client.push()
        finally:
            client.close()

    @rule(laptop=st.integers(0, 2))
    def pull(self, laptop: int) -> None:
        client = self._laptop(laptop).client()
        try:
            client.reconcile()
            client.pull()
        finally:
            client.close()

    @rule(laptop=st.integers(0, 2))
    def sync(self, laptop: int) -> None:
        assert self._laptop(laptop).sync().complete

    @rule(
        laptop=st.integers(0, 2),
        fault=st.sampled_from(["drop_push", "stall_push", "drop_pull", "cut"]),
        cut=st.sampled_from([300, 1500, 5000]),
    )
    def sync_with_fault(self, laptop: int, fault: str, cut: int) -> None:
        proxy = self.proxy
        if fault == "drop_push":
            proxy.drop_next(1, prefix=b"POST /api/v1/push")
        elif fault == "stall_push":
            proxy.drop_next(1, prefix=b"POST /api/v1/push", stall=True)
        elif fault == "drop_pull":
            proxy.drop_next(1, prefix=b"GET /api/v1/pull")
        else:
            proxy.cut_after = cut
        try:
            # Two attempts: a fault may well outlast the round; the next round finishes.
            self._laptop(laptop).sync(proxy.url, attempts=2, timeout=0.5)
        except SyncError:
            pass
        except requests.RequestException:
            # A body cut mid-way escapes the transport (client bug, see test_faults.py,
            # test_initial_pull_through_a_link_cut_every_64_kb_completes): the round
            # stopped; what matters here is that the next round recovers.
            pass
        finally:
            proxy.clear()

    # -- checks -----------------------------------------------------------------------

    @invariant()
    def server_never_applies_twice(self) -> None:
        if not self.laptops:
            return
        repeats = self.server.query(
            "SELECT device_id, seq, count(*) FROM sync_change GROUP BY device_id, seq "
            "HAVING count(*) > 1"
        )
        assert repeats == []

    def teardown(self) -> None:
        try:
            if self.laptops:
                self.proxy.clear()
                for _ in range(2):
                    for laptop in self.laptops:
                        assert laptop.sync().complete
                self.check_converged()
        finally:
            for laptop in self.laptops:
                laptop.close()

    def check_converged(self) -> None:
        exports = {laptop.name: laptop.export(self.folder) for laptop in self.laptops}
        first = exports[self.laptops[0].name]
        for name, export in exports.items():
            assert export == first, f"laptop {name} differs from {self.laptops[0].name}"
        for laptop in self.laptops:
            assert pending_count(laptop.store) == 0
            assert_exactly_once(self.server, laptop)
        people = json.loads(first.decode("utf-8"))["person"]
        assert {uuid.UUID(row["id"]) for row in people} == set(self.people)
        self.check_conflicts()

    def check_conflicts(self) -> None:
        """Replay the server's log of this centre's people: a change that set a field to a
        new value over another device's value it had not seen (set after its base_seq)
        must have left a conflict record with both server sequences."""
        rows = self.server.query(
            "SELECT server_seq, device_id, base_seq, row_id, changes FROM sync_change "
            "WHERE table_name = 'person' AND row_id IN ({}) ORDER BY server_seq".format(
                ",".join("?" * len(self.people))
            ),
            *[person.hex for person in self.people],
        )
        conflicts = {
            (row_id, name, int(kept), int(lost))
            for row_id, name, kept, lost in self.server.query(
                "SELECT row_id, field, kept_server_seq, lost_server_seq FROM conflict "
                "WHERE kind = 'field' AND table_name = 'person'"
            )
        }
        current: dict[tuple[str, str], tuple[object, int, str]] = {}
        for server_seq, device, base_seq, row_id, changes in rows:
            for name, value in json.loads(changes).items():
                key = (row_id, name)
                before = current.get(key)
                if (
                    before is not None
                    and name not in NO_CONFLICT
                    and before[1] > int(base_seq or 0)
                    and before[2] != device
                    and before[0] != value
                ):
                    assert (row_id, name, int(server_seq), before[1]) in conflicts, (
                        f"{name} of {row_id}: {before[0]!r} (seq {before[1]}) overwritten by "
                        f"{value!r} (seq {server_seq}) without a conflict record"
                    )
                current[key] = (value, int(server_seq), device)


def test_laptops_converge_through_faults(world: dict[str, object]) -> None:
    Centre.world = world
    run_state_machine_as_test(
        Centre,
        settings=settings(
            max_examples=10,
            stateful_step_count=15,
            deadline=None,
            # The same examples every run: CI must not go red on a draw a rerun would miss;
            # widen the search locally by removing this when hunting for bugs.
            derandomize=True,
            suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
        ),
    )
