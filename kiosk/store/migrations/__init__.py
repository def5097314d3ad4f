"""Every schema change is a named migration in a set; each area of the code owns its own set.

sqlite-utils records applied migrations per set in `_sqlite_migrations`, so sets are independent.
To add a set, create a module here and list it below.
"""
from kiosk.store.migrations.core import core_migrations

ALL_MIGRATION_SETS = [core_migrations]
from kiosk.store.migrations.staff import staff_migrations  # noqa: E402

ALL_MIGRATION_SETS.append(staff_migrations)
from kiosk.store.migrations.delivery import delivery_migrations  # noqa: E402

ALL_MIGRATION_SETS.append(delivery_migrations)
