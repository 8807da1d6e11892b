"""CLI command groups; each module's ``register(app)`` adds its commands to the typer app."""
