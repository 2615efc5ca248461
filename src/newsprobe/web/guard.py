"""Request guards: the Host allow-list, same-origin checks on writes, CSRF tokens, body media types.

- **Host.** Every request's ``Host`` must name an allowed host (``--allow-host``; default the bound
  address plus ``localhost``, ``127.0.0.1`` and ``::1``), so a DNS-rebinding page cannot reach the
  store through a name it controls.
- **Origin.** A state-changing request (any method but GET/HEAD/OPTIONS) must come from this server:
  its ``Origin`` (else its ``Referer``) must name the request's own ``Host``. ``Origin: null`` and
  any other origin are refused. A request with neither header (curl, scripts; never a browser
  posting across sites) is allowed for the JSON API only.
- **CSRF token.** Every form carries a token that is an HMAC of a per-browser nonce held in a
  ``SameSite=Strict; HttpOnly`` cookie; a form post without the matching pair is refused.
- **Media type.** ``POST /api/*`` takes ``application/json`` only, forms take
  ``application/x-www-form-urlencoded`` only; ``text/plain`` (what a cross-site ``no-cors`` fetch
  may send without a preflight) and everything else is 415.
"""

from __future__ import annotations

import hashlib
import hmac
import ipaddress
import secrets
from collections.abc import Iterable
from urllib.parse import urlsplit

from newsprobe.errors import Code, NewsprobeError

CSRF_COOKIE = "np_csrf"
CSRF_FIELD = "csrf"
SAFE_METHODS = frozenset({"GET", "HEAD", "OPTIONS"})
DEFAULT_HOSTS = ("localhost", "127.0.0.1", "::1")
JSON_TYPE = "application/json"
FORM_TYPE = "application/x-www-form-urlencoded"


class Refused(NewsprobeError):
    """A request the guards refuse (400 host, 403 origin or token, 415 media type)."""

    def __init__(self, code: Code, message: str, status: int) -> None:
        super().__init__(code, message)
        self.status = status


def host_name(netloc: str) -> str:
    """The host of a ``Host`` header or URL netloc, lower-cased, without port or IPv6 brackets."""
    netloc = netloc.strip().lower().rsplit("@", 1)[-1]
    if netloc.startswith("["):
        return netloc[1 : netloc.find("]")] if "]" in netloc else netloc[1:]
    if netloc.count(":") == 1:
        netloc = netloc.split(":", 1)[0]
    return netloc.rstrip(".")


def allowed_hosts(bound: str | None, extra: Iterable[str] = ()) -> frozenset[str]:
    """The hosts a server answers to: the bound address (unless a wildcard), the loopback names, ``extra``."""
    hosts = {host_name(h) for h in DEFAULT_HOSTS}
    if bound:
        name = host_name(bound)
        try:
            wildcard = ipaddress.ip_address(name).is_unspecified
        except ValueError:
            wildcard = False
        if not wildcard:
            hosts.add(name)
    hosts.update(host_name(h) for h in extra if h.strip())
    return frozenset(hosts)


def check_host(host_header: str | None, allowed: frozenset[str]) -> None:
    """Refuse (400, NP502) a request whose ``Host`` is missing or not allowed."""
    name = host_name(host_header or "")
    if not name or name not in allowed:
        shown = (host_header or "")[:60]
        raise Refused(Code.HOST_REFUSED, f"host {shown!r} is not served here (start with --allow-host)", 400)


def _origin_netloc(value: str) -> str | None:
    parts = urlsplit(value.strip())
    if parts.scheme not in ("http", "https") or not parts.netloc:
        return None
    return parts.netloc.lower()


def check_origin(method: str, host_header: str | None, origin: str | None, referer: str | None, *, api: bool) -> None:
    """Refuse (403, NP503) a state-changing request that another site (or an opaque origin) sent."""
    if method.upper() in SAFE_METHODS:
        return
    own = (host_header or "").strip().lower()
    claimed = origin if origin is not None else referer
    if claimed is None:
        if api:
            return  # not a browser: browsers send Origin on every cross-site POST
        raise Refused(Code.CROSS_ORIGIN, "a form post must carry an Origin or Referer header", 403)
    netloc = _origin_netloc(claimed)
    if netloc is None or netloc != own:
        shown = claimed.strip()[:80]
        raise Refused(Code.CROSS_ORIGIN, f"cross-origin request refused (from {shown!r})", 403)


def check_media_type(content_type: str | None, wanted: str) -> None:
    """Refuse (415, NP505) a body that is not ``wanted`` (``charset`` parameters are fine)."""
    kind = (content_type or "").split(";", 1)[0].strip().lower()
    if kind != wanted:
        raise Refused(Code.MEDIA_TYPE, f"content type {kind or 'none'!r} refused: send {wanted}", 415)


class Csrf:
    """Form tokens: ``token = HMAC(secret, nonce)``, the nonce in a strict, HttpOnly cookie."""

    def __init__(self, secret: bytes | None = None) -> None:
        self._secret = secret or secrets.token_bytes(32)

    @staticmethod
    def new_nonce() -> str:
        return secrets.token_urlsafe(24)

    def token(self, nonce: str) -> str:
        return hmac.new(self._secret, nonce.encode("utf-8"), hashlib.sha256).hexdigest()

    def check(self, nonce: str | None, token: str | None) -> None:
        """Refuse (403, NP504) a form whose token does not match its cookie."""
        if not nonce or not token or len(nonce) > 64 or len(token) > 128:
            raise Refused(Code.CSRF, "the form has no valid token: reload the page and send it again", 403)
        if not hmac.compare_digest(self.token(nonce), token):
            raise Refused(Code.CSRF, "the form token does not match: reload the page and send it again", 403)
