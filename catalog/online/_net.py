"""One careful HTTP GET for Vivier's online features (catalog feeds, company-register checks).

Standard library only (``urllib.request``). What every request gets:

- HTTPS with certificate and host-name verification (``ssl.create_default_context()``, or a context
  the caller passes, e.g. a test CA). Plain ``http://`` is accepted only for loopback hosts
  (127.0.0.0/8, ::1, localhost), so tests can start servers on 127.0.0.1.
- Redirects are followed only to HTTPS (or loopback HTTP from loopback HTTP); a redirect to plain
  HTTP is refused. Secret headers (``Authorization``, API keys) are sent again only to the same
  scheme, host and port: a redirect to another host never receives them.
- A size limit (``Content-Length`` checked first, then counted while reading), a socket timeout and
  an overall deadline.
- Every failure becomes a :class:`NetworkError` whose ``kind`` says what happened and whose message
  says it in plain words, naming the address without its query string (which may carry a secret).
"""

from __future__ import annotations

import http.client
import ipaddress
import socket
import ssl
import time
import urllib.error
import urllib.parse
import urllib.request
from dataclasses import dataclass, field

from catalog.errors import CatalogError, UserInputError

#: read the body in pieces of this size, so the size limit and the deadline are checked as it arrives
_CHUNK = 64 * 1024


class NetworkError(CatalogError):
    """A request failed; nothing was changed. ``kind`` is one of :data:`KINDS`."""

    KINDS = ("offline", "dns", "timeout", "tls", "token_refused", "not_found", "rate_limited",
             "server_error", "http_error", "too_large", "malformed", "insecure_redirect")

    def __init__(self, kind: str, message: str, *, url: str, status: int | None = None):
        super().__init__(message)
        self.kind, self.url, self.status = kind, url, status


@dataclass(frozen=True)
class HttpResponse:
    status: int
    body: bytes
    headers: dict[str, str] = field(default_factory=dict)  # lower-case names
    url: str = ""


def display_url(url: str) -> str:
    """``url`` without user info, query or fragment: safe to show and to log."""
    parts = urllib.parse.urlsplit(url)
    host = parts.hostname or ""
    if parts.port:
        host = f"{host}:{parts.port}"
    return urllib.parse.urlunsplit((parts.scheme, host, parts.path, "", ""))


def is_loopback(host: str | None) -> bool:
    if not host:
        return False
    if host.lower() == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def check_url(url: str, *, what: str = "address") -> str:
    """Return ``url`` if Vivier may fetch it: https, or http to a loopback host; no user:password part.

    Raises :class:`UserInputError` saying what is wrong.
    """
    parts = urllib.parse.urlsplit(url.strip())
    if parts.scheme not in ("https", "http") or not parts.hostname:
        raise UserInputError(f"the {what} {display_url(url)!r} is not a web address (https://...)")
    if parts.username is not None or parts.password is not None:
        raise UserInputError(f"the {what} {display_url(url)} contains a user name or password; "
                             "give a token separately instead (it is kept in the system keychain)")
    if parts.scheme == "http" and not is_loopback(parts.hostname):
        raise UserInputError(f"the {what} {display_url(url)} uses plain http; only https:// addresses are accepted")
    return url.strip()


def _same_origin(a: str, b: str) -> bool:
    pa, pb = urllib.parse.urlsplit(a), urllib.parse.urlsplit(b)
    return (pa.scheme, pa.hostname, pa.port) == (pb.scheme, pb.hostname, pb.port)


