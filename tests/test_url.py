"""fetch_article: the address checks, redirects, limits and schemes (no network: MockTransport)."""

from __future__ import annotations

from collections.abc import Callable

import httpx
import pytest

from newsprobe.errors import Code, InputError
from newsprobe.sources.url import MAX_REDIRECTS, fetch_article, is_url, refusal, system_resolve

PUBLIC = "93.184.216.34"
BODY = (
    "<html><head><title>Harbour bridge reopens</title></head><body><article><h1>Harbour bridge reopens</h1>"
    + "<p>The harbour bridge in the fictional town of Wexmoor reopened on Monday after two years of repairs, "
    "the council said. Engineers replaced the cables and the deck, and traffic returned by noon.</p>"
    * 3
    + "</article></body></html>"
).encode()

Handler = Callable[[httpx.Request], httpx.Response]


def page(request: httpx.Request) -> httpx.Response:
    return httpx.Response(200, headers={"content-type": "text/html; charset=utf-8"}, content=BODY)


def never(request: httpx.Request) -> httpx.Response:
    raise AssertionError(f"no request may be sent, got {request.url}")


def resolver(table: dict[str, list[str]]) -> Callable[[str, int], list[str]]:
    def resolve(host: str, port: int) -> list[str]:
        return table.get(host, [PUBLIC])

    return resolve


def fetch(url: str, handler: Handler = page, **kwargs: object) -> object:
    kwargs.setdefault("resolve", resolver({}))
    return fetch_article(url, transport=httpx.MockTransport(handler), **kwargs)  # type: ignore[arg-type]


def refused(url: str, handler: Handler = never, code: Code = Code.URL_REFUSED, **kwargs: object) -> InputError:
    with pytest.raises(InputError) as info:
        fetch(url, handler, **kwargs)
    assert info.value.code == code, info.value
    assert "\n" not in info.value.message
    return info.value


BAD_ADDRESSES = [
    "10.0.0.1",
    "172.16.5.4",
    "192.168.1.1",
    "127.0.0.1",
    "127.1.2.3",
    "0.0.0.0",
    "169.254.169.254",
    "100.64.0.1",
    "224.0.0.1",
    "239.255.255.250",
    "255.255.255.255",
    "240.0.0.1",
    "192.0.0.8",
    "198.18.0.1",
    "192.0.2.10",
    "::1",
    "::",
    "fe80::1",
    "fe80::1%eth0",
    "fc00::1",
    "fd12:3456::1",
    "fec0::1",
    "ff02::1",
    "::ffff:127.0.0.1",
    "::ffff:10.0.0.1",
    "::ffff:169.254.169.254",
    "2002:a00:1::1",  # 6to4 around 10.0.0.1
    "2001:db8::1",
    "64:ff9b::a00:1",  # NAT64 around 10.0.0.1
]
GOOD_ADDRESSES = ["93.184.216.34", "8.8.8.8", "1.1.1.1", "2606:4700:4700::1111", "2a00:1450:4001::200e"]


@pytest.mark.parametrize("address", BAD_ADDRESSES)
def test_refusal_names_each_non_public_address(address: str) -> None:
    assert refusal(address) is not None


@pytest.mark.parametrize("address", GOOD_ADDRESSES)
def test_public_addresses_pass(address: str) -> None:
    assert refusal(address) is None


@pytest.mark.parametrize("address", BAD_ADDRESSES)
def test_public_name_resolving_to_a_private_address_is_refused(address: str) -> None:
    err = refused("https://news.example.org/story", resolve=resolver({"news.example.org": [address]}))
    assert "refused" in err.message


def test_one_bad_address_among_good_ones_is_refused() -> None:
    refused("http://news.example.org/", resolve=resolver({"news.example.org": [PUBLIC, "10.1.2.3"]}))


@pytest.mark.parametrize(
    "url",
    [
        "http://localhost/",
        "http://LOCALHOST:8080/admin",
        "http://127.0.0.1/",
        "http://0/",
        "http://0.0.0.0/",
        "http://2130706433/",  # decimal 127.0.0.1
        "http://017700000001/",  # octal 127.0.0.1
        "http://0x7f000001/",
        "http://0x7f.1/",
        "http://127.1/",
        "http://[::1]/",
        "http://[::ffff:127.0.0.1]/",
        "http://169.254.169.254/latest/meta-data/",
        "http://10.0.0.1/",
    ],
)
def test_literal_and_odd_numeric_hosts_are_refused_by_the_system_resolver(url: str) -> None:
    # the real resolver: numeric forms and localhost resolve locally, no network involved
    refused(url, resolve=system_resolve)


@pytest.mark.parametrize(
    "url", ["file:///etc/passwd", "ftp://example.org/a.txt", "gopher://example.org/", "data:text/plain,hi", "//x/y"]
)
def test_other_schemes_are_refused(url: str) -> None:
    err = refused(url)
    assert err.code == Code.URL_REFUSED


def test_credentials_in_the_url_are_refused_and_not_echoed() -> None:
    err = refused("https://alice:s3cret@news.example.org/a")
    assert "s3cret" not in err.message and "credentials" in err.message


def test_fetch_public_page() -> None:
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return page(request)

    article = fetch("https://news.example.org/bridge#top", handler, published="2025-04-07", outlet="Wexmoor Post")
    assert article.source == "https://news.example.org/bridge"  # fragment dropped
    assert article.title == "Harbour bridge reopens"
    assert "harbour bridge" in article.text.lower()
    assert article.published == "2025-04-07" and article.outlet == "Wexmoor Post"
    # pinned to the checked address, host kept for virtual hosting and TLS verification
    (request,) = seen
    assert request.url.host == PUBLIC
    assert request.headers["host"] == "news.example.org"
    assert request.extensions["sni_hostname"] == "news.example.org"


