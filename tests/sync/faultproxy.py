"""A small loopback HTTP proxy in front of moto that misbehaves like a flaky mobile link.

For a share of requests it answers 500/503 without forwarding, forwards and then answers 500
(the request took effect but the client hears a failure), resets the connection before or after
forwarding, or stalls past the client's timeout. With `modes=ALL_MODES` it also drops the
connection without a reply (before or after forwarding), sends a truncated reply (the full
Content-Length, half the body, then closes) or delays a reply that then arrives whole. It can
also hold matching requests until released, so a test can kill a client mid-upload.
"""
from __future__ import annotations

import http.client
import random
import socket
import struct
import threading
import time
from collections import Counter
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import urlsplit

MODES = ("500", "503", "500_after", "reset", "reset_after", "stall")
ALL_MODES = MODES + ("drop", "drop_after", "truncate", "delay")
_ERROR_BODY = b"<Error><Code>InternalError</Code><Message>injected</Message></Error>"


class FaultProxy:
    def __init__(self, upstream: str, fault_rate: float = 0.0, stall_s: float = 1.3, seed: int = 1,
                 modes: tuple[str, ...] = MODES, delay_s: float = 0.4):
        up = urlsplit(upstream)
        self.upstream = (up.hostname, up.port)
        self.fault_rate, self.stall_s, self.modes, self.delay_s = fault_rate, stall_s, modes, delay_s
        self.rng, self.lock = random.Random(seed), threading.Lock()
        self.injected: Counter = Counter()
        self.requests = 0
        self.hold_if = None  # callable(method, path) -> bool
        self.faults_if = None  # callable(method, path) -> bool: only these may fail (default: all)
        self.held, self.release = threading.Event(), threading.Event()
        proxy = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, *args):
                pass

            def _any(self):
                proxy._handle(self)
            do_GET = do_PUT = do_POST = do_HEAD = do_DELETE = _any

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.server.daemon_threads = True
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    @property
    def url(self) -> str:
        host, port = self.server.server_address[:2]
        return f"http://{host}:{port}"

    def __enter__(self):
        self.thread.start()
        return self

    def __exit__(self, *exc):
        self.release.set()
        self.server.shutdown()
        self.server.server_close()

    def _pick(self, method: str, path: str) -> str | None:
        with self.lock:
            self.requests += 1
            if self.faults_if and not self.faults_if(method, path):
                return None
            if self.rng.random() >= self.fault_rate:
                return None
            mode = self.rng.choice(self.modes)
            self.injected[mode] += 1
            return mode

    @staticmethod
    def _reset(h: BaseHTTPRequestHandler) -> None:
        h.connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
        h.close_connection = True
        h.connection.close()

    @staticmethod
    def _drop(h: BaseHTTPRequestHandler) -> None:
        """An orderly close with no reply at all: the client reads end-of-stream."""
        h.close_connection = True
        h.connection.shutdown(socket.SHUT_RDWR)

    @staticmethod
    def _reply(h: BaseHTTPRequestHandler, status: int, headers: list[tuple[str, str]], body: bytes,
               truncate: bool = False) -> None:
        h.send_response(status)
        head = h.command == "HEAD"  # a HEAD answer keeps the object's length, without a body
        for k, v in headers:
            if k.lower() not in ("transfer-encoding", "connection", "server", "date") and (
                    head or k.lower() != "content-length"):
                h.send_header(k, v)
        if not head:
            h.send_header("Content-Length", str(len(body)))
        h.end_headers()
        if h.command != "HEAD":
            h.wfile.write(body[: len(body) // 2] if truncate else body)
        if truncate:  # promised the whole body, sent half: the client must notice the short read
            h.wfile.flush()
            FaultProxy._drop(h)

    def _forward(self, h: BaseHTTPRequestHandler, body: bytes):
        conn = http.client.HTTPConnection(*self.upstream, timeout=60)
        headers = {k: v for k, v in h.headers.items() if k.lower() not in ("expect", "connection")}
        conn.request(h.command, h.path, body=body if body or h.command in ("PUT", "POST") else None,
                     headers=headers)
        resp = conn.getresponse()
        data = resp.read()
        out = (resp.status, resp.getheaders(), data)
        conn.close()
        return out

    def _handle(self, h: BaseHTTPRequestHandler) -> None:
        length = int(h.headers.get("Content-Length") or 0)
        body = h.rfile.read(length) if length else b""
        if self.hold_if and self.hold_if(h.command, h.path):
            self.held.set()
            self.release.wait(60)
        mode = self._pick(h.command, h.path)
        if mode in ("500", "503"):
            self._reply(h, int(mode), [("Content-Type", "application/xml")], _ERROR_BODY)
            return
        if mode == "reset":
            self._reset(h)
            return
        if mode == "drop":
            self._drop(h)
            return
        if mode == "delay":
            time.sleep(self.rng.uniform(0, self.delay_s))  # slow, yet within the client's timeout
        status, headers, data = self._forward(h, body)
        if mode == "drop_after":
            self._drop(h)
        elif mode == "truncate":
            self._reply(h, status, headers, data, truncate=True)
        elif mode == "500_after":
            self._reply(h, 500, [("Content-Type", "application/xml")], _ERROR_BODY)
        elif mode == "reset_after":
            self._reset(h)
        elif mode == "stall":
            time.sleep(self.stall_s)  # the client has given up by now (timeout_s = 1)
            self._reset(h)
        else:
            self._reply(h, status, headers, data)
