"""``storyline serve``: the web app and REST API on a store (FastAPI, server-rendered pages).

from storyline.web import Settings, create_app
app = create_app(Settings(db="news.db"))   # any ASGI server runs it; `storyline serve` uses uvicorn
"""

from storyline.web.app import Settings, create_app

__all__ = ["Settings", "create_app"]
