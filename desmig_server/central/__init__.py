"""The central page: regency and ministry staff see every centre of their region, its last
sync, its open conflicts and its monthly figures, and download them aggregated by regency
or province. Server-rendered HTML (Jinja2), no JavaScript."""
