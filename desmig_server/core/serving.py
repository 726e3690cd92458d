"""What every process that serves laptops does once it has started."""

from __future__ import annotations

import gc


def speak_english() -> None:
    """The API answers in English; the laptop translates the messages it knows."""
    from desmig_desktop import i18n

    i18n.set_language("en")


def settle_serving_process() -> None:
    """Ready a process that serves laptops for a long time, once its app is made.

    - The region table is read now, not by the first push that checks a NIK (tens of
      milliseconds while that process's other requests wait), and the ORM's mappers
      are set up.
    - What exists now (modules, the app, the regions: some 125,000 objects) lives as
      long as the process, so it is kept out of the collector's full passes. Each pass
      walked all of it, holding the interpreter for 80-200 ms every few seconds under
      load: every request of the process stood still meanwhile.
    """
    from sqlalchemy.orm import configure_mappers

    from desmig_desktop import regions

    regions.count()
    # The mappers' set-up, done by the first query otherwise (a push's worth of time).
    configure_mappers()
    gc.collect()
    gc.freeze()
