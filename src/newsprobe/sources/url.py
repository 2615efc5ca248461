"""Fetch one article from an ``http(s)://`` URL, treating the URL and the page as hostile input.

:func:`fetch_article` refuses anything that could reach a machine the user did not mean to
expose (server-side request forgery):

- only ``http`` and ``https``; no credentials in the URL (``user:pass@host`` is refused, so no
  secret ends up in ``Article.source`` or a store);
- the host is resolved first and **every** address it resolves to must be public: private,
  loopback, link-local, multicast, reserved, unspecified, shared (CGNAT) and site-local addresses
  are refused, IPv4 and IPv6 alike, including IPv4 addresses carried inside IPv6 (mapped,
  6to4, Teredo, NAT64). Numeric hosts in any spelling (``2130706433``, ``0x7f.1``, ``0``,
  ``localhost``) are caught because the *resolved* addresses are checked;
- the connection goes to the address that was checked (the URL's host is kept in the ``Host``
  header and, for https, as the TLS server name, so certificates are still verified against it):
  a DNS answer that changes between the check and the connect cannot redirect the request;
- redirects are followed by hand, at most :data:`MAX_REDIRECTS`, every hop checked again;
- proxies and ``.netrc`` from the environment are ignored; connect/read timeouts plus an overall
  deadline; the body is streamed and reading stops past ``max_bytes``.

The bytes then go through :func:`newsprobe.sources.files.article_from_bytes` (decoding, HTML
extraction, language check), like a file. Every failure is an :class:`~newsprobe.errors.InputError`
with a one-line message: ``NP111`` for a refused URL, ``NP104`` for an oversized page, ``NP112``
for a page that could not be fetched, ``NP102`` for a non-text content type.
"""

from __future__ import annotations

import ipaddress
import socket
import time
from collections.abc import Callable, Sequence

import httpx

from newsprobe.errors import Code, InputError
from newsprobe.model import Article
from newsprobe.sources.files import MAX_BYTES, article_from_bytes, check_published

#: a host name and port -> the IP addresses (as strings) a connection could go to
Resolver = Callable[[str, int], Sequence[str]]
IPAddress = ipaddress.IPv4Address | ipaddress.IPv6Address

SCHEMES = ("http", "https")
MAX_REDIRECTS = 5
#: seconds: connecting, waiting for each read, and the whole fetch (all hops)
CONNECT_TIMEOUT = 5.0
READ_TIMEOUT = 10.0
TOTAL_TIMEOUT = 30.0
USER_AGENT = "newsprobe (+offline news analysis; fetches one page per request)"
_REDIRECTS = (301, 302, 303, 307, 308)
_TEXT_TYPES = ("text/html", "application/xhtml+xml", "text/plain", "application/xml", "text/xml")
_NAT64 = ipaddress.ip_network("64:ff9b::/96")
#: IANA special-purpose blocks that are not globally reachable, listed here as well so the check
#: does not depend on the Python version's ``ipaddress`` tables
_NOT_PUBLIC = tuple(
    ipaddress.ip_network(net)
    for net in (
        "0.0.0.0/8", "10.0.0.0/8", "100.64.0.0/10", "127.0.0.0/8", "169.254.0.0/16", "172.16.0.0/12",
        "192.0.0.0/24", "192.0.2.0/24", "192.88.99.0/24", "192.168.0.0/16", "198.18.0.0/15",
        "198.51.100.0/24", "203.0.113.0/24", "224.0.0.0/4", "240.0.0.0/4",
        "::/127", "::ffff:0:0/96", "64:ff9b:1::/48", "100::/64", "2001::/23", "2001:db8::/32",
        "fc00::/7", "fe80::/10", "fec0::/10", "ff00::/8",
    )
)  # fmt: skip


def system_resolve(host: str, port: int) -> list[str]:
    """Every address ``socket.getaddrinfo`` gives for ``host`` (the default resolver)."""
    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except (socket.gaierror, UnicodeError, OSError) as exc:
        raise InputError(Code.FETCH_FAILED, f"{host}: cannot resolve host ({exc})") from None
    return [str(info[4][0]) for info in infos]


def _embedded_v4(ip: ipaddress.IPv6Address) -> list[ipaddress.IPv4Address]:
    """IPv4 addresses an IPv6 address carries (mapped, 6to4, Teredo client, NAT64)."""
    found: list[ipaddress.IPv4Address] = []
    if ip.ipv4_mapped is not None:
        found.append(ip.ipv4_mapped)
    if ip.sixtofour is not None:
        found.append(ip.sixtofour)
    if ip.teredo is not None:
        found.extend(ip.teredo)
    if ip in _NAT64:
        found.append(ipaddress.IPv4Address(int(ip) & 0xFFFFFFFF))
    return found


