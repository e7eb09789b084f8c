"""A visitor's phone number, as the callback accepts it: parsed by `phonenumbers`, from a
configured country only, never a premium-rate, shared-cost or personal number (numbers that
cost the caller, or forward to one that does), and sent to 8x8 as digits ("Digit only ...
E.164", 8x8-server-apis.txt:392). Logs and the store see only its keyed hash."""

import hashlib
import hmac

import phonenumbers
from phonenumbers import PhoneNumberType

from chatkit.errors import ChatkitError

__all__ = ["MAX_PHONE_CHARS", "PhoneError", "parse_phone", "phone_hasher"]

MAX_PHONE_CHARS = 40
# Numbers that cost the one who calls them, or may: a callback to one bills the tenant.
_REFUSED_TYPES = {
    PhoneNumberType.PREMIUM_RATE: "a premium-rate number",
    PhoneNumberType.SHARED_COST: "a shared-cost number",
    PhoneNumberType.PERSONAL_NUMBER: "a personal (forwarding) number",
}


class PhoneError(ChatkitError, ValueError):
    """Why a phone number is not accepted, in the visitor's words."""


def parse_phone(text: object, countries: tuple[str, ...]) -> str:
    """The number as 8x8 takes it: E.164 digits without the "+".

    A number without its country code (+44...) is read as a number of the only configured
    country; with several, the visitor must give the code.

    >>> parse_phone("+44 20 7946 0018", ("GB",))
    '442079460018'
    """
    if not isinstance(text, str):
        raise PhoneError("must be text, like \"+44 20 7946 0018\"")
    if not text.strip():
        raise PhoneError("is empty: give the number to call back")
    if len(text) > MAX_PHONE_CHARS:
        raise PhoneError("is too long for a phone number (at most %d characters)"
                         % MAX_PHONE_CHARS)
    region = countries[0] if len(countries) == 1 else None
    written = text.strip()
    if region is None and written.startswith("00"):
        written = "+" + written[2:]  # 00, the international prefix of most of the world
    try:
        number = phonenumbers.parse(written, region)
    except phonenumbers.NumberParseException:
        if region is None and not text.lstrip().startswith(("+", "00")):
            raise PhoneError("needs its country code, like +44 or +1 (numbers are accepted "
                             "from %s)" % ", ".join(countries)) from None
        raise PhoneError("is not a phone number") from None
    if not phonenumbers.is_valid_number(number):
        raise PhoneError("is not a valid phone number")
    country = phonenumbers.region_code_for_number(number)
    if country not in countries:
        raise PhoneError("is not a number of a country we call back (%s)" % ", ".join(countries))
    refused = _REFUSED_TYPES.get(phonenumbers.number_type(number))
    if refused:
        raise PhoneError("is %s: we cannot call it back" % refused)
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)[1:]


def phone_hasher(secret: str):
    """`hash(digits)`: a keyed hash of a number, the same in every instance with the same
    secret (the action token), and useless to whoever reads a log or the store without it."""
    key = hmac.new(secret.encode(), b"chatkit phone hash v1", hashlib.sha256).digest()

    def hashed(digits: str) -> str:
        return hmac.new(key, digits.encode(), hashlib.sha256).hexdigest()[:20]

    return hashed
