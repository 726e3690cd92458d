"""Koperasi: members, the savings ledger, loans, repayments and their reversals."""

from __future__ import annotations

import json
import uuid
from datetime import date

import pytest
from sqlmodel import select

from desmig_desktop.domain import CoopLoan, CoopMember, LoanRepayment, SavingsEntry
from desmig_desktop.services import Services, ValidationFailed
from desmig_desktop.services.cooperative import Installment, add_months, rupiah
from desmig_desktop.store.db import Store
from desmig_desktop.store.local import ChangeEntry

JOINED = date(2024, 1, 2)


def changes_for(store: Store, table: str, row_id: uuid.UUID) -> list[ChangeEntry]:
    with store.read() as session:
        statement = select(ChangeEntry).where(
            ChangeEntry.table_name == table, ChangeEntry.row_id == row_id
        )
        return list(session.exec(statement.order_by(ChangeEntry.seq)))


def rows(store: Store, model: type) -> list:
    with store.read() as session:
        return list(session.exec(select(model)))


def person(services: Services, name: str) -> uuid.UUID:
    return services.people.add_person(name=name, sex="L", birth_date=date(1980, 1, 1))[0].id


def cooperative(services: Services, name: str = "Koperasi Migran Sejahtera") -> uuid.UUID:
    return services.cooperative.add_cooperative(name=name, kind="koperasi").id


def member(
    services: Services, name: str = "Pak Karto", no: str = "A-001", coop: uuid.UUID | None = None
) -> CoopMember:
    return services.cooperative.add_member(
        coop or cooperative(services), person(services, name), no, JOINED
    )


# -- members -------------------------------------------------------------------------------------


def test_member_numbers_are_unique_per_cooperative(services: Services, store: Store) -> None:
    coop, other = cooperative(services), cooperative(services, "BUMDes Maju")
    first = member(services, "Karto", "A-001", coop)
    with pytest.raises(ValidationFailed) as excinfo:
        member(services, "Parmi", " a-001 ", coop)
    assert "Nomor anggota a-001 sudah dipakai Karto" in excinfo.value.message
    assert len(rows(store, CoopMember)) == 1
    member(services, "Parmi", "A-001", other)  # the same number in another cooperative
    # A member who left keeps the number: old receipts carry it.
    services.cooperative.leave(first.id, date(2024, 6, 1))
    with pytest.raises(ValidationFailed):
        member(services, "Sarmi", "A-001", coop)
    assert changes_for(store, "coop_member", first.id)[-1].op == "update"


def test_same_person_cannot_join_twice(services: Services) -> None:
    coop = cooperative(services)
    pid = person(services, "Karto")
    services.cooperative.add_member(coop, pid, "A-001", JOINED)
    with pytest.raises(ValidationFailed) as excinfo:
        services.cooperative.add_member(coop, pid, "A-002", JOINED)
    assert "sudah menjadi anggota koperasi ini (nomor A-001)" in excinfo.value.message


# -- savings ---------------------------------------------------------------------------------------


def test_deposits_withdrawals_and_balances_per_kind(services: Services, store: Store) -> None:
    m = member(services)
    services.cooperative.deposit(m.id, "pokok", 100_000, date(2024, 1, 2))
    services.cooperative.deposit(m.id, "wajib", 20_000, date(2024, 1, 31))
    services.cooperative.deposit(m.id, "sukarela", 500_000, date(2024, 2, 5))
    withdrawal = services.cooperative.withdraw(
        m.id, "sukarela", 150_000, date(2024, 2, 20), note="Biaya sekolah"
    )
    assert services.cooperative.balances(m.id) == {
        "pokok": 100_000,
        "wajib": 20_000,
        "sukarela": 350_000,
    }
    entry = changes_for(store, "savings_entry", withdrawal.id)
    assert [e.op for e in entry] == ["insert"] and json.loads(entry[0].changes)[
        "direction"
    ] == "tarik"


