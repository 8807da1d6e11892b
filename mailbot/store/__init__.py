"""Persistence: tables, migrations, the blob store and the few queries the app needs."""
