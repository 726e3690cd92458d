"""Errors the services raise. Their messages are already in the user's language."""

from __future__ import annotations

from collections.abc import Sequence

from .. import i18n
from ..validation import Problem

i18n.register(
    {
        "service.permission": {
            "id": "Anda tidak berhak melakukan ini: {action} hanya untuk peran {roles}.",
            "en": "You may not do this: {action} is for the {roles} role only.",
        },
        "service.not_found": {
            "id": "{what} tidak ditemukan. Mungkin sudah dihapus; muat ulang daftar.",
            "en": "{what} was not found. It may have been deleted; reload the list.",
        },
        "service.invalid": {
            "id": "Data belum benar: {details}",
            "en": "Some data needs fixing: {details}",
        },
        "service.login_failed": {
            "id": "Nama pengguna atau kata sandi salah. Periksa huruf besar/kecil lalu coba lagi.",
            "en": "Wrong user name or password. Check upper/lower case and try again.",
        },
        "service.account_inactive": {
            "id": "Akun {user} dinonaktifkan. Minta admin pusat layanan untuk mengaktifkannya.",
            "en": "The account {user} is disabled. Ask the centre's admin to enable it.",
        },
    }
)


class ServiceError(Exception):
    """A refusal with a message for the user."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class ValidationFailed(ServiceError):
    """Input that breaks a rule; ``problems`` says which field and how to fix it."""

    def __init__(self, problems: Sequence[Problem]) -> None:
        self.problems = list(problems)
        details = "; ".join(p.message for p in self.problems)
        super().__init__(i18n.t("service.invalid", details=details))


class PermissionDenied(ServiceError):
    pass


class NotFound(ServiceError):
    pass


class AuthenticationFailed(ServiceError):
    pass