def test_withdrawal_may_not_exceed_that_kinds_balance(services: Services, store: Store) -> None:
    m = member(services)
    services.cooperative.deposit(m.id, "wajib", 900_000, date(2024, 1, 2))
    services.cooperative.deposit(m.id, "sukarela", 200_000, date(2024, 1, 2))
    with pytest.raises(ValidationFailed) as excinfo:
        services.cooperative.withdraw(m.id, "sukarela", 250_000, date(2024, 2, 1))
    message = excinfo.value.message
    # The wajib balance does not cover a sukarela withdrawal.
    assert (
        "Saldo simpanan sukarela tidak cukup" in message
        and "Rp 200.000" in message
        and "Rp 250.000" in message
    )
    assert len(rows(store, SavingsEntry)) == 2
    assert services.cooperative.balance(m.id, "sukarela") == 200_000


def test_back_dated_withdrawal_cannot_make_a_later_balance_negative(services: Services) -> None:
    m = member(services)
    services.cooperative.deposit(m.id, "sukarela", 100_000, date(2024, 1, 5))
    services.cooperative.withdraw(m.id, "sukarela", 100_000, date(2024, 3, 1))
    services.cooperative.deposit(m.id, "sukarela", 100_000, date(2024, 4, 1))
    # The balance today is 100,000 and on 1 February it was 100,000, but the March
    # withdrawal needed all of it: a February withdrawal would leave March negative.
    with pytest.raises(ValidationFailed) as excinfo:
        services.cooperative.withdraw(m.id, "sukarela", 50_000, date(2024, 2, 1))
    assert "hanya Rp 0" in excinfo.value.message
    # Nor can money deposited later be withdrawn earlier.
    with pytest.raises(ValidationFailed) as excinfo:
        services.cooperative.withdraw(m.id, "sukarela", 50_000, date(2024, 3, 15))
    assert "hanya Rp 0" in excinfo.value.message
    services.cooperative.withdraw(m.id, "sukarela", 50_000, date(2024, 4, 2))
    assert services.cooperative.balance(m.id, "sukarela") == 50_000


def test_simpanan_pokok_only_after_leaving(services: Services) -> None:
    m = member(services)
    services.cooperative.deposit(m.id, "pokok", 100_000, date(2024, 1, 2))
    with pytest.raises(ValidationFailed) as excinfo:
        services.cooperative.withdraw(m.id, "pokok", 100_000, date(2024, 5, 1))
    assert "setelah anggota keluar" in excinfo.value.message
    services.cooperative.leave(m.id, date(2024, 6, 1))
    services.cooperative.withdraw(m.id, "pokok", 100_000, date(2024, 6, 1))
    assert services.cooperative.balance(m.id, "pokok") == 0
    with pytest.raises(ValidationFailed) as excinfo:
        services.cooperative.deposit(m.id, "wajib", 10_000, date(2024, 7, 1))
    assert "sudah keluar pada 01-06-2024" in excinfo.value.message


@pytest.mark.parametrize("amount", [0, -5_000, 10_000.5, True, None])
def test_amounts_are_positive_whole_rupiah(
    services: Services, store: Store, amount: object
) -> None:
    m = member(services)
    with pytest.raises(ValidationFailed):
        services.cooperative.deposit(m.id, "wajib", amount, date(2024, 1, 31))  # type: ignore[arg-type]
    assert rows(store, SavingsEntry) == []


def test_entries_before_joining_are_refused(services: Services) -> None:
    m = member(services)
    with pytest.raises(ValidationFailed) as excinfo:
        services.cooperative.deposit(m.id, "wajib", 10_000, date(2023, 12, 31))
    assert "sebelum anggota masuk (02-01-2024)" in excinfo.value.message


