"""The company's secret key, where it is kept, and the MAC key derived from it.

The identity (an age X25519 key; the public half is ``company.backup_recipient``) is kept in the
operating system's keyring (service ``duebook``, user name = the recipient). Where no keyring
works (a headless Linux: ``NoKeyringError``) it is kept in a key file readable only by the user
(``<config>/backup-keys``). ``mac_key_for`` derives the company's MAC key from it, which seals
the audit trail's head (``audit``) and signs every backup's manifest (``safety``).
Kernel: uses only the configuration; the key pair is made by ``app.services.safety.keys``.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import stat
from dataclasses import dataclass, field
from pathlib import Path

from pyrage import x25519

from app import config

KEYRING_SERVICE = "duebook"


@dataclass
class KeyStatus:
    keyring: bool
    reason: str = ""
    notes: list[str] = field(default_factory=list)


# ---- the identity: keyring, or a private key file when there is no keyring ------------------------

def keys_dir() -> Path:
    p = config.config_dir() / "backup-keys"
    p.mkdir(parents=True, exist_ok=True)
    with contextlib.suppress(OSError):
        os.chmod(p, 0o700)
    return p


def _known_file() -> Path:
    return keys_dir() / "known.json"


def _known() -> dict[str, dict[str, str]]:
    try:
        data = json.loads(_known_file().read_text(encoding="utf-8"))
        return data if isinstance(data, dict) else {}
    except (OSError, ValueError):
        return {}


def _remember(recipient: str, company: str, where: str) -> None:
    data = _known()
    data[recipient] = {"company": company, "stored": where}
    tmp = _known_file().with_suffix(".tmp")
    tmp.write_text(json.dumps(data, ensure_ascii=False, indent=1), encoding="utf-8")
    tmp.replace(_known_file())


def _key_file(recipient: str) -> Path:
    return keys_dir() / f"{recipient}.key"


def keyring_status() -> KeyStatus:
    """Whether the OS keyring can keep the backup key here, and if not, why."""
    try:
        import keyring
        from keyring.backends import fail

        kr = keyring.get_keyring()
        if isinstance(kr, fail.Keyring) or getattr(kr, "priority", 1) <= 0:
            return KeyStatus(False, f"no OS keyring is available ({type(kr).__module__})")
        return KeyStatus(True)
    except Exception as exc:  # a broken backend
        return KeyStatus(False, f"the OS keyring does not work: {exc}")


def store_identity(identity: str, recipient: str, company: str) -> KeyStatus:
    """Keep the identity in the OS keyring; without one, in a private key file (and say so)."""
    _MAC_KEYS.pop(recipient, None)
    import keyring
    from keyring.errors import KeyringError

    status = keyring_status()
    if status.keyring:
        try:
            keyring.set_password(KEYRING_SERVICE, recipient, identity)
            _remember(recipient, company, "keyring")
            return status
        except (KeyringError, RuntimeError) as exc:
            status = KeyStatus(False, f"the OS keyring refused the key: {exc}")
    path = _key_file(recipient)
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w", encoding="ascii") as fh:
        fh.write(f"# Duebook backup key of {company.encode('ascii', 'replace').decode()}\n"
                 f"# public key: {recipient}\n{identity}\n")
    with contextlib.suppress(OSError):
        os.chmod(path, stat.S_IRUSR | stat.S_IWUSR)
    _remember(recipient, company, "file")
    status.notes.append(
        f"{status.reason}: the backup key was saved in {path} (readable only by you). "
        "Write a recovery key (backup recovery-key) and keep it apart: restoring on another "
        "machine needs it and its passphrase.")
    return status


_MAC_KEYS: dict[str, bytes | None] = {}


def derive_mac_key(identity: x25519.Identity) -> bytes:
    """The company's MAC key (audit head, backup manifests): from its secret identity, never stored."""
    return hashlib.sha256(b"duebook-mac-v1\0" + str(identity).encode("ascii")).digest()


def mac_key_for(recipient: str) -> bytes | None:
    """The MAC key of the company whose backup recipient is ``recipient`` (None: no key here)."""
    if not recipient:
        return None
    if recipient not in _MAC_KEYS:
        ident = load_identity(recipient)
        _MAC_KEYS[recipient] = None if ident is None else derive_mac_key(ident)
    return _MAC_KEYS[recipient]


def load_identity(recipient: str) -> x25519.Identity | None:
    """The identity of ``recipient`` from the keyring or the private key file (None: not here)."""
    if not recipient:
        return None
    if keyring_status().keyring:
        try:
            import keyring

            secret = keyring.get_password(KEYRING_SERVICE, recipient)
            if secret:
                return x25519.Identity.from_str(secret.strip())
        except Exception:
            pass
    path = _key_file(recipient)
    if path.exists():
        for line in path.read_text(encoding="ascii").splitlines():
            if line.startswith("AGE-SECRET-KEY-"):
                return x25519.Identity.from_str(line.strip())
    return None


def known_identities() -> list[x25519.Identity]:
    out = []
    for recipient in _known():
        ident = load_identity(recipient)
        if ident is not None:
            out.append(ident)
    return out


# ---- the audit head this computer last sealed (beside the key: a file cannot roll it back) ---------

def _head_file(recipient: str) -> Path:
    return keys_dir() / f"{recipient}.head"


def seen_head(recipient: str) -> dict[str, object] | None:
    """The audit head (``seq``, ``count``, ``last``) this computer last sealed for the company whose
    backup recipient is ``recipient``; None when it never sealed one here."""
    if not recipient:
        return None
    try:
        data = json.loads(_head_file(recipient).read_text(encoding="ascii"))
    except (OSError, ValueError, UnicodeDecodeError):
        return None
    if not isinstance(data, dict) or not isinstance(data.get("seq"), int):
        return None
    return data


def remember_head(recipient: str, seq: int, count: int, last: str) -> None:
    """Keep the head just sealed; the counter only ever goes up (a lower one is ignored)."""
    if not recipient:
        return
    seen = seen_head(recipient)
    if seen is not None and int(seen["seq"]) >= seq:  # type: ignore[call-overload]
        return
    path = _head_file(recipient)
    tmp = path.with_name(f"{path.name}.{os.getpid()}.tmp")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w", encoding="ascii") as fh:
        fh.write(json.dumps({"seq": seq, "count": count, "last": last}))
        fh.flush()
        os.fsync(fh.fileno())
    tmp.replace(path)
