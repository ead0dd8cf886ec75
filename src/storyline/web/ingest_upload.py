"""Uploads for an ingest: saved under safe names into a folder of their own, which the job
reads as ``storyline ingest FOLDER`` would and removes when it ends."""

from __future__ import annotations

import json
import re
from typing import Any

from fastapi import HTTPException, UploadFile

from storyline.web.users import User

SUFFIXES = (".txt", ".html", ".htm", ".json", ".jsonl")
MAX_FILES = 1000
CHUNK = 1 << 20


def safe_name(name: str, n: int) -> str:
    """A file name that cannot leave the folder or hide itself: the base name, with anything but
    letters, digits, '.', '_' and '-' replaced, and a number in front so two uploads never clash."""
    base = (
        re.sub(r"[^\w.-]+", "_", (name or "").replace("\\", "/").rsplit("/", 1)[-1]).lstrip(".") or "upload"
    )
    return f"{n:04d}_{base[:120]}"


async def start_ingest(web: Any, user: User, files: list[UploadFile], text: str | None, title: str | None,
                       url: str | None, published: str | None) -> dict[str, Any]:  # fmt: skip
    files = [f for f in files if f.filename]
    if not files and not (text and text.strip()):
        raise HTTPException(422, "nothing to ingest: upload files or paste a text")
    if len(files) > MAX_FILES:
        raise HTTPException(422, f"at most {MAX_FILES} files at once")
    bad = [f.filename for f in files if not (f.filename or "").lower().endswith(SUFFIXES)]
    if bad:
        raise HTTPException(
            422, f"unsupported file type: {', '.join(str(b) for b in bad[:5])} (use {' '.join(SUFFIXES)})"
        )
    folder = web.jobs.upload_folder()
    names = []
    for n, upload in enumerate(files, 1):
        target = folder / safe_name(upload.filename or "", n)
        with target.open("wb") as out:
            while chunk := await upload.read(CHUNK):
                out.write(chunk)
        names.append(upload.filename)
    if text and text.strip():
        record = {"text": text, "title": title or None, "url": url or None, "date": published or None}
        (folder / f"{len(files) + 1:04d}_pasted.jsonl").write_text(
            json.dumps({k: v for k, v in record.items() if v}, ensure_ascii=False) + "\n", "utf-8"
        )
        names.append("pasted text")
    return web.jobs.submit("ingest", user.name, {"folder": str(folder), "files": names})
