"""Polite HTTP fetching with httpx: timeouts, a User-Agent, a small delay per host, a size cap."""

from __future__ import annotations

import time
from urllib.parse import urlsplit

import httpx

from lagebild import __version__ as _version
from lagebild.ingest.errors import IngestFailure, one_line
from lagebild.ingest.sources import MB, Source

USER_AGENT = f"lagebild/{_version} (news event coder; +https://github.com/lagebild/lagebild)"


class Fetcher:
    def __init__(
        self,
        timeout: float = 15.0,
        delay: float = 1.0,
        user_agent: str = USER_AGENT,
        max_bytes: int = 20 * MB,
        client: httpx.Client | None = None,
    ):
        self.delay = delay
        self.max_bytes = max_bytes
        self._last: dict[str, float] = {}
        self.client = client or httpx.Client(
            timeout=httpx.Timeout(timeout, connect=min(timeout, 10.0)),
            headers={"User-Agent": user_agent, "Accept-Language": "de,en;q=0.8"},
            follow_redirects=True,
        )

    def _wait(self, host: str) -> None:
        last = self._last.get(host)
        if last is not None:
            pause = self.delay - (time.monotonic() - last)
            if pause > 0:
                time.sleep(pause)
        self._last[host] = time.monotonic()

    def get(self, url: str) -> tuple[bytes, str, str]:
        """(body, content type, final URL); raises IngestFailure with a one-line reason."""
        host = urlsplit(url).netloc
        if not host:
            raise IngestFailure("malformed URL", url)
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
                return b"".join(chunks), ctype, str(resp.url)
        except httpx.TimeoutException:
            raise IngestFailure("unreachable URL: timed out", url) from None
        except httpx.ConnectError as exc:
            raise IngestFailure(
                f"unreachable URL: {one_line(exc) or 'connection failed'}", url
            ) from None
        except httpx.HTTPError as exc:
            raise IngestFailure(
                f"fetch failed: {type(exc).__name__}: {one_line(exc)}", url
            ) from None

    def fetch_source(self, url: str) -> Source:
        body, ctype, final = self.get(url)
        return Source(name=url, data=body, url=final, content_type=ctype)

    def close(self) -> None:
        self.client.close()
