"""gunicorn settings, each overridable from the environment the way hosting platforms set it."""

import os

_port = os.environ.get("PORT")
bind = os.environ.get("SEARCH_BIND") or (f"0.0.0.0:{_port}" if _port else "127.0.0.1:8000")
workers = int(os.environ.get("SEARCH_WORKERS", 2))
preload_app = True  # import the app (and jieba's dictionary) once in the master; workers share it copy-on-write
timeout = 30  # a search takes milliseconds; a worker silent this long is stuck and gets replaced
graceful_timeout = 10
accesslog = "-"  # stdout
errorlog = "-"  # stderr
# A query string of 500 Chinese characters is ~4,500 bytes percent-encoded, over gunicorn's default of 4094.
limit_request_line = 8190
# gunicorn's runtime-control socket defaults to one fixed path per user, so a second instance (tests, staging)
# would fight over it; nothing here uses `gunicornc`.
control_socket_disable = True
