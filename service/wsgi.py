"""WSGI entry point for gunicorn: `gunicorn -c service/gunicorn.conf.py service.wsgi:app`."""

from service.app import create_app

# The app's SearchIndex loads jieba's dictionary with the domain's and SEARCH_USER_DICT's words now, in the
# master: with preload_app the forked workers share it instead of each loading it.
app = create_app()