def test_reverse_savings_inserts_a_reversing_entry_once(services: Services, store: Store) -> None:
    m = member(services)
    wrong = services.cooperative.deposit(
        m.id, "sukarela", 500_000, date(2024, 2, 1)
    )  # typed 500k, was 50k
    with pytest.raises(ValidationFailed) as excinfo:
        services.cooperative.reverse_savings(wrong.id, "  ")
    assert "alasan koreksi" in excinfo.value.message

    reversal = services.cooperative.reverse_savings(
        wrong.id, "Salah ketik, seharusnya 50.000", on=date(2024, 2, 2)
    )
    services.cooperative.deposit(m.id, "sukarela", 50_000, date(2024, 2, 2))
    assert (reversal.direction, reversal.amount, reversal.reverses_id) == (
        "tarik",
        500_000,
        wrong.id,
    )
    assert services.cooperative.balance(m.id, "sukarela") == 50_000
    # The wrong entry is untouched: only inserts in the log.
    assert [e.op for e in changes_for(store, "savings_entry", wrong.id)] == ["insert"]
    assert [e.op for e in changes_for(store, "savings_entry", reversal.id)] == ["insert"]

    with pytest.raises(ValidationFailed) as excinfo:
        services.cooperative.reverse_savings(wrong.id, "lagi", on=date(2024, 2, 3))
    assert "sudah dibatalkan pada 02-02-2024" in excinfo.value.message
    with pytest.raises(ValidationFailed) as excinfo:
        services.cooperative.reverse_savings(reversal.id, "batal koreksi", on=date(2024, 2, 3))
    assert "pembatalan tidak bisa dibatalkan" in excinfo.value.message
    assert len(rows(store, SavingsEntry)) == 3


def test_savings_total_is_the_sum_of_every_members_balances(services: Services) -> None:
    coop = cooperative(services)
    other = cooperative(services, "Koperasi Lain")
    karto = member(services, coop=coop)
    sri = member(services, "Bu Sri", "A-002", coop=coop)
    elsewhere = member(services, "Pak Lain", "B-001", coop=other)
    services.cooperative.deposit(karto.id, "sukarela", 300_000, date(2024, 2, 1))
    services.cooperative.withdraw(karto.id, "sukarela", 100_000, date(2024, 2, 5))
    wrong = services.cooperative.deposit(sri.id, "wajib", 20_000, date(2024, 2, 1))
    services.cooperative.reverse_savings(wrong.id, "salah anggota", on=date(2024, 2, 2))
    services.cooperative.deposit(sri.id, "pokok", 100_000, date(2024, 2, 1))
    services.cooperative.deposit(elsewhere.id, "pokok", 100_000, date(2024, 2, 1))
    expected = sum(
        sum(services.cooperative.balances(m.id).values())
        for m in services.cooperative.members(coop)
    )
    assert services.cooperative.savings_total(coop) == expected == 300_000
    assert services.cooperative.savings_total(other) == 100_000


def test_reversing_a_withdrawal_gives_the_money_back(services: Services) -> None:
    m = member(services)
    services.cooperative.deposit(m.id, "sukarela", 300_000, date(2024, 2, 1))
    wrong = services.cooperative.withdraw(m.id, "sukarela", 100_000, date(2024, 2, 5))
    reversal = services.cooperative.reverse_savings(
        wrong.id, "Dicatat di anggota yang salah", on=date(2024, 2, 6)
    )
    assert reversal.direction == "setor"
    assert services.cooperative.balance(m.id, "sukarela") == 300_000


def test_a_deposit_already_withdrawn_cannot_be_reversed(services: Services, store: Store) -> None:
    m = member(services)
    deposit = services.cooperative.deposit(m.id, "sukarela", 100_000, date(2024, 2, 1))
    services.cooperative.withdraw(m.id, "sukarela", 80_000, date(2024, 2, 3))
    with pytest.raises(ValidationFailed) as excinfo:
        services.cooperative.reverse_savings(deposit.id, "salah", on=date(2024, 2, 4))
    assert "saldo simpanan sukarela akan menjadi minus" in excinfo.value.message
    assert len(rows(store, SavingsEntry)) == 2


def test_member_statement_has_running_balances(services: Services) -> None:
    m = member(services)
    # Recorded out of order; the statement is in date order.
    services.cooperative.deposit(m.id, "sukarela", 200_000, date(2024, 3, 1))
    services.cooperative.deposit(m.id, "pokok", 100_000, date(2024, 1, 2))
    services.cooperative.deposit(m.id, "wajib", 20_000, date(2024, 2, 1))
    out = services.cooperative.withdraw(m.id, "sukarela", 50_000, date(2024, 3, 10))
    back = services.cooperative.reverse_savings(out.id, "dibatalkan anggota", on=date(2024, 3, 11))

    lines = services.cooperative.member_statement(m.id)
    assert [
        (line.entry_date, line.kind, line.direction, line.amount, line.kind_balance, line.balance)
        for line in lines
    ] == [
        (date(2024, 1, 2), "pokok", "setor", 100_000, 100_000, 100_000),
        (date(2024, 2, 1), "wajib", "setor", 20_000, 20_000, 120_000),
        (date(2024, 3, 1), "sukarela", "setor", 200_000, 200_000, 320_000),
        (date(2024, 3, 10), "sukarela", "tarik", 50_000, 150_000, 270_000),
        (date(2024, 3, 11), "sukarela", "setor", 50_000, 200_000, 320_000),
    ]
    assert lines[3].reversed_by_id == back.id and lines[4].reverses_id == out.id


