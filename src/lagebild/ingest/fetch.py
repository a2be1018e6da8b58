"""Polite HTTP fetching with httpx: timeouts, a User-Agent, a delay per host (or the host's
robots.txt `Crawl-delay`, whichever is longer), robots.txt for links found in feeds, a size cap."""

from __future__ import annotations

import time
from urllib.parse import urlsplit
from urllib.robotparser import RobotFileParser

import httpx

from lagebild import __version__ as _version
from lagebild.ingest.errors import IngestFailure, one_line
from lagebild.ingest.sources import MB, Source

USER_AGENT = f"lagebild/{_version} (news event coder; +https://github.com/lagebild/lagebild)"
_AGENT_TOKEN = "lagebild"


class Fetcher:
    def __init__(
        self,
        timeout: float = 15.0,
        delay: float = 1.0,
        user_agent: str = USER_AGENT,
        max_bytes: int = 20 * MB,
        robots: bool = True,
        client: httpx.Client | None = None,
    ):
        self.timeout = timeout
        self.delay = delay
        self.user_agent = user_agent
        self.max_bytes = max_bytes
        self.robots = robots
        self._client = client
        self._last: dict[str, float] = {}
        self._robots: dict[str, RobotFileParser | None] = {}
        self.last_charset: str | None = None

    @property
    def client(self) -> httpx.Client:
        if self._client is None:  # created on first use: reading local files needs none
            self._client = httpx.Client(
                timeout=httpx.Timeout(self.timeout, connect=min(self.timeout, 10.0)),
                headers={"User-Agent": self.user_agent, "Accept-Language": "de,en;q=0.8"},
                follow_redirects=True,
            )
        return self._client

    def _wait(self, host: str) -> None:
        pause_for = self.delay
        rules = self._robots.get(host)
        if rules is not None:
            crawl_delay = rules.crawl_delay(_AGENT_TOKEN)
            if crawl_delay:
                pause_for = max(pause_for, min(float(crawl_delay), 60.0))
        last = self._last.get(host)
        if last is not None:
            pause = pause_for - (time.monotonic() - last)
            if pause > 0:
                time.sleep(pause)
        self._last[host] = time.monotonic()

    def allowed(self, url: str) -> bool:
        """What the host's robots.txt says about `url` (allowed when there is none)."""
        parts = urlsplit(url)
        host = parts.netloc
        if host not in self._robots:
            rules: RobotFileParser | None = None
            try:
                self._wait(host)
                resp = self.client.get(f"{parts.scheme}://{host}/robots.txt")
                if resp.status_code in (401, 403):
                    rules = RobotFileParser()
                    rules.disallow_all = True
                elif resp.status_code < 400:
                    rules = RobotFileParser()
                    rules.parse(resp.text.splitlines())
            except httpx.HTTPError:
                rules = None  # unreachable robots.txt: the fetch itself will tell
            self._robots[host] = rules
        rules = self._robots[host]
        return rules is None or rules.can_fetch(_AGENT_TOKEN, url)

    def get(self, url: str, crawl: bool = False) -> tuple[bytes, str, str]:
        """(body, content type, final URL); raises IngestFailure with a one-line reason.
        `crawl=True` (links found in feeds) also honours robots.txt."""
        host = urlsplit(url).netloc
        if not host:
            raise IngestFailure("malformed URL", url)
        if crawl and self.robots and not self.allowed(url):
            raise IngestFailure("disallowed by the site's robots.txt", url)
        self._wait(host)
        try:
            with self.client.stream("GET", url) as resp:
                if resp.status_code >= 400:
                    raise IngestFailure(f"HTTP {resp.status_code} {resp.reason_phrase}", url)
                chunks, total = [], 0
                for chunk in resp.iter_bytes():
                    total += len(chunk)
                    if total > self.max_bytes:
                        raise IngestFailure(
                            f"response larger than {self.max_bytes / MB:.0f} MB limit", url
                        )
                    chunks.append(chunk)
                ctype = resp.headers.get("content-type", "").split(";")[0].strip().lower()
                self.last_charset = resp.charset_encoding
                return b"".join(chunks), ctype, str(resp.url)
        except httpx.TimeoutException:
            raise IngestFailure("unreachable URL: timed out", url) from None
        except httpx.ConnectError as exc:
            reason = one_line(exc) or "connection failed"
            raise IngestFailure(f"unreachable URL: {reason}", url) from None
        except httpx.HTTPError as exc:
            raise IngestFailure(
                f"fetch failed: {type(exc).__name__}: {one_line(exc)}", url
            ) from None

    def fetch_source(self, url: str) -> Source:
        body, ctype, final = self.get(url)
        meta = {"charset": self.last_charset} if self.last_charset else {}
        return Source(name=url, data=body, url=final, content_type=ctype, meta=meta)

    def close(self) -> None:
        if self._client is not None:
            self._client.close()
