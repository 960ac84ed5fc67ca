"""Command line: `python -m index build SRC... --index-dir DIR`, `python -m index search ... QUERY` and
`python -m index reprints --index-dir DIR`."""

from __future__ import annotations

import argparse
import errno
import json
import os
import sys
from dataclasses import replace

from index import store
from index.build import build
from index.progress import Progress
from index.search.cost import QueryTimeout
from index.search.highlight import Snippet
from index.search.json_text import indented
from index.search.request import QueryError, SearchRequest
from index.search.results import SearchResult
from index.search.searcher import SearchIndex
from index.settings import Settings
from index.store.generations import BuildLocked, StoreError
from index.store.reprints import read_groups
from index.text.aliases import AliasError
from index.text.analysis import use_cache_dir
from index.text.dictionary import DictionaryError


def _parser(settings: Settings) -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m index", description="Chinese news full-text index")
    commands = parser.add_subparsers(dest="command", required=True)
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--debug", action="store_true", help="show the traceback of an error, not only its line")

    b = commands.add_parser(
        "build", parents=[common], help="build or update an index from files, folders or JSON Lines"
    )
    b.add_argument("sources", nargs="+", help="files, folders (searched recursively) or .jsonl files")
    b.add_argument(
        "--index-dir", default=settings.index_dir, help="index folder (default: $SEARCH_INDEX_DIR or var/index)"
    )
    b.add_argument("--full", action="store_true", help="rebuild from scratch instead of updating")
    b.add_argument("--procs", type=int, default=None, help="worker processes (default: all cores)")
    b.add_argument("--wait", action="store_true", help="wait for a running build instead of refusing")
    b.add_argument("--quiet", action="store_true", help="no progress on standard error (only the report at the end)")
    b.add_argument(
        "--user-dict",
        default=settings.user_dict or None,
        help="your own words for jieba, in its user-dictionary format (default: $SEARCH_USER_DICT); "
        "the service must be given the same",
    )

    s = commands.add_parser("search", parents=[common], help="search an index and print the hits")
    s.add_argument("query", nargs="*", help='words, "exact phrases", OR, -exclude, (groups)')
    s.add_argument("--index-dir", default=settings.index_dir)
    s.add_argument("--json", action="store_true", help="print the API's JSON")
    s.add_argument("--region", help="province or city (甘肃, 庆阳市, ...)")
    s.add_argument("--province")
    s.add_argument("--city")
    s.add_argument("--date-from")
    s.add_argument("--date-to")
    s.add_argument("--section", help="words of the section heading")
    s.add_argument("--title", help="words the article's title holds")
    s.add_argument("--source")
    s.add_argument("--sort", default="relevance", choices=["relevance", "date"])
    s.add_argument("--page", type=int, default=1)
    s.add_argument("--per-page", type=int, default=None)
    s.add_argument("--all-copies", action="store_true", help="list every copy of a story (reprints) as a hit")
    s.add_argument("--as-typed", action="store_true", help="search the words as typed only (no did-you-mean)")

    r = commands.add_parser(
        "reprints", parents=[common], help="list the reprint groups found at build time, largest first"
    )
    r.add_argument("--index-dir", default=settings.index_dir)
    r.add_argument("--json", metavar="FILE", help="also write the groups as JSON to FILE (- for standard output)")
    return parser


def _reprints(index_dir: str, json_file: str | None) -> int:
    """Print the groups (each copy: date, source, id, title; earliest first); write them as JSON if asked."""
    _, _, generation = store.open_generation(index_dir)
    groups = read_groups(generation)
    if json_file:
        text = json.dumps({"groups": groups}, ensure_ascii=False, indent=2)
        if json_file == "-":
            print(text)
            return 0
        try:
            with open(json_file, "w", encoding="utf-8") as handle:
                handle.write(text + "\n")
        except OSError as error:
            print(f"error: cannot write {json_file}: {error.strerror}", file=sys.stderr)
            return 1
    copies = sum(len(group) for group in groups)
    print(f"{len(groups)} reprint groups, {copies} articles in them")
    for group in groups:
        print(f"\n{len(group)} copies: {group[0]['title'] or '(无标题)'}")
        for copy in group:
            print(f"  {copy['date'] or '(无日期)':<10}  {copy['source'] or '-'}  [{copy['id']}]  {copy['title'] or ''}")
    return 0


def _region(value: str | None) -> tuple[str | None, str | None]:
    """--region names a city when it is one (庆阳), else a province (甘肃)."""
    from index.text.regions import canonical_city

    if not value:
        return None, None
    return (None, value) if canonical_city(value) and not value.endswith(("省", "自治区")) else (value, None)


