"""QR codes for web addresses, made in memory with segno (nothing is fetched or written).

Codes are cached per address: a therapist prints the same places again and again, and a
25-resource sheet must render in well under a second.
"""

from __future__ import annotations

import hashlib
import io
from functools import lru_cache

import segno

# Modules per side grow with the address; 8 px a module prints sharp at 1 inch wide.
PNG_SCALE = 1
BORDER = 2


def qr_name(url: str) -> str:
    """The document resource name an address's code is stored under ("qr:…")."""
    return "qr:" + hashlib.sha1(url.encode("utf-8")).hexdigest()[:16]


@lru_cache(maxsize=1024)
def qr_png(url: str, scale: int = PNG_SCALE) -> bytes:
    """A black-on-white PNG of the address, medium error correction."""
    buffer = io.BytesIO()
    segno.make(url, error="m", micro=False).save(buffer, kind="png", scale=scale, border=BORDER,
                                                  dark="#000000", light="#ffffff")
    return buffer.getvalue()