def refusal(address: str) -> str | None:
    """Why connecting to ``address`` is refused, or ``None`` for a public unicast address."""
    try:
        ip: IPAddress = ipaddress.ip_address(address.split("%", 1)[0])  # drop an IPv6 zone id
    except ValueError:
        return f"{address!r} is not an IP address"
    checks: list[tuple[bool, str]] = [
        (ip.is_unspecified, "unspecified"),
        (ip.is_loopback, "loopback"),
        (ip.is_link_local, "link-local"),
        (ip.is_multicast, "multicast"),
        (ip.is_private, "private"),
        (ip.is_reserved, "reserved"),
        (isinstance(ip, ipaddress.IPv6Address) and ip.is_site_local, "site-local"),
        (any(ip in net for net in _NOT_PUBLIC if net.version == ip.version), "special-purpose"),
        (not ip.is_global, "not globally routable"),
    ]
    for failed, why in checks:
        if failed:
            return f"{why} address {ip}"
    if isinstance(ip, ipaddress.IPv6Address):
        for inner in _embedded_v4(ip):
            inner_why = refusal(str(inner))
            if inner_why:
                return f"{ip} carries {inner_why}"
    return None


def check_url(url: httpx.URL, resolve: Resolver) -> str:
    """The one address to connect to for ``url``; :class:`InputError` (NP111) when refused."""
    shown = _shown(url)
    if url.scheme not in SCHEMES:
        raise InputError.at(shown, Code.URL_REFUSED, "only http and https URLs are fetched")
    if url.userinfo:
        raise InputError.at(shown, Code.URL_REFUSED, "credentials in a URL are not allowed")
    host = url.raw_host.decode("ascii", "replace")
    if not host:
        raise InputError.at(shown, Code.URL_REFUSED, "the URL has no host")
    port = url.port or (443 if url.scheme == "https" else 80)
    addresses = list(resolve(host, port))
    if not addresses:
        raise InputError.at(shown, Code.FETCH_FAILED, "the host resolves to no address")
    for address in addresses:
        why = refusal(address)
        if why:
            raise InputError.at(shown, Code.URL_REFUSED, f"refused, the host resolves to a {why}")
    return addresses[0].split("%", 1)[0]


def _shown(url: httpx.URL) -> str:
    """The URL for messages: no credentials, at most 200 characters."""
    text = str(url.copy_with(userinfo=b"")) if url.userinfo else str(url)
    return text if len(text) <= 200 else text[:197] + "..."


def _parse(url: str) -> httpx.URL:
    try:
        parsed = httpx.URL(url.strip())
    except (httpx.InvalidURL, TypeError, ValueError) as exc:
        shown = url.strip() if len(url.strip()) <= 200 else url.strip()[:197] + "..."
        raise InputError.at(shown, Code.URL_REFUSED, f"not a valid URL ({exc})") from None
    return parsed.copy_with(fragment=None)


def _pinned(url: httpx.URL, address: str) -> httpx.Request:
    """A GET for ``url`` that connects to ``address``, with the URL's host as Host and TLS name."""
    host = url.raw_host.decode("ascii")
    default_port = 443 if url.scheme == "https" else 80
    host_header = host if ":" not in host else f"[{host}]"
    if url.port and url.port != default_port:
        host_header += f":{url.port}"
    extensions = {"sni_hostname": host} if url.scheme == "https" else {}
    headers = {
        "Host": host_header,
        "User-Agent": USER_AGENT,
        "Accept": "text/html,application/xhtml+xml,text/plain;q=0.8",
        "Accept-Encoding": "identity",
    }
    return httpx.Request("GET", url.copy_with(host=address), headers=headers, extensions=extensions)


def _content_suffix(response: httpx.Response, shown: str) -> str:
    kind = response.headers.get("content-type", "").split(";", 1)[0].strip().lower()
    if kind and kind not in _TEXT_TYPES:
        raise InputError.at(shown, Code.BINARY_INPUT, f"content type {kind} is not an HTML or text page")
    return ".txt" if kind == "text/plain" else ".html"


