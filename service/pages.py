"""The search page for people: server-rendered HTML over the same `index.search.searcher` the API uses.

Works without JavaScript (a plain GET form, links for paging); static/search.js only adds conveniences.
Everything user-controlled reaches the page through Jinja's escaping or `index.search.highlight.mark`, which
escapes before marking.
"""

from __future__ import annotations

from flask import Blueprint, Response, abort, current_app, render_template, request, url_for

from index.search import (
    Facet,
    QueryError,
    SearchIndex,
    SearchRequest,
    SearchResult,
    without_quotes,
    without_typed_filters,
)
from index.settings import Settings
from service import charts
from service.feed import describe
from service.urls import external_url

bp = Blueprint("pages", __name__)

FORM_FIELDS = ("q", "province", "city", "date_from", "date_to", "sort")
SEARCH_STATE = (*FORM_FIELDS, "page", "per_page")  # what an article page keeps, to lead back to its search
RELATED_SHOWN = 5  # related articles listed under an article
FILTER_FIELDS = ("q", "province", "city", "date_from", "date_to")  # what a feed or an export of the page takes
MENU_FIELDS = ("province", "city", "date_from", "date_to")


def _index() -> SearchIndex:
    return current_app.extensions["search_index"]


def _settings() -> Settings:
    return current_app.extensions["settings"]


def _options(result: SearchResult | None, facets: dict[str, list[Facet]], name: str, selected: str) -> list[Facet]:
    """Facet values with counts for a filter menu; the selected value stays listed even with no hits."""
    options = list((result.facets.get(name) if result else None) or facets.get(name, []))
    if selected and selected not in {o.value for o in options}:
        options.insert(0, Facet(selected, 0))  # chosen, but no article has it
    return options


@bp.get("/")
def search_page():
    form = {name: request.args.get(name, "").strip() for name in FORM_FIELDS}
    has_filters = any(form[name] for name in FORM_FIELDS if name not in ("q", "sort"))
    result, error, status = None, None, 200
    if form["q"] or has_filters:
        page, per_page = _number("page", 1), _number("per_page", _settings().default_per_page)
        try:
            result = _index().search(
                SearchRequest(
                    q=form["q"],
                    province=form["province"] or None,
                    city=form["city"] or None,
                    date_from=form["date_from"] or None,
                    date_to=form["date_to"] or None,
                    sort=form["sort"] or "relevance",
                    page=page,
                    per_page=per_page,
                    correct=request.args.get("correct") != "0",
                )
            )
        except QueryError as err:
            error, status = err.message, 400
    unfiltered = form["q"]  # what 去掉筛选条件 searches: the words, without the filters chosen or typed
    if result is not None:  # a filter typed in the query (`province:福建`) shows in its menu as if chosen there
        typed = {name: result.query.filters.get(name) for name in MENU_FIELDS if not form[name]}
        form |= {name: value for name, value in typed.items() if value}
        if result.query.filters and not has_filters:
            has_filters, unfiltered = True, without_typed_filters(form["q"])
    facets = _index().overview()

    def page_url(number: int) -> str:
        args = {k: v for k, v in form.items() if v}
        if "per_page" in request.args:
            args["per_page"] = request.args["per_page"]
        if request.args.get("correct") == "0":
            args["correct"] = "0"
        return url_for("pages.search_page", **args, page=number)

    html = render_template(
        "search.html",
        unquoted=_unquoted(form["q"], result),
        corrected=_corrected(form, result),
        form=form,
        result=result,
        error=error,
        has_filters=has_filters,
        unfiltered=unfiltered,
        province_options=_options(result, facets, "province", form["province"]),
        city_options=_options(result, facets, "city", form["city"]),
        page_url=page_url,
        search_state=_search_state(),
        max_query=_settings().max_query_chars,
        **(_takeaways(form, result) if result and result.total else {}),
    )
    return html, status


def _takeaways(form: dict[str, str], result: SearchResult) -> dict:
    """The feed and the exports of the search shown, and its charts, each bar a link that narrows it."""
    args = {name: value for name, value in form.items() if value}
    if "per_page" in request.args:
        args["per_page"] = request.args["per_page"]
    chosen = {name: form[name] for name in FILTER_FIELDS if form[name]}

    def month_url(month: str) -> str:
        return url_for("pages.search_page", **(args | {"date_from": month, "date_to": month}))

    def province_url(province: str) -> str:
        return url_for("pages.search_page", **({k: v for k, v in args.items() if k != "city"} | {"province": province}))

    order = {"sort": form["sort"]} if form["sort"] else {}
    return {
        "feed_url": url_for("feed.atom", **chosen),
        "feed_title": f"订阅：{describe(result.query)}",
        "export_urls": {kind: url_for("api.export", **chosen, **order, format=kind) for kind in ("csv", "jsonl")},
        "timeline": charts.timeline(result.facets.get("month", []), month_url, result.total),
        "province_chart": charts.provinces(result.facets.get("province", []), province_url),
    }


def _unquoted(q: str, result: SearchResult | None) -> str | None:
    """For an empty page whose query set a phrase apart in quotes: the same text without its quote marks."""
    if result is None or result.total or not any(t.kind == "phrase" for t in result.query.terms):
        return None
    return without_quotes(q)


def _corrected(form: dict[str, str], result: SearchResult | None) -> dict | None:
    """For a query searched as its likely intended words as well: that text, and the link that searches the
    words as typed only (`correct=0`)."""
    if result is None or not result.query.corrections:
        return None
    shown, done = result.query.normalized, set()
    for fix in result.query.corrections:  # the first (commonest) word of each stretch
        if fix.typed not in done:
            shown = shown.replace(fix.typed, fix.intended)
            done.add(fix.typed)
    args = {k: v for k, v in form.items() if v}
    return {"shown": shown, "typed": form["q"], "url": url_for("pages.search_page", **args, correct="0")}


def _number(name: str, default: int) -> int:
    """An integer argument; anything else becomes 0, which the search refuses with a clear message."""
    value = request.args.get(name, "").strip()
    return int(value) if value.isascii() and value.isdigit() else (default if not value else 0)


def _search_state() -> dict[str, str]:
    """The search a page shows (query, filters, order, page), as the arguments that lead back to it."""
    return {name: request.args[name] for name in SEARCH_STATE if request.args.get(name, "").strip()}


@bp.get("/articles/<path:article_id>")
def article_page(article_id: str):
    """An article, its words of the search it was opened from marked; "← 返回搜索" goes back to that search,
    filters, order and page included."""
    q = request.args.get("q", "")
    article = _index().article(article_id, q)
    if article is None:
        return render_template("error.html", heading="找不到文章", message=f"没有编号为 {article_id} 的文章。"), 404
    related = _index().similar(article_id, RELATED_SHOWN)
    return render_template(
        "article.html", article=article, search_state=_search_state(), related=related.similar if related else []
    )


@bp.get("/articles/<path:article_id>/original")
def original_text(article_id: str):
    article = _index().article(article_id)
    if article is None:
        abort(404)  # answered as an HTML page by service.errors
    return Response(article.original, content_type="text/plain; charset=utf-8")


@bp.get("/opensearch.xml")
def opensearch() -> Response:
    """The OpenSearch 1.1 description that lets a browser add this service as a search engine."""
    body = render_template("opensearch.xml", external_url=external_url)
    return Response(body, content_type="application/opensearchdescription+xml; charset=utf-8")
