"""Files in and out of the store: the people import and the whole-store exports.

Qt-free, like the services: the GUI, the command line and the tests call the same
functions. Writes to the store go through the services; exports only read.
"""
