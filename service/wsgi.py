"""WSGI entry point for gunicorn: `gunicorn -c service/gunicorn.conf.py service.wsgi:app`."""

from index.analysis import warm_up
from service.app import create_app

warm_up()  # load jieba's dictionary now: with preload_app the forked workers share it instead of each loading it
app = create_app()
