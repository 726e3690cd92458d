"""Sync with the central server (docs/sync-protocol.md). Qt-free: the command line and the
GUI's worker threads both drive :class:`~.client.SyncClient`."""
