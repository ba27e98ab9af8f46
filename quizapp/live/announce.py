"""Finding live sessions on the school network: the host announces itself by DNS-SD (mDNS), desks browse.

`zeroconf` is the maintained pure-Python mDNS/DNS-SD implementation. Networks that block multicast
still work: a desk can type the host's address and the code instead.
"""

from __future__ import annotations

import socket
import threading
from dataclasses import dataclass

from quizapp.live.protocol import PROTOCOL, SERVICE_TYPE


def local_address() -> str:
    """This computer's address on the local network (no packet is sent), or loopback when it has none."""
    probe = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    try:
        probe.connect(("10.255.255.255", 1))
        return str(probe.getsockname()[0])
    except OSError:
        return "127.0.0.1"
    finally:
        probe.close()


@dataclass(frozen=True)
class FoundSession:
    """A live session a desk found on the network."""

    title: str  # "<class> — <bank title>"
    address: str
    port: int
    protocol: int

    @property
    def url(self) -> str:
        return f"{self.address}:{self.port}"


def _instance_name(title: str) -> str:
    cleaned = "".join(char for char in title if char.isprintable() and char != ".")[:60].strip() or "quizapp"
    return f"{cleaned}.{SERVICE_TYPE}"


class Announcement:
    """The host's DNS-SD record, registered while the session runs."""

    def __init__(self, title: str, address: str, port: int) -> None:
        from zeroconf import ServiceInfo, Zeroconf

        self._zeroconf = Zeroconf(interfaces=[address])
        self._info = ServiceInfo(
            SERVICE_TYPE,
            _instance_name(title),
            addresses=[socket.inet_aton(address)],
            port=port,
            properties={"protocol": str(PROTOCOL), "title": title[:200]},
        )
        self._zeroconf.register_service(self._info, allow_name_change=True)

    def close(self) -> None:
        self._zeroconf.unregister_service(self._info)
        self._zeroconf.close()


def browse(seconds: float = 2.0, interface: str | None = None) -> list[FoundSession]:
    """The live sessions announced on the network within `seconds`."""
    from zeroconf import ServiceBrowser, ServiceListener, Zeroconf

    found: dict[str, FoundSession] = {}
    lock = threading.Lock()
    zeroconf = Zeroconf(interfaces=[interface]) if interface else Zeroconf()

    class Listener(ServiceListener):
        def add_service(self, zc: Zeroconf, type_: str, name: str) -> None:
            info = zc.get_service_info(type_, name, timeout=1000)
            if info is None or not info.parsed_addresses():
                return
            properties = {
                key.decode(): (value or b"").decode("utf-8", "replace") for key, value in info.properties.items()
            }
            title = properties.get("title") or name.removesuffix(f".{SERVICE_TYPE}")
            protocol = int(properties.get("protocol") or 0) if (properties.get("protocol") or "0").isdigit() else 0
            with lock:
                found[name] = FoundSession(title, info.parsed_addresses()[0], int(info.port or 0), protocol)

        def update_service(self, zc: Zeroconf, type_: str, name: str) -> None:
            self.add_service(zc, type_, name)

        def remove_service(self, zc: Zeroconf, type_: str, name: str) -> None:
            with lock:
                found.pop(name, None)

    done = threading.Event()
    try:
        ServiceBrowser(zeroconf, SERVICE_TYPE, Listener())
        done.wait(seconds)
    finally:
        zeroconf.close()
    with lock:
        return sorted(found.values(), key=lambda session: session.title)
