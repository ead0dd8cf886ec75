"""The workflow layer: moves data between the store (``storyline.store``, plain rows) and the
linking indexes (``storyline.link``, which never sees a store), and runs linking over a store.

``link`` never imports ``store`` and ``store`` never imports ``link`` (tests/test_layers.py
checks it); everything that needs both lives here.
"""
