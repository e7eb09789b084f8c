"""Rate limits on the callback, counted in the store (so every instance shares them).

Each limit counts in a window that starts at its first count; past the limit the request is
refused with 429 and `Retry-After` (the seconds left in the window). A visitor's address is
counted by its /64 for IPv6 (one household, one phone company customer, has the whole /64).
"""

import ipaddress
from dataclasses import dataclass

from chatkit.server.store import Store

__all__ = ["ADDRESS", "CANCEL", "Limit", "PHONE", "TOTAL", "address_key", "over_limit"]


@dataclass(frozen=True)
class Limit:
    name: str
    count: int
    seconds: float


# Tries of the form per address (every try, valid or not: no guessing numbers one by one).
ADDRESS = Limit("address", 10, 600)
# Callbacks booked per number a day: nobody is called back more than this.
PHONE = Limit("phone", 3, 86400)
# Callbacks booked per hour in all: a flood from many addresses stops here.
TOTAL = Limit("total", 200, 3600)
# Cancellations per address.
CANCEL = Limit("cancel", 30, 600)


async def over_limit(store: Store, prefix: str, limit: Limit, who: str) -> float | None:
    """Count one against `limit` for `who`: None within it, else the seconds to wait."""
    count, left = await store.incr("%srl:%s:%s" % (prefix, limit.name, who), limit.seconds)
    return None if count <= limit.count else max(left, 1.0)


def address_key(host: str | None) -> str:
    """The address a limit counts: the IPv4 address, or the IPv6 address's /64."""
    if not host:
        return "unknown"
    try:
        address = ipaddress.ip_address(host)
    except ValueError:
        return host[:64]
    if address.version == 6 and address.ipv4_mapped is None:
        return str(ipaddress.ip_network("%s/64" % address, strict=False))
    return str(getattr(address, "ipv4_mapped", None) or address)
