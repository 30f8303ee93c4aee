"""Database helpers shared by the search modules."""

from contextlib import contextmanager

from django.db import connection, transaction


@contextmanager
def planner(*methods_off):
    """Turn PostgreSQL planner methods off for the queries run inside, and only them.

    The planner estimates a common word's matches low: it scans the whole table
    (100 ms at 100,000 resources) where the GIN index's bitmap reads only the
    matching rows (40 ms), and sorts every match where the RUM index hands them
    over in order. These queries read one table with known indexes: the choice is
    made for it. Elsewhere a no-op.
    """
    if connection.vendor != "postgresql" or not methods_off:
        yield
        return
    names = [f"enable_{method}" for method in methods_off]
    # One statement each way (SET LOCAL takes one setting): a search may plan several
    # queries, each paying a round trip per statement.
    with transaction.atomic(), connection.cursor() as cursor:
        cursor.execute(
            "SELECT set_config(name, 'off', true) FROM unnest(%s::text[]) AS name", [names]
        )
        yield
        # Back to the session's values, for what the enclosing transaction runs next.
        cursor.execute(
            "SELECT set_config(name, reset_val, true) FROM pg_settings WHERE name = ANY(%s)",
            [names],
        )
