"""Users, roles and API tokens, kept in the store (schema 4).

Passwords are hashed with argon2 (argon2-cffi's defaults, which follow RFC 9106); API tokens are
random, shown once, and kept only as their SHA-256 (a token is a long random secret, so a fast
hash is enough and lets a request be checked in microseconds).
"""

from __future__ import annotations

import hashlib
import re
import secrets
from dataclasses import dataclass
from datetime import UTC, datetime

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import delete, insert, select, update

from storyline.store import Store, schema

ROLES = ("viewer", "analyst", "admin")  # each can do what the ones before it can
NAME = re.compile(r"^[\w.@-]{1,64}$")
TOKEN_PREFIX = "slt_"
MIN_PASSWORD = 8

_hasher = PasswordHasher()
# a hash to verify against when the user does not exist, so that a wrong name takes as long as a
# wrong password and the timing does not tell which names exist
_DUMMY = _hasher.hash(secrets.token_hex(16))


class UserError(ValueError):
    pass


@dataclass(frozen=True)
class User:
    name: str
    role: str

    def can(self, role: str) -> bool:
        return ROLES.index(self.role) >= ROLES.index(role)


def _now() -> str:
    return datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def add_user(store: Store, name: str, role: str, password: str) -> User:
    if not NAME.match(name):
        raise UserError("a user name is 1-64 letters, digits, '.', '_', '@' or '-'")
    if role not in ROLES:
        raise UserError(f"unknown role {role!r}: use {', '.join(ROLES)}")
    if len(password) < MIN_PASSWORD:
        raise UserError(f"a password needs at least {MIN_PASSWORD} characters")
    if get_user(store, name) is not None:
        raise UserError(f"user {name} exists")
    with store.engine.begin() as conn:
        conn.execute(insert(schema.users).values(name=name, role=role, password=_hasher.hash(password),
                                                 created_at=_now()))  # fmt: skip
    return User(name, role)


def set_role(store: Store, name: str, role: str) -> None:
    if role not in ROLES:
        raise UserError(f"unknown role {role!r}: use {', '.join(ROLES)}")
    with store.engine.begin() as conn:
        if not conn.execute(
            update(schema.users).where(schema.users.c.name == name).values(role=role)
        ).rowcount:
            raise UserError(f"no user {name}")


def set_password(store: Store, name: str, password: str) -> None:
    if len(password) < MIN_PASSWORD:
        raise UserError(f"a password needs at least {MIN_PASSWORD} characters")
    with store.engine.begin() as conn:
        changed = conn.execute(
            update(schema.users).where(schema.users.c.name == name).values(password=_hasher.hash(password))
        ).rowcount
    if not changed:
        raise UserError(f"no user {name}")


def remove_user(store: Store, name: str) -> None:
    with store.engine.begin() as conn:
        conn.execute(delete(schema.api_tokens).where(schema.api_tokens.c.user == name))
        if not conn.execute(delete(schema.users).where(schema.users.c.name == name)).rowcount:
            raise UserError(f"no user {name}")


def get_user(store: Store, name: str) -> User | None:
    c = schema.users.c
    with store.engine.connect() as conn:
        row = conn.execute(select(c.name, c.role).where(c.name == name)).first()
    return User(row.name, row.role) if row else None


def list_users(store: Store) -> list[tuple[User, str]]:
    c = schema.users.c
    with store.engine.connect() as conn:
        return [
            (User(r.name, r.role), r.created_at)
            for r in conn.execute(select(c.name, c.role, c.created_at).order_by(c.name))
        ]


def has_users(store: Store) -> bool:
    with store.engine.connect() as conn:
        return conn.execute(select(schema.users.c.name).limit(1)).first() is not None


def check_password(store: Store, name: str, password: str) -> User | None:
    c = schema.users.c
    with store.engine.connect() as conn:
        row = conn.execute(select(c.name, c.role, c.password).where(c.name == name)).first()
    try:
        _hasher.verify(row.password if row else _DUMMY, password)
    except (VerificationError, InvalidHashError):
        return None
    return User(row.name, row.role) if row else None


def new_token(store: Store, name: str, label: str | None = None) -> str:
    """A new API token for the user: returned once, stored only as its hash."""
    if get_user(store, name) is None:
        raise UserError(f"no user {name}")
    token = TOKEN_PREFIX + secrets.token_urlsafe(32)
    with store.engine.begin() as conn:
        conn.execute(insert(schema.api_tokens).values(token_sha256=token_hash(token), user=name, label=label,
                                                      created_at=_now()))  # fmt: skip
    return token


def token_hash(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def token_user(store: Store, token: str) -> User | None:
    t, u = schema.api_tokens.c, schema.users.c
    with store.engine.connect() as conn:
        row = conn.execute(
            select(u.name, u.role).join_from(schema.api_tokens, schema.users, t.user == u.name)
            .where(t.token_sha256 == token_hash(token))
        ).first()  # fmt: skip
    return User(row.name, row.role) if row else None
