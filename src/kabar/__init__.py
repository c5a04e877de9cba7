"""kabar: Indonesian news in, PLOVER-coded, source-traced event data out.

The public API (``process``, ``extract_entities``, ``load``) is imported on
first use, so ``import kabar.model`` stays cheap for tools that need no models.
"""

from __future__ import annotations

from typing import Any

__version__ = "0.1.0"
__all__ = ["Entity", "Pipeline", "extract_entities", "load", "process", "__version__"]


def __getattr__(name: str) -> Any:
    if name in __all__:
        from kabar import api

        return getattr(api, name)
    raise AttributeError(f"module 'kabar' has no attribute {name!r}")