# -- loans -----------------------------------------------------------------------------------------


def loan(services: Services, m: CoopMember, **terms: object) -> CoopLoan:
    values: dict[str, object] = {
        "principal": 1_000_000,
        "interest_rate_pct": 1.5,
        "term_months": 3,
        "disbursed_on": date(2024, 1, 31),
    }
    values.update(terms)
    return services.cooperative.grant_loan(m.id, **values)  # type: ignore[arg-type]


def test_repayment_schedule_flat_interest(services: Services, store: Store) -> None:
    granted = loan(services, member(services), purpose="Modal warung")
    schedule = services.cooperative.repayment_schedule(granted.id)
    # 1,000,000 over 3 months at 1.5% flat: 15,000 interest a month; the principal's
    # remainder goes to the last instalment; due dates keep to the month's end.
    assert schedule == [
        Installment(1, date(2024, 2, 29), 333_333, 15_000),
        Installment(2, date(2024, 3, 31), 333_333, 15_000),
        Installment(3, date(2024, 4, 30), 333_334, 15_000),
    ]
    assert sum(i.total for i in schedule) == 1_045_000
    owed = services.cooperative.outstanding(granted.id)
    assert (owed.principal, owed.interest, owed.total) == (1_000_000, 45_000, 1_045_000)
    assert changes_for(store, "coop_loan", granted.id)[0].op == "insert"


def test_loan_terms_are_checked_and_fixed(services: Services, store: Store) -> None:
    m = member(services)
    with pytest.raises(ValidationFailed) as excinfo:
        loan(services, m, principal=0, interest_rate_pct=18, term_months=0)
    message = excinfo.value.message
    assert (
        "Pokok pinjaman harus lebih dari nol" in message
        and "bagi 12" in message
        and "1 sampai 120 bulan" in message
    )
    assert rows(store, CoopLoan) == []

    granted = loan(services, m)
    with pytest.raises(ValidationFailed) as excinfo:
        services.cooperative.update_loan(granted.id, principal=2_000_000)
    assert "tidak bisa diubah setelah dicairkan" in excinfo.value.message
    services.cooperative.update_loan(granted.id, purpose="Modal ternak")
    stored = services.cooperative.loan(granted.id)
    assert (stored.principal, stored.purpose) == (1_000_000, "Modal ternak")


def test_repayments_cannot_exceed_what_is_owed_and_the_last_one_pays_the_loan(
    services: Services, store: Store
) -> None:
    granted = loan(services, member(services))
    with pytest.raises(ValidationFailed) as excinfo:
        services.cooperative.repay(
            granted.id,
            principal_amount=1_000_001,
            interest_amount=50_000,
            paid_on=date(2024, 2, 29),
        )
    message = excinfo.value.message
    assert (
        "melebihi sisa pokok pinjaman Rp 1.000.000" in message
        and "melebihi sisa bunga pinjaman Rp 45.000" in message
    )
    assert rows(store, LoanRepayment) == []
    with pytest.raises(ValidationFailed) as excinfo:
        services.cooperative.repay(
            granted.id, principal_amount=0, interest_amount=0, paid_on=date(2024, 2, 29)
        )
    assert "lebih dari nol" in excinfo.value.message

    services.cooperative.repay(
        granted.id, principal_amount=333_333, interest_amount=15_000, paid_on=date(2024, 2, 29)
    )
    with pytest.raises(ValidationFailed) as excinfo:
        services.cooperative.set_loan_status(granted.id, "lunas")
    assert "sisa pokok masih Rp 666.667" in excinfo.value.message
    last = services.cooperative.repay(
        granted.id, principal_amount=666_667, interest_amount=30_000, paid_on=date(2024, 3, 15)
    )
    assert services.cooperative.loan(granted.id).status == "lunas"
    assert services.cooperative.outstanding(granted.id).total == 0
    assert changes_for(store, "loan_repayment", last.id)[0].op == "insert"
    assert json.loads(changes_for(store, "coop_loan", granted.id)[-1].changes)["status"] == "lunas"
    with pytest.raises(ValidationFailed) as excinfo:
        services.cooperative.repay(
            granted.id, principal_amount=1, interest_amount=0, paid_on=date(2024, 3, 16)
        )
    assert "berstatus lunas" in excinfo.value.message


