#!/usr/bin/env python3
"""A loopback package index for VenvDeck's tests: a static PEP 503 tree plus misbehaving paths.

Usage: fake_index.py DIR [CERT KEY]  -> HTTPS with that certificate when given; prints the port it listens on (127.0.0.1, chosen by the system), then serves.
  /simple/<project>/         DIR/simple/<project>/index.html, or index.json when the Accept header asks for
                             application/vnd.pypi.simple.v1+json and that file exists
  /extra/<project>/          DIR/extra/<project>/index.html (a second index)
  /stall/...                 never answers (a stalled server)
  /flaky/<project>/          500 on the first request of each project, then as /simple/
  /error/...                 always 503
  /big/<project>/            4 MiB of HTML
  /auth/<project>/           401 unless basic auth is user:secret, then as /simple/
  /moved/<project>/          302 to /simple/<project>/
  /loop/...                  302 to a longer path, for ever
  /etag/<project>/           as /simple/ with ETag "v1" and Cache-Control: no-cache; 304 for If-None-Match "v1"
  /ua/<project>/             as /simple/ when the User-Agent starts with VenvDeck/, else 403
  http://<any host>/...      a proxy's request (absolute URL): served as the path, as if the host were this server
  /malformed/<project>/      a PEP 691 content type with a broken body
  /drop/...                  reads the request, then closes the connection without a word
  /cut/...                   a 200 promising 64 kB, 100 bytes of it, then the connection closes
  /garbage/...               1 kB of random bytes that are not HTTP at all, then the connection closes
  /endless/<project>/        a 200 without a length whose body never ends, as fast as the client reads (gigabytes)
  /chunked/...               a 200 in 68 kB chunks that never end, as fast as the client reads
  /trickle/...               a 200 whose body comes one byte every 0.2 s, for ever (a stall that looks alive)
  /gzipbomb/...              Content-Encoding: gzip, 20 kB on the wire that inflate to 20 MiB
"""
import base64
import gzip
import os
import ssl
import sys
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

ROOT = sys.argv[1]
JSON = "application/vnd.pypi.simple.v1+json"
seen = set()
gzip_bomb = []  # made in the background at start (it takes a moment), served once ready
bomb_ready = threading.Event()


def make_bomb():
    gzip_bomb.append(gzip.compress(b"<html>" + b"\0" * (20 * 1024 * 1024), 9))
    bomb_ready.set()


threading.Thread(target=make_bomb, daemon=True).start()
lock = threading.Lock()


class Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def log_message(self, *args):
        pass

    def send(self, status, body=b"", content_type="text/html", headers=()):
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        for name, value in list(headers) + getattr(self, "extra_headers", []):
            self.send_header(name, value)
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)

    def serve_simple(self, rest, base="simple"):
        folder = os.path.join(ROOT, base, rest.strip("/"))
        if "\x00" in rest or ".." in rest:
            return self.send(400)
        wants_json = JSON in self.headers.get("Accept", "")
        json_file = os.path.join(folder, "index.json")
        html_file = os.path.join(folder, "index.html")
        if wants_json and os.path.isfile(json_file):
            with open(json_file, "rb") as f:
                return self.send(200, f.read(), JSON)
        if os.path.isfile(html_file):
            with open(html_file, "rb") as f:
                return self.send(200, f.read(), "text/html; charset=utf-8")
        return self.send(404, b"<html><body>404</body></html>")

    def do_HEAD(self):
        self.do_GET()

    def do_GET(self):
        self.extra_headers = []  # one handler serves every request of a keep-alive connection
        path = self.path.split("?")[0]
        if path.startswith("http://"):  # asked as a proxy
            path = "/" + path.split("/", 3)[3]
            self.extra_headers = [("X-Served-As", "proxy")]
        parts = path.split("/", 2)
        kind = parts[1] if len(parts) > 1 else ""
        rest = parts[2] if len(parts) > 2 else ""
        if kind == "simple":
            return self.serve_simple(rest)
        if kind == "extra":
            return self.serve_simple(rest, "extra")
        if kind == "stall":
            time.sleep(60)
            return
        if kind == "flaky":
            with lock:
                first = rest not in seen
                seen.add(rest)
            if first:
                return self.send(500, b"try again")
            return self.serve_simple(rest)
        if kind == "error":
            return self.send(503, b"down for maintenance")
        if kind == "big":  # a HEAD gets the 4 MiB Content-Length and no body, as from PyPI's /simple/
            return self.send(200, b"<html>" + b"x" * (4 * 1024 * 1024) + b"</html>")
        if kind == "auth":
            expected = "Basic " + base64.b64encode(b"user:secret").decode()
            if self.headers.get("Authorization") != expected:
                return self.send(401, b"no", headers=[("WWW-Authenticate", 'Basic realm="index"')])
            return self.serve_simple(rest)
        if kind == "moved":
            return self.send(302, headers=[("Location", "/simple/" + rest)])
        if kind == "loop":
            return self.send(302, headers=[("Location", path + "again/")])
        if kind == "etag":
            if self.headers.get("If-None-Match") == '"v1"':
                return self.send(304, headers=[("ETag", '"v1"'), ("Cache-Control", "no-cache")])
            self.extra_headers = [("ETag", '"v1"'), ("Cache-Control", "no-cache")]
            return self.serve_simple(rest)
        if kind == "ua":
            if not self.headers.get("User-Agent", "").startswith("VenvDeck/"):
                return self.send(403, b"who are you?")
            return self.serve_simple(rest)
        if kind == "drop":
            self.close_connection = True
            return
        if kind == "cut":
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            self.send_header("Content-Length", str(64 * 1024))
            self.end_headers()
            self.wfile.write(b"<html>" + b"x" * 94)
            self.wfile.flush()
            self.close_connection = True
            return
        if kind == "garbage":
            self.wfile.write(os.urandom(1024))
            self.wfile.flush()
            self.close_connection = True
            return
        if kind in ("endless", "trickle"):
            # No Content-Length, no chunks: the body lasts until the connection closes, which it never does.
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            self.send_header("Connection", "close")
            self.end_headers()
            chunk = b"<a href='x'>x</a>" * 4000 if kind == "endless" else b"x"
            try:
                while True:  # until the client hangs up
                    self.wfile.write(chunk)
                    self.wfile.flush()
                    if kind == "trickle":
                        time.sleep(0.2)
            except OSError:
                pass
            self.close_connection = True
            return
        if kind == "chunked":
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            self.send_header("Transfer-Encoding", "chunked")
            self.end_headers()
            chunk = b"<a href='x'>x</a>" * 4000
            try:
                while True:  # chunks for ever, until the client hangs up
                    self.wfile.write(b"%x\r\n%s\r\n" % (len(chunk), chunk))
            except OSError:
                pass
            self.close_connection = True
            return
        if kind == "gzipbomb":
            bomb_ready.wait()
            return self.send(200, gzip_bomb[0], headers=[("Content-Encoding", "gzip")])
        if kind == "malformed":
            return self.send(200, b'{"meta": {"api-version": "1.1"}, "files": [', JSON)
        return self.send(404)


class Server(ThreadingHTTPServer):
    def handle_error(self, request, client_address):
        pass  # clients that hang up early (timeouts, size caps) are what the tests are about


server = Server(("127.0.0.1", 0), Handler)
if len(sys.argv) > 3:
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(sys.argv[2], sys.argv[3])
    server.socket = context.wrap_socket(server.socket, server_side=True)
server.daemon_threads = True
print(server.server_address[1], flush=True)
server.serve_forever()
