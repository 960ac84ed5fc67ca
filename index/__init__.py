"""Chinese news full-text search: files -> Articles -> a Whoosh index -> hits.

Stages, one module each: sources (read and decode), normalize + rules (clean text), extract (Article),
regions (places), analysis + schema (how text is indexed), store + build (write and swap an index),
search + highlight (answer queries).
"""