def test_reverse_repayment(services: Services, store: Store) -> None:
    granted = loan(services, member(services))
    paid = services.cooperative.repay(
        granted.id, principal_amount=1_000_000, interest_amount=45_000, paid_on=date(2024, 2, 29)
    )
    assert services.cooperative.loan(granted.id).status == "lunas"

    reversal = services.cooperative.reverse_repayment(
        paid.id, "Uang ternyata palsu", on=date(2024, 3, 1)
    )
    assert (reversal.principal_amount, reversal.interest_amount, reversal.reverses_id) == (
        -1_000_000,
        -45_000,
        paid.id,
    )
    assert services.cooperative.outstanding(granted.id).total == 1_045_000
    assert services.cooperative.loan(granted.id).status == "berjalan"  # runs again
    assert [e.op for e in changes_for(store, "loan_repayment", paid.id)] == ["insert"]
    with pytest.raises(ValidationFailed) as excinfo:
        services.cooperative.reverse_repayment(paid.id, "lagi", on=date(2024, 3, 2))
    assert "sudah dibatalkan pada 01-03-2024" in excinfo.value.message
    with pytest.raises(ValidationFailed):
        services.cooperative.reverse_repayment(reversal.id, "lagi", on=date(2024, 3, 2))
    assert len(services.cooperative.repayments(granted.id)) == 2


def test_loans_in_arrears(services: Services) -> None:
    late = loan(
        services,
        member(services, "Karto", "A-001"),
        term_months=4,
        principal=400_000,
        interest_rate_pct=2,
        disbursed_on=date(2024, 1, 10),
    )
    on_time = loan(
        services,
        member(services, "Parmi", "A-002"),
        term_months=2,
        principal=200_000,
        interest_rate_pct=0,
        disbursed_on=date(2024, 1, 10),
    )
    # 108,000 a month for Karto; he paid the first instalment only.
    services.cooperative.repay(
        late.id, principal_amount=100_000, interest_amount=8_000, paid_on=date(2024, 2, 10)
    )
    services.cooperative.repay(
        on_time.id, principal_amount=200_000, interest_amount=0, paid_on=date(2024, 2, 1)
    )

    arrears = services.cooperative.loans_in_arrears(date(2024, 4, 20))
    assert len(arrears) == 1
    line = arrears[0]
    assert (line.loan_id, line.member_name, line.member_no) == (late.id, "Karto", "A-001")
    assert (
        line.overdue_amount,
        line.installments_overdue,
        line.oldest_due_on,
        line.days_overdue,
    ) == (216_000, 2, date(2024, 3, 10), 41)
    assert line.outstanding == 324_000
    assert services.cooperative.loans_in_arrears(date(2024, 3, 9)) == []


def test_member_with_a_running_loan_cannot_leave(services: Services) -> None:
    m = member(services)
    loan(services, m)
    with pytest.raises(ValidationFailed) as excinfo:
        services.cooperative.leave(m.id, date(2024, 6, 1))
    assert "sisa Rp 1.045.000" in excinfo.value.message
    assert services.cooperative.member(m.id).left_on is None


def test_helpers() -> None:
    assert rupiah(1_500_000) == "Rp 1.500.000"
    assert rupiah(-2_000) == "-Rp 2.000"
    assert add_months(date(2024, 1, 31), 1) == date(2024, 2, 29)
    assert add_months(date(2024, 11, 15), 3) == date(2025, 2, 15)