def _print_hits(result: SearchResult) -> None:
    print(f"{result.total} articles ({result.took_ms} ms), page {result.page} of {result.pages or 1}")
    for note in result.query.notes:  # a correction's note says what was searched: one line, as in the JSON
        print(f"note: {note}")
    if typed := list(dict.fromkeys(fix.typed for fix in result.query.corrections)):
        print(f"note: --as-typed searches {' '.join(typed)} only")
    if result.notice:
        print(result.notice)
    for hit in result.hits:
        place = " ".join(filter(None, [hit.province, hit.city]))
        meta = " · ".join(filter(None, [place, hit.date, hit.source]))
        print(f"\n{hit.title or '(无标题)'}  [{hit.id}]")
        if meta:
            print(f"  {meta}")
        if hit.missing:
            print(f"  缺少：{' '.join(hit.missing)}")
        for section in hit.sections:
            print(f"  § {section.heading or '(导语)'}")
            print(f"    {_terminal_marks(section.snippet)}")
        if hit.reprints:
            listed = ", ".join(f"{copy.source or '-'} [{copy.id}]" for copy in hit.reprints)
            print(f"  另有 {len(hit.reprints)} 家转载: {listed}")


def _terminal_marks(snippet: Snippet) -> str:
    """The snippet with matches in bold (when printing to a terminal) or in 【】 otherwise."""
    bold = sys.stdout.isatty()
    text, out, last = snippet.text, [], 0
    for start, end in snippet.matches:
        out.append(text[last:start])
        out.append(f"\033[1m{text[start:end]}\033[0m" if bold else f"【{text[start:end]}】")
        last = end
    out.append(text[last:])
    return "".join(out)


def main(argv: list[str] | None = None) -> int:
    try:
        settings = Settings.from_env()
    except ValueError as error:
        print(f"error: {error}", file=sys.stderr)
        return 2
    args = _parser(settings).parse_args(argv)
    use_cache_dir(settings.jieba_cache_dir)
    try:
        if args.command == "build":
            missing = [source for source in args.sources if not os.path.exists(source)]
            if missing:
                print(
                    f"error: no such file or folder: {', '.join(missing)}; give the files, folders or .jsonl files "
                    "to index (nothing was written)",
                    file=sys.stderr,
                )
                return 2
            chosen = replace(
                settings,
                index_dir=args.index_dir,
                build_procs=args.procs or settings.build_procs,
                user_dict=args.user_dict or "",
            )
            shown = Progress(None if args.quiet else sys.stderr)
            report = build(args.sources, chosen, full=args.full, wait=args.wait, shown=shown)
            for line in report.lines():
                print(line)
            return 0
        if args.command == "reprints":
            return _reprints(args.index_dir, args.json)
        province, city = _region(args.region)
        request = SearchRequest(
            q=" ".join(args.query),
            province=args.province or province,
            city=args.city or city,
            date_from=args.date_from,
            date_to=args.date_to,
            section=args.section,
            title=args.title,
            source=args.source,
            sort=args.sort,
            page=args.page,
            per_page=args.per_page,
            collapse=not args.all_copies,
            correct=not args.as_typed,
        )
        result = SearchIndex(args.index_dir, settings).search(request)
        if args.json:
            print(indented(result.to_dict(), lambda value: json.dumps(value, ensure_ascii=False)))
        else:
            _print_hits(result)
        return 0
    except QueryError as error:
        print(f"error: {error.param}: {error.message}", file=sys.stderr)
        return 2
    except QueryTimeout as error:
        print(f"error: {error}", file=sys.stderr)
        return 1
    except (BuildLocked, DictionaryError, AliasError) as error:  # BuildLocked before the StoreError it is
        if args.debug:
            raise
        print(f"error: {error}", file=sys.stderr)
        return 2
    except StoreError as error:
        if args.debug:
            raise
        print(f"error: {error}", file=sys.stderr)
        return 1
    except OSError as error:  # from this process or from a build worker (multiprocessing re-raises it here)
        if args.debug:
            raise
        print(f"error: {_os_error(error, args)}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130


def _os_error(error: OSError, args: argparse.Namespace) -> str:
    """One line for a system error: what failed, on which path, and what to do."""
    index_dir = getattr(args, "index_dir", None)
    path = error.filename or index_dir or "?"
    kept = "; the index was left as it was" if args.command == "build" else ""
    if error.errno in (errno.ENOSPC, errno.EDQUOT):
        return f"no space left on the disk holding {path}: free some space or build into another --index-dir{kept}"
    if error.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        where = index_dir if args.command == "build" and index_dir else path
        return (
            f"permission denied: {path}; run as a user who may "
            f"{'write' if args.command == 'build' else 'read'} {where} (or use another --index-dir){kept}"
        )
    return f"{error.strerror or error}: {path}{kept}"


if __name__ == "__main__":
    sys.exit(main())