class _RedirectHandler(urllib.request.HTTPRedirectHandler):
    max_redirections = 5

    def __init__(self, what: str):
        self.what = what

    def redirect_request(self, req, fp, code, msg, headers, newurl):
        target = urllib.parse.urlsplit(newurl)
        source = urllib.parse.urlsplit(req.full_url)
        allowed = target.scheme == "https" or (
            target.scheme == "http" and source.scheme == "http" and is_loopback(source.hostname)
            and is_loopback(target.hostname))
        if not allowed:
            raise NetworkError(
                "insecure_redirect",
                f"{self.what} at {display_url(req.full_url)} redirected to {display_url(newurl)}, which is not "
                "https; the redirect was refused and nothing was downloaded",
                url=display_url(req.full_url), status=code)
        new = super().redirect_request(req, fp, code, msg, headers, newurl)
        if new is not None and _same_origin(req.full_url, newurl):
            for name, value in req.unredirected_hdrs.items():
                if name.lower() not in ("host",):
                    new.add_unredirected_header(name, value)
        return new


def http_get(url: str, *, what: str, headers: dict[str, str] | None = None,
             secret_headers: dict[str, str] | None = None, max_bytes: int, timeout: float,
             ssl_context: ssl.SSLContext | None = None, accept_statuses: tuple[int, ...] = (200,),
             auth_hint: str = "") -> HttpResponse:
    """GET ``url`` and return the whole body, or raise :class:`NetworkError`.

    ``what`` names the thing fetched in messages ("the feed 'ugap'"). ``secret_headers`` are sent
    only to the original origin and never appear in a message. ``timeout`` (seconds) applies to
    each network operation and to the whole download. Statuses other than ``accept_statuses`` and
    redirects are errors: 401/403 "refused", 404 "not found", 429 "too many requests", 5xx "server error".
    """
    url = check_url(url)
    shown = display_url(url)
    request = urllib.request.Request(url, method="GET")
    for name, value in (headers or {}).items():
        request.add_header(name, value)
    for name, value in (secret_headers or {}).items():
        request.add_unredirected_header(name, value)
    handlers: list = [urllib.request.HTTPSHandler(context=ssl_context or ssl.create_default_context()),
                      _RedirectHandler(what)]
    if is_loopback(urllib.parse.urlsplit(url).hostname):
        handlers.append(urllib.request.ProxyHandler({}))  # a local server is never reached through a proxy
    opener = urllib.request.build_opener(*handlers)
    deadline = time.monotonic() + timeout
    try:
        with opener.open(request, timeout=timeout) as response:
            status = response.status
            response_headers = {k.lower(): v for k, v in response.headers.items()}
            body = _read_limited(response, response_headers, max_bytes=max_bytes, deadline=deadline,
                                 what=what, shown=shown)
            final_url = response.geturl()
    except NetworkError:
        raise
    except urllib.error.HTTPError as e:
        status = e.code
        response_headers = {k.lower(): v for k, v in (e.headers or {}).items()}
        if status in accept_statuses:
            try:
                body = _read_limited(e, response_headers, max_bytes=max_bytes, deadline=deadline, what=what,
                                     shown=shown)
            finally:
                e.close()
            return HttpResponse(status, body, response_headers, url)
        e.close()
        raise _status_error(status, what, shown, response_headers, auth_hint) from None
    except urllib.error.URLError as e:
        raise _transport_error(e.reason, what, shown) from None
    except (TimeoutError, socket.timeout) as e:
        raise _transport_error(e, what, shown) from None
    except (http.client.HTTPException, ConnectionError, OSError) as e:
        raise _transport_error(e, what, shown) from None
    if status not in accept_statuses:
        raise _status_error(status, what, shown, response_headers, auth_hint)
    return HttpResponse(status, body, response_headers, final_url)


