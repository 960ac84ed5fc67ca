// Conveniences on top of a page that works without JavaScript: filters apply when changed,
// "/" focuses the search box. Reads no user text into markup.
"use strict";
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
});
