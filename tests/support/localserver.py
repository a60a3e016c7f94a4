"""Real HTTP(S) servers on 127.0.0.1 for the online-feature tests: no mocking of the HTTP client.

A :class:`LocalServer` serves routes (path -> :class:`Reply` or a function of the request returning
one) from ``http.server`` in a thread, and records every request (path with query, headers) so tests
can check what the client sent. With ``tls=True`` it serves HTTPS with a self-signed certificate for
127.0.0.1; :attr:`LocalServer.client_context` is an SSL context that trusts exactly that certificate.
"""

from __future__ import annotations

import datetime
import ipaddress
import json
import socket
import ssl
import threading
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest


@dataclass
class Reply:
    status: int = 200
    body: bytes = b""
    headers: dict[str, str] = field(default_factory=dict)
    delay: float = 0.0  # seconds before answering (timeouts)
    trickle: float = 0.0  # seconds between 1-byte pieces of the body (overall deadline)
    declared_length: int | None = None  # Content-Length to announce (a larger one = a truncated body)
    chunked: bool = False  # no Content-Length: the size limit must be counted while reading

    @classmethod
    def json(cls, value, status: int = 200, **headers) -> "Reply":
        return cls(status, json.dumps(value, ensure_ascii=False).encode(), {"Content-Type": "application/json",
                                                                             **headers})


@dataclass(frozen=True)
class Seen:
    path: str
    headers: dict[str, str]  # lower-case names


def _self_signed(folder: Path) -> tuple[Path, Path]:
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import NameOID

    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "127.0.0.1")])
    now = datetime.datetime.now(datetime.timezone.utc)
    cert = (x509.CertificateBuilder().subject_name(name).issuer_name(name).public_key(key.public_key())
            .serial_number(x509.random_serial_number()).not_valid_before(now - datetime.timedelta(days=1))
            .not_valid_after(now + datetime.timedelta(days=2))
            .add_extension(x509.SubjectAlternativeName([x509.IPAddress(ipaddress.ip_address("127.0.0.1"))]),
                           critical=False)
            .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
            .sign(key, hashes.SHA256()))
    cert_path, key_path = folder / "cert.pem", folder / "key.pem"
    cert_path.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    key_path.write_bytes(key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                                           serialization.NoEncryption()))
    return cert_path, key_path


class LocalServer:
    def __init__(self, *, tls_folder: Path | None = None):
        self.routes: dict[str, object] = {}
        self.seen: list[Seen] = []
        self.release = threading.Event()  # set at shutdown so slow replies stop waiting
        server = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, *args):  # keep test output clean
                pass

            def do_GET(self):
                headers = {k.lower(): v for k, v in self.headers.items()}
                server.seen.append(Seen(self.path, headers))
                route = server.routes.get(self.path.split("?", 1)[0])
                reply = route(Seen(self.path, headers)) if callable(route) else route
                if reply is None:
                    reply = Reply(404, b'{"error": "not found"}')
                if reply.delay and server.release.wait(reply.delay):
                    return
                self.send_response(reply.status)
                for name, value in reply.headers.items():
                    self.send_header(name, value)
                if reply.chunked:
                    self.send_header("Connection", "close")
                else:
                    length = reply.declared_length if reply.declared_length is not None else len(reply.body)
                    self.send_header("Content-Length", str(length))
                self.end_headers()
                try:
                    if reply.trickle:
                        for i in range(len(reply.body)):
                            self.wfile.write(reply.body[i:i + 1])
                            self.wfile.flush()
                            if server.release.wait(reply.trickle):
                                return
                    else:
                        self.wfile.write(reply.body)
                    if reply.chunked or reply.declared_length is not None:
                        self.close_connection = True
                except (BrokenPipeError, ConnectionResetError):
                    pass

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.httpd.daemon_threads = True
        self.client_context: ssl.SSLContext | None = None
        scheme = "http"
        if tls_folder is not None:
            cert, key = _self_signed(tls_folder)
            server_context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
            server_context.load_cert_chain(cert, key)
            self.httpd.socket = server_context.wrap_socket(self.httpd.socket, server_side=True)
            self.client_context = ssl.create_default_context(cafile=str(cert))
            scheme = "https"
        self.base = f"{scheme}://127.0.0.1:{self.httpd.server_address[1]}"
        self.thread = threading.Thread(target=self.httpd.serve_forever, kwargs={"poll_interval": 0.02},
                                       daemon=True)
        self.thread.start()

    def url(self, path: str) -> str:
        return self.base + path

    def close(self) -> None:
        self.release.set()
        self.httpd.shutdown()
        self.httpd.server_close()


def closed_port_url(path: str = "/feed.json") -> str:
    """An http://127.0.0.1 address where nothing listens: connection refused, like being offline."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    return f"http://127.0.0.1:{port}{path}"


@pytest.fixture
def http_server():
    server = LocalServer()
    yield server
    server.close()


@pytest.fixture
def https_server(tmp_path_factory):
    server = LocalServer(tls_folder=tmp_path_factory.mktemp("tls"))
    yield server
    server.close()