def _read_limited(response, headers: dict[str, str], *, max_bytes: int, deadline: float, what: str,
                  shown: str) -> bytes:
    length = headers.get("content-length")
    if length and length.isdigit() and int(length) > max_bytes:
        raise NetworkError("too_large", f"{what} at {shown} is too large ({int(length):,} bytes; the limit is "
                           f"{max_bytes:,}); nothing was downloaded", url=shown)
    pieces: list[bytes] = []
    size = 0
    # read1 returns what has arrived instead of blocking for a full chunk, so a server trickling
    # bytes cannot hold the download past the deadline
    read = getattr(response, "read1", response.read)
    while True:
        if time.monotonic() > deadline:
            raise NetworkError("timeout", f"{what} at {shown} took too long to download; nothing was changed",
                               url=shown)
        try:
            piece = read(_CHUNK)
        except http.client.IncompleteRead as e:
            raise NetworkError("malformed", f"{what} at {shown}: the connection closed before the whole answer "
                               f"arrived ({size + len(e.partial):,} bytes received); nothing was changed",
                               url=shown) from None
        if not piece:
            if length and length.isdigit() and size != int(length):
                raise NetworkError("malformed", f"{what} at {shown}: the connection closed before the whole answer "
                                   f"arrived ({size:,} of {int(length):,} bytes); nothing was changed", url=shown)
            return b"".join(pieces)
        size += len(piece)
        if size > max_bytes:
            raise NetworkError("too_large", f"{what} at {shown} is larger than the limit of {max_bytes:,} bytes; "
                               "the download was stopped and nothing was changed", url=shown)
        pieces.append(piece)


def _status_error(status: int, what: str, shown: str, headers: dict[str, str], auth_hint: str) -> NetworkError:
    if status in (401, 403):
        return NetworkError("token_refused", f"{what} at {shown}: token refused (HTTP {status})"
                            + (f"; {auth_hint}" if auth_hint else ""), url=shown, status=status)
    if status == 404:
        return NetworkError("not_found", f"{what} at {shown} was not found (HTTP 404); check the address",
                            url=shown, status=status)
    if status == 429:
        wait = headers.get("retry-after", "")
        return NetworkError("rate_limited", f"{what} at {shown}: too many requests (HTTP 429); try again "
                            + (f"in {wait} seconds" if wait.isdigit() else "in a minute"), url=shown, status=status)
    if 500 <= status < 600:
        return NetworkError("server_error", f"{what} at {shown}: the server failed (HTTP {status}); try again "
                            "later, nothing was changed", url=shown, status=status)
    if status == 304:
        return NetworkError("http_error", f"{what} at {shown} answered 'not modified' to a request that was not "
                            "conditional", url=shown, status=status)
    return NetworkError("http_error", f"{what} at {shown}: unexpected answer HTTP {status}; nothing was changed",
                        url=shown, status=status)


def _transport_error(reason, what: str, shown: str) -> NetworkError:
    host = urllib.parse.urlsplit(shown).hostname
    if isinstance(reason, NetworkError):
        return reason
    if isinstance(reason, socket.gaierror):
        return NetworkError("dns", f"cannot find the server {host} for {what} (the name does not resolve): check "
                            "the address or your connection", url=shown)
    if isinstance(reason, (TimeoutError, socket.timeout)):
        return NetworkError("timeout", f"{what} at {shown} did not answer in time; check your connection or try "
                            "again later", url=shown)
    if isinstance(reason, ssl.SSLCertVerificationError):
        return NetworkError("tls", f"{what} at {shown}: the server's certificate is not trusted "
                            f"({reason.verify_message}); nothing was downloaded", url=shown)
    if isinstance(reason, ssl.SSLError):
        return NetworkError("tls", f"{what} at {shown}: the secure connection failed ({reason.reason or reason}); "
                            "nothing was downloaded", url=shown)
    if isinstance(reason, ConnectionRefusedError):
        return NetworkError("offline", f"cannot connect to {host} for {what} (connection refused): the server is "
                            "down or you are offline", url=shown)
    if isinstance(reason, (ConnectionError, http.client.HTTPException)):
        return NetworkError("malformed", f"{what} at {shown}: the connection broke or the answer was not valid "
                            f"HTTP ({type(reason).__name__}); nothing was changed", url=shown)
    if isinstance(reason, OSError):
        return NetworkError("offline", f"cannot reach {host} for {what} ({reason.strerror or reason}): check your "
                            "connection", url=shown)
    return NetworkError("offline", f"cannot reach {host} for {what} ({reason}): check your connection", url=shown)