def test_plain_text_page() -> None:
    text = (
        b"Ferry timetable changes\n\n"
        + b"The ferry between the two fictional islands will run every hour from June, the operator said. " * 3
    )

    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, headers={"content-type": "text/plain"}, content=text)

    article = fetch("http://news.example.org/ferry.txt", handler)
    assert article.text.startswith("Ferry timetable changes")


def test_declared_legacy_charset_is_used() -> None:
    html = BODY.replace(b"two years", "two years \u2013 longer than planned \u2013".encode("cp1252"))

    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, headers={"content-type": "text/html; charset=windows-1252"}, content=html)

    assert "\u2013 longer than planned" in fetch("http://news.example.org/", handler).text


def test_redirects_are_followed_and_rechecked() -> None:
    hops: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        hops.append(request.headers["host"] + request.url.path)
        if request.url.path == "/old":
            return httpx.Response(301, headers={"location": "https://other.example.net/new"})
        if request.url.path == "/new":
            return httpx.Response(302, headers={"location": "/final"})
        return page(request)

    article = fetch("http://news.example.org/old", handler)
    assert hops == ["news.example.org/old", "other.example.net/new", "other.example.net/final"]
    assert article.source == "https://other.example.net/final"


@pytest.mark.parametrize(
    "location,table",
    [
        ("http://127.0.0.1/admin", {}),
        ("http://[::1]/", {}),
        ("http://169.254.169.254/latest/meta-data/", {}),
        ("http://internal.example.org/", {"internal.example.org": ["10.0.0.1"]}),
        ("http://rebind.example.org/", {"rebind.example.org": ["::ffff:192.168.0.1"]}),
        ("file:///etc/passwd", {}),
        ("ftp://news.example.org/x", {}),
    ],
)
def test_redirect_to_a_refused_target_is_refused(location: str, table: dict[str, list[str]]) -> None:
    table = {"127.0.0.1": ["127.0.0.1"], "::1": ["::1"], "169.254.169.254": ["169.254.169.254"], **table}
    sent: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        sent.append(request.headers["host"])
        assert request.headers["host"] == "news.example.org", "the refused hop must never be requested"
        return httpx.Response(302, headers={"location": location})

    refused("http://news.example.org/start", handler, resolve=resolver(table))
    assert sent == ["news.example.org"]


def test_too_many_redirects() -> None:
    count = 0

    def handler(request: httpx.Request) -> httpx.Response:
        nonlocal count
        count += 1
        return httpx.Response(302, headers={"location": f"/hop{count}"})

    err = refused("http://news.example.org/", handler)
    assert "redirects" in err.message
    assert count == MAX_REDIRECTS + 1


def test_redirect_without_location() -> None:
    refused("http://news.example.org/", lambda r: httpx.Response(302), code=Code.FETCH_FAILED)


def test_size_limit_stops_streaming() -> None:
    produced = 0

    def chunks():  # type: ignore[no-untyped-def]
        nonlocal produced
        for _ in range(1000):
            produced += 1024
            yield b"x" * 1024

    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, headers={"content-type": "text/html"}, content=chunks())

    refused("http://news.example.org/big", handler, code=Code.TOO_LARGE, max_bytes=10_000)
    assert produced < 20 * 1024  # stopped soon after the limit, not after the whole body


def test_declared_length_over_the_limit_is_refused_before_reading() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, headers={"content-type": "text/html", "content-length": "999999"}, content=b"")

    refused("http://news.example.org/", handler, code=Code.TOO_LARGE, max_bytes=1000)


@pytest.mark.parametrize("status", [404, 500, 403])
def test_http_errors(status: int) -> None:
    err = refused("http://news.example.org/", lambda r: httpx.Response(status), code=Code.FETCH_FAILED)
    assert str(status) in err.message


def test_binary_content_type_is_refused() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, headers={"content-type": "application/pdf"}, content=b"%PDF-1.7")

    refused("http://news.example.org/a.pdf", handler, code=Code.BINARY_INPUT)


def test_connection_errors_and_timeouts_are_one_line_input_errors() -> None:
    def down(request: httpx.Request) -> httpx.Response:
        raise httpx.ConnectError("connection refused", request=request)

    def slow(request: httpx.Request) -> httpx.Response:
        raise httpx.ReadTimeout("timed out", request=request)

    refused("http://news.example.org/", down, code=Code.FETCH_FAILED)
    assert "timed out" in refused("http://news.example.org/", slow, code=Code.FETCH_FAILED).message


def test_page_checks_from_the_file_reader_apply() -> None:
    german = (
        "<html><body><article><p>"
        + "Die neue Brücke in der erfundenen Stadt wurde am Montag nach zwei Jahren Bauzeit wieder eröffnet, "
        "teilte der Stadtrat mit. Der Verkehr lief am Mittag wieder normal. " * 3 + "</p></article></body></html>"
    ).encode()
    refused(
        "http://news.example.org/de",
        lambda r: httpx.Response(200, headers={"content-type": "text/html"}, content=german),
        code=Code.UNSUPPORTED_LANGUAGE,
    )
    refused("http://news.example.org/", page, code=Code.BAD_OPTION, published="2025-13-45")


def test_unresolvable_host() -> None:
    def nowhere(host: str, port: int) -> list[str]:
        return []

    refused("http://news.example.org/", code=Code.FETCH_FAILED, resolve=nowhere)


def test_is_url() -> None:
    assert is_url("https://news.example.org/a") and is_url("HTTP://x")
    assert not is_url("articles/a.txt") and not is_url("-") and not is_url("file:///a")
