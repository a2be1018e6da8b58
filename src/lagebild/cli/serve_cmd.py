"""`lagebild serve`: the REST API and the dashboard over a store."""

from __future__ import annotations

import typer


def register(app: typer.Typer, eval_app: typer.Typer) -> None:
    @app.command("serve")
    def serve(
        db: str = typer.Option(
            ...,
            "--db",
            help="Store: a DuckDB file (created when missing) or a PostgreSQL URL "
            "(postgresql://user@host/db).",
        ),
        host: str = typer.Option("127.0.0.1", "--host", help="Interface to listen on."),
        port: int = typer.Option(8000, "--port", min=1, max=65535, help="TCP port."),
        token: str | None = typer.Option(
            None,
            "--token",
            envvar="LAGEBILD_TOKEN",
            help="Secret the writing endpoints require (default: $LAGEBILD_TOKEN); "
            "without it the API is read-only.",
            show_default=False,
        ),
        allow_private_urls: bool = typer.Option(
            False,
            "--allow-private-urls",
            help="Let POST /api/documents fetch URLs on loopback or private networks.",
        ),
        log_level: str = typer.Option("info", "--log-level", help="uvicorn log level."),
    ) -> None:
        """Serve the REST API (/api/, OpenAPI at /openapi.json) and the dashboard (/)."""
        try:
            import uvicorn

            from lagebild.serve import create_app
        except ModuleNotFoundError as exc:
            typer.echo(
                f"error: {exc.name} is missing; install the serve extra: pip install 'lagebild[serve]'",
                err=True,
            )
            raise typer.Exit(2) from None
        try:
            application = create_app(db, token=token, allow_private_urls=allow_private_urls)
        except Exception as exc:  # e.g. the file is locked by another process
            from lagebild.cli.store_cmds import shown

            reason = " ".join(str(exc).split())
            typer.echo(f"error: cannot open {shown(db)}: {reason}", err=True)
            raise typer.Exit(1) from None
        if host not in ("127.0.0.1", "localhost", "::1") and not token:
            typer.echo(
                f"note: serving read-only on {host}:{port} (no LAGEBILD_TOKEN set)", err=True
            )
        typer.echo(f"lagebild: http://{host}:{port}/  (API docs: /api/docs)", err=True)
        try:
            uvicorn.run(application, host=host, port=port, log_level=log_level)
        finally:
            application.state.store.close()
