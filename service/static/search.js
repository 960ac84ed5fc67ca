// Conveniences on top of a page that works without JavaScript: filters apply when changed, "/" focuses
// the search box, and the box suggests completions as you type (an ARIA 1.2 combobox with a listbox
// popup: arrows move, Enter takes the marked suggestion, Escape closes). Reads no user text into markup.
"use strict";

const SUGGEST_DELAY_MS = 80;
const SUGGEST_LIMIT = 8;

function setUpSuggestions(form, box) {
  const list = document.createElement("ul");
  list.id = "q-suggestions";
  list.className = "suggestions";
  list.setAttribute("role", "listbox");
  list.setAttribute("aria-label", "搜索建议");
  list.hidden = true;
  const holder = document.createElement("div");
  holder.className = "combo";
  box.parentNode.insertBefore(holder, box);
  holder.append(box, list);
  box.setAttribute("role", "combobox");
  box.setAttribute("aria-autocomplete", "list");
  box.setAttribute("aria-expanded", "false");
  box.setAttribute("aria-controls", list.id);

  let active = -1;
  let timer = 0;
  let pending = null;
  let composing = false;

  const options = () => Array.from(list.children);

  function close() {
    list.hidden = true;
    list.replaceChildren();
    active = -1;
    box.setAttribute("aria-expanded", "false");
    box.removeAttribute("aria-activedescendant");
  }

  function mark(index) {
    const items = options();
    active = items.length ? (index + items.length) % items.length : -1;
    items.forEach((item, i) => item.setAttribute("aria-selected", String(i === active)));
    if (active >= 0) {
      box.setAttribute("aria-activedescendant", items[active].id);
      items[active].scrollIntoView({ block: "nearest" });
    } else {
      box.removeAttribute("aria-activedescendant");
    }
  }

  function choose(item) {
    box.value = item.dataset.value;
    close();
    form.requestSubmit();
  }

  function show(suggestions) {
    // The same list again (a second answer for the same words) keeps the suggestion the arrows marked.
    const same = !list.hidden && suggestions.length === list.children.length
      && suggestions.every((suggestion, i) => list.children[i].dataset.value === suggestion.text);
    if (same) return;
    close();
    suggestions.forEach((suggestion, i) => {
      const item = document.createElement("li");
      item.id = `q-suggestion-${i}`;
      item.setAttribute("role", "option");
      item.setAttribute("aria-selected", "false");
      item.dataset.value = suggestion.text;
      const text = document.createElement("span");
      text.textContent = suggestion.text;
      const count = document.createElement("span");
      count.className = "count";
      count.textContent = `${suggestion.count} 篇`;
      item.append(text, count);
      item.addEventListener("mousedown", (event) => event.preventDefault()); // keep the focus in the box
      item.addEventListener("click", () => choose(item));
      list.append(item);
    });
    if (suggestions.length) {
      list.hidden = false;
      box.setAttribute("aria-expanded", "true");
    }
  }

  async function fetchSuggestions() {
    const prefix = box.value.trim();
    if (pending) pending.abort();
    if (!prefix || prefix.length > 50 || /["“”「」()（）]|\s-|^-|\sOR\s/.test(prefix)) {
      close(); // empty, too long for the API, or query syntax: nothing to complete
      return;
    }
    pending = new AbortController();
    const url = `/api/suggest?${new URLSearchParams({ q: prefix, limit: String(SUGGEST_LIMIT) })}`;
    try {
      const response = await fetch(url, { signal: pending.signal });
      if (!response.ok || box.value.trim() !== prefix) return;
      const body = await response.json();
      if (document.activeElement === box) show(body.suggestions);
    } catch (error) {
      if (error.name !== "AbortError") close();
    }
  }

  box.addEventListener("input", () => {
    clearTimeout(timer);
    if (!composing) timer = setTimeout(fetchSuggestions, SUGGEST_DELAY_MS);
  });
  // An input method composes Chinese from Latin keys: suggest for what it commits, not for the keys.
  box.addEventListener("compositionstart", () => { composing = true; });
  box.addEventListener("compositionend", () => {
    composing = false;
    clearTimeout(timer);
    timer = setTimeout(fetchSuggestions, SUGGEST_DELAY_MS);
  });
  box.addEventListener("keydown", (event) => {
    if (event.isComposing) return;
    if (event.key === "ArrowDown" || event.key === "ArrowUp") {
      if (list.hidden) {
        fetchSuggestions();
      } else {
        mark(active + (event.key === "ArrowDown" ? 1 : -1));
      }
      event.preventDefault();
    } else if (event.key === "Enter" && !list.hidden && active >= 0) {
      event.preventDefault();
      choose(options()[active]);
    } else if (event.key === "Escape" && !list.hidden) {
      event.preventDefault();
      close();
    }
  });
  box.addEventListener("blur", close);
}

document.addEventListener("DOMContentLoaded", () => {
  const form = document.querySelector("form.search");
  if (!form) return;
  document.body.classList.add("js");
  for (const select of form.querySelectorAll("select[data-autosubmit]")) {
    select.addEventListener("change", () => form.requestSubmit());
  }
  form.addEventListener("submit", () => {
    // keep URLs short: drop empty fields
    for (const field of form.querySelectorAll("input, select")) {
      if (field.name && !field.value) field.disabled = true;
    }
  });
  const box = document.getElementById("q");
  document.addEventListener("keydown", (event) => {
    if (event.key === "/" && document.activeElement !== box) {
      event.preventDefault();
      box.focus();
    }
  });
  setUpSuggestions(form, box);
});
