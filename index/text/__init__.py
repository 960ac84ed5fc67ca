"""The text form documents and queries share: normalization, analyzers, jieba's dictionary, pinyin readings,
word lists, regions and the CJK ranges. Imports nothing of the other stages."""

from index.text.analysis import segment, use_cache_dir, warm_up
from index.text.dictionary import Dictionary, DictionaryError
from index.text.normalize import is_traditional, normalize_text, to_simplified, to_traditional
from index.text.regions import canonical_city, canonical_province, city_names, province_names

__all__ = [
    "Dictionary",
    "DictionaryError",
    "canonical_city",
    "canonical_province",
    "city_names",
    "is_traditional",
    "normalize_text",
    "province_names",
    "segment",
    "to_simplified",
    "to_traditional",
    "use_cache_dir",
    "warm_up",
]
