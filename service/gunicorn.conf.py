"""gunicorn settings, each overridable from the environment the way hosting platforms set it."""

import os

from index.settings import Settings

_port = os.environ.get("PORT")
bind = os.environ.get("SEARCH_BIND") or (f"0.0.0.0:{_port}" if _port else "127.0.0.1:8000")
workers = int(os.environ.get("SEARCH_WORKERS", 2))
# gthread, with each request read by the event loop before a thread serves it (slow or stalled clients hold no
# thread) and gunicorn's own refusals (a URI too long) answered as JSON: see service/worker.py.
worker_class = "service.worker.JsonErrorsWorker"
threads = 4  # requests served at once by a worker; searches are CPU-bound, so more only queue inside it
keepalive = 5  # seconds an idle kept-alive connection stays open
preload_app = True  # import the app (and jieba's dictionary) once in the master; workers share it copy-on-write
timeout = 30  # a worker whose event loop is silent this long is stuck and gets replaced
graceful_timeout = 10
# A second guard on memory (the first is the postings cache's budget): each worker is replaced after about
# 50,000 requests, the jitter keeping two workers from restarting together.
max_requests = 50000
max_requests_jitter = 5000
accesslog = "-"  # stdout
errorlog = "-"  # stderr
# A GET of the longest query allowed must fit: a character is at most 12 bytes percent-encoded (a Chinese one
# 9), plus room for the filters. gunicorn caps this at 8190 bytes, which fits 500 characters; longer texts
# are sent by POST /api/search.
limit_request_line = min(8190, 12 * Settings.from_env().max_query_chars + 2048)
# gunicorn's runtime-control socket defaults to one fixed path per user, so a second instance (tests, staging)
# would fight over it; nothing here uses `gunicornc`.
control_socket_disable = True