def _read_body(response: httpx.Response, shown: str, max_bytes: int, deadline: float) -> bytes:
    declared = response.headers.get("content-length", "")
    if declared.isdigit() and int(declared) > max_bytes:
        raise InputError.at(shown, Code.TOO_LARGE, f"{int(declared)} bytes is over the {max_bytes}-byte limit")
    chunks: list[bytes] = []
    size = 0
    for chunk in response.iter_bytes():
        size += len(chunk)
        if size > max_bytes:
            raise InputError.at(shown, Code.TOO_LARGE, f"the page is over the {max_bytes}-byte limit")
        if time.monotonic() > deadline:
            raise InputError.at(shown, Code.FETCH_FAILED, f"took longer than {TOTAL_TIMEOUT:.0f} s")
        chunks.append(chunk)
    return b"".join(chunks)


def _to_utf8(data: bytes, response: httpx.Response) -> bytes:
    """Re-encode to UTF-8 when the server declares another charset that decodes cleanly."""
    charset = response.charset_encoding
    if not charset or charset.lower().replace("_", "-") in ("utf-8", "utf8"):
        return data
    try:
        return data.decode(charset).encode("utf-8")
    except (LookupError, UnicodeDecodeError):
        return data  # let article_from_bytes detect the encoding


def _download(
    client: httpx.Client, url: httpx.URL, resolve: Resolver, max_bytes: int, deadline: float
) -> tuple[httpx.URL, bytes, str]:
    """Follow up to MAX_REDIRECTS redirects, checking each hop; the final URL, body and suffix."""
    for _hop in range(MAX_REDIRECTS + 1):
        shown = _shown(url)
        address = check_url(url, resolve)
        if time.monotonic() > deadline:
            raise InputError.at(shown, Code.FETCH_FAILED, f"took longer than {TOTAL_TIMEOUT:.0f} s")
        try:
            response = client.send(_pinned(url, address), stream=True)
        except httpx.TimeoutException:
            raise InputError.at(shown, Code.FETCH_FAILED, "timed out") from None
        except httpx.HTTPError as exc:
            raise InputError.at(shown, Code.FETCH_FAILED, f"cannot fetch ({type(exc).__name__})") from None
        try:
            if response.status_code in _REDIRECTS:
                location = response.headers.get("location")
                if not location:
                    raise InputError.at(shown, Code.FETCH_FAILED, "redirect without a Location")
                url = _parse(str(url.join(location)))
                continue
            if not 200 <= response.status_code < 300:
                raise InputError.at(shown, Code.FETCH_FAILED, f"HTTP {response.status_code}")
            suffix = _content_suffix(response, shown)
            try:
                data = _read_body(response, shown, max_bytes, deadline)
            except httpx.TimeoutException:
                raise InputError.at(shown, Code.FETCH_FAILED, "timed out") from None
            except httpx.HTTPError as exc:
                raise InputError.at(shown, Code.FETCH_FAILED, f"cannot fetch ({type(exc).__name__})") from None
            return url, _to_utf8(data, response), suffix
        finally:
            response.close()
    raise InputError.at(_shown(url), Code.URL_REFUSED, f"more than {MAX_REDIRECTS} redirects")


def fetch_article(
    url: str,
    *,
    transport: httpx.BaseTransport | None = None,
    published: str | None = None,
    outlet: str | None = None,
    max_bytes: int = MAX_BYTES,
    resolve: Resolver | None = None,
) -> Article:
    """One article from an ``http(s)`` URL; raises :class:`InputError` for anything refused or unusable.

    ``transport`` and ``resolve`` are seams for tests (``httpx.MockTransport`` and a fake resolver).
    ``Article.source`` is the final URL after redirects.
    """
    published = check_published(published)
    target = _parse(url)
    timeout = httpx.Timeout(READ_TIMEOUT, connect=CONNECT_TIMEOUT)
    deadline = time.monotonic() + TOTAL_TIMEOUT
    try:
        with httpx.Client(transport=transport, timeout=timeout, trust_env=False, follow_redirects=False) as client:
            final, data, suffix = _download(client, target, resolve or system_resolve, max_bytes, deadline)
    except InputError as exc:
        if exc.source is None:  # the resolver names only the host
            exc.source = _shown(target)
        raise
    return article_from_bytes(data, str(final), suffix=suffix, published=published, outlet=outlet)


def is_url(value: str) -> bool:
    """Whether an input path is meant as a URL (starts with ``http://`` or ``https://``, any letter case)."""
    return value[:8].lower().startswith(("http://", "https://"))
