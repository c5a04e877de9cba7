"""``kabar serve``: the REST API and the web UI over one database, from one process.

Both skins call the service functions of ``kabar.queries`` and only render
their results: JSON or CSV for ``/api/...``, Jinja2 HTML for the pages.
"""

from kabar.serve.app import create_app, resolve_token

__all__ = ["create_app", "resolve_token"]
