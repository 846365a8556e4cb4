"""K-7, round two (issue 24): the recovery key is read forgivingly. Case, spaces and dashes are
ignored and 0/O, 1/I/L read alike; new keys use an alphabet without I, L, O and U (Crockford's
base32 with two check characters); keys made before (RFC 4648 base32) still open their vault."""

from __future__ import annotations

import base64
import re

import pytest
from conftest import PASSPHRASE, data_key

from forum_kit.errors import InvalidInput, WrongPassphrase
from forum_kit.vault import FAST_KDF, Vault, keyfile

_NEW_KEY = re.compile(r"([0-9A-HJKMNP-TV-Z]{4}-){7}[0-9A-HJKMNP-TV-Z]{4}")


def _sloppy(key: str) -> str:
    """The key as a hurried person types it: lower case, spaces for dashes, letters for
    digits that look alike."""
    return "  " + key.lower().replace("-", " ").replace("0", "o").replace("1", "l") + " "


def test_new_keys_use_an_alphabet_without_look_alikes():
    for _ in range(200):
        secret, text = keyfile.new_recovery_key()
        assert _NEW_KEY.fullmatch(text), text
        assert keyfile.recovery_secrets(text)[0] == secret


def test_a_new_key_typed_sloppily_opens_the_vault(sec_vault):
    folder = sec_vault.path
    # a key with both a 0 and a 1 in it, so that the look-alike letters are really exercised
    key = sec_vault.add_recovery_key()
    while not ("0" in key and "1" in key):
        key = sec_vault.add_recovery_key()
    sec_vault.lock()
    for typed in (
        key,
        key.replace("-", ""),
        _sloppy(key),
        _sloppy(key).replace("l", "i"),
        key.replace("-", "_").replace("0", "O").replace("1", "I"),
    ):
        Vault.open_with_recovery_key(folder, typed).lock()
    assert Vault.normalise_recovery_key(_sloppy(key)) == key.replace("-", "")


def test_a_mistyped_new_key_is_caught_by_its_check_characters(sec_vault):
    # a key with an 8 or a 9 cannot be read as an old key too (old keys have no 8 or 9), so a
    # typo in it can only be caught by the check characters
    def typos(key: str) -> set[str]:
        swapped = (key[1] + key[0] + key[2:] if key[0] != key[1]
                   else key[:5] + key[6] + key[5] + key[7:])
        changed = "".join("2" if c == "3" else "3" if c == "2" else c for c in key)
        return {swapped, changed} - {key}

    def caught(typo: str) -> bool:  # 10 check bits: 1 typo in 1,024 passes them
        try:
            keyfile.recovery_secrets(typo)
        except InvalidInput:
            return True
        return False

    key = sec_vault.add_recovery_key()
    while not (any(d in key for d in "89") and typos(key) and all(map(caught, typos(key)))):
        key = sec_vault.add_recovery_key()
    sec_vault.lock()
    for typo in typos(key):
        with pytest.raises(InvalidInput, match="mistyped"):
            Vault.open_with_recovery_key(sec_vault.path, typo)
    with pytest.raises(InvalidInput, match="has 32 letters"):
        Vault.open_with_recovery_key(sec_vault.path, key[:-1])


def _old_style_key(vault: Vault, text: str) -> None:
    """Give ``vault`` a recovery slot the way keys were made before: base32 of 20 bytes."""
    raw = base64.b32decode(text)
    keys = keyfile.read(vault.path)
    slot = keyfile.wrap(keys.vault_id, keyfile.RECOVERY_SLOT, raw, data_key(vault), FAST_KDF)
    keyfile.write(vault.path, keys.with_slot(slot))


def test_old_keys_still_open_their_vault_read_forgivingly(sec_vault):
    old = "OILA" + "BCDEFGHJKMNPQRSTUVWXYZ2345" + "67"  # O, I and L are old-alphabet letters
    assert len(old) == 32
    _old_style_key(sec_vault, old)
    folder = sec_vault.path
    sec_vault.lock()
    grouped = "-".join(old[i : i + 4] for i in range(0, 32, 4))
    for typed in (
        grouped,
        grouped.lower(),
        old.replace("O", "0"),
        old.replace("I", "1"),
        old.replace("L", "1"),
        " ".join(old[i : i + 4] for i in range(0, 32, 4)).replace("O", "0").lower(),
    ):
        Vault.open_with_recovery_key(folder, typed).lock()
    with pytest.raises(WrongPassphrase):
        Vault.open_with_recovery_key(folder, old.replace("B", "C", 1))
    Vault.open(folder, PASSPHRASE).lock()


def test_recovery_reset_and_rotation_read_the_key_forgivingly(sec_vault):
    key = sec_vault.add_recovery_key()
    folder = sec_vault.path
    sec_vault.lock()
    v = Vault.open_with_recovery_key(folder, _sloppy(key))
    v.change_passphrase_with_recovery_key(_sloppy(key), PASSPHRASE + " new")
    assert v.rotate_data_key(PASSPHRASE + " new", recovery_key=_sloppy(key)) is None
    v.lock()
    Vault.open_with_recovery_key(folder, key).lock()
    Vault.open(folder, PASSPHRASE + " new").lock()


def test_the_check_characters_catch_almost_every_single_typo():
    import random

    rng = random.Random(25)
    alphabet = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
    caught = tried = 0
    for _ in range(300):
        key = keyfile.new_recovery_key()[1].replace("-", "")
        i = rng.randrange(len(key))
        typo = key[:i] + rng.choice(alphabet.replace(key[i], "")) + key[i + 1 :]
        tried += 1
        caught += keyfile._current_form(typo) is None  # noqa: SLF001 - the check alone
    assert caught / tried >= 0.99, (caught, tried)
