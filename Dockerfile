# The search service: gunicorn over an index of the bundled seeds, built when the image is built.
#   docker build -t zh-news-search .
#   docker run --rm -p 8000:8000 zh-news-search
# Settings are environment variables (README.md, Configuration); mount your own index at /data/index.
# tests/test_docker.py replays the RUN steps below in a clean virtual environment: keep them plain shell
# that finds its folders through the ENV values.
FROM python:3.11-slim

ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    PIP_NO_CACHE_DIR=1 \
    PIP_DISABLE_PIP_VERSION_CHECK=1 \
    SEARCH_INDEX_DIR=/data/index \
    SEARCH_JIEBA_CACHE_DIR=/app/cache \
    SEARCH_BIND=0.0.0.0:8000 \
    SEARCH_WORKERS=2

WORKDIR /app

COPY pyproject.toml README.md ./
COPY index ./index
COPY service ./service
COPY seeds ./seeds

# A pip whose resolver reads lxml[html_clean] and lxml[html-clean] as one extra (pip 23's does not).
RUN pip install --no-cache-dir -U pip==26.3

# The package and its pinned dependencies, from pyproject.toml (the build leftovers removed).
RUN pip install --no-cache-dir . && rm -rf build ./*.egg-info

# The seeds index, and jieba's dictionary cache warmed into the image (the build loads it).
RUN mkdir -p "$SEARCH_JIEBA_CACHE_DIR" \
    && python -m index build seeds --index-dir "$SEARCH_INDEX_DIR" \
    && python -c "from index.text.analysis import warm_up; warm_up()" \
    && ls "$SEARCH_JIEBA_CACHE_DIR"/jieba.cache

# An unprivileged user owns the index (so `docker exec ... python -m index build` can update it) and the cache.
RUN groupadd --system --gid 10001 search \
    && useradd --system --uid 10001 --gid search --home-dir /app --no-create-home --shell /usr/sbin/nologin search \
    && chown -R search:search /data "$SEARCH_JIEBA_CACHE_DIR"

USER 10001:10001
VOLUME ["/data/index"]
EXPOSE 8000

HEALTHCHECK --interval=30s --timeout=5s --start-period=20s --retries=3 \
    CMD ["python", "-c", "import os, sys, urllib.request; port = os.environ.get('SEARCH_BIND', '0.0.0.0:8000').rsplit(':', 1)[1]; sys.exit(urllib.request.urlopen(f'http://127.0.0.1:{port}/api/health', timeout=4).status != 200)"]

ENTRYPOINT ["gunicorn", "-c", "service/gunicorn.conf.py"]
CMD ["service.wsgi:app"]
