"""Chinese news full-text search: files -> Articles -> a Whoosh index -> hits.

Four stage packages, each with a face: `text` (the text form documents and queries share), `ingest` (inputs ->
Articles), `store` (what a generation keeps on disk), `search` (a request -> hits). On top: `build` (with its
workers in `shards`) and the command line; `article` and `settings` are plain data every stage may use.
"""
