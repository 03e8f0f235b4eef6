/* The editor desk's keyboard and text selection. Everything hangs off data- attributes; no inline JS.
   j/k move between quotes, c confirms, x rejects (then 1-4 for the reason), s searches for the speaker,
   u undoes the last change (wherever it was), o opens the quote's article, ? lists the shortcuts. Selecting article text fills the span fields. */
(function () {
  "use strict";

  let selectedId = null;

  const cards = () => Array.from(document.querySelectorAll(".desk-quote"));
  const selectedCard = () => (selectedId ? document.getElementById("quote-" + selectedId) : null);
  const inCard = (selector) => {
    const card = selectedCard();
    return card ? card.querySelector(selector) : null;
  };
  const isField = (el) => el && (el.isContentEditable || /^(INPUT|SELECT|TEXTAREA)$/.test(el.tagName));
  const codePoints = (text) => Array.from(text).length; // Python counts code points, JS UTF-16 units

  function select(card, scroll) {
    document.querySelectorAll(".desk-quote.selected, .quote-mark.selected").forEach((el) => {
      el.classList.remove("selected");
      el.removeAttribute("aria-current");
    });
    if (!card) return;
    selectedId = card.dataset.quoteId;
    card.classList.add("selected");
    card.setAttribute("aria-current", "true");
    const marks = document.querySelectorAll('.quote-mark[data-quote-ids~="' + selectedId + '"]');
    marks.forEach((mark) => mark.classList.add("selected"));
    if (scroll !== false) {
      card.scrollIntoView({ block: "nearest" });
      if (marks.length) marks[0].scrollIntoView({ block: "nearest" });
    }
    loadMoreIfNear(card);
  }

  function move(step) {
    const list = cards();
    if (!list.length) return;
    const at = list.indexOf(selectedCard());
    const next = at < 0 ? (step > 0 ? 0 : list.length - 1) : Math.min(list.length - 1, Math.max(0, at + step));
    select(list[next]);
  }

  function ensureSelected() {
    if (!selectedCard()) move(1);
    return selectedCard();
  }

  // The next page of the queue is fetched while the editor is still ten quotes from its end.
  function loadMoreIfNear(card) {
    const list = cards();
    const more = document.querySelector("[data-load-more]");
    if (more && list.indexOf(card) >= list.length - 10) htmx.trigger(more, "click");
  }

  function press(selector) {
    if (!ensureSelected()) return;
    const control = inCard(selector);
    if (control) control.click();
  }

  // u undoes the editor's last change wherever it was made (the page's "Undo my last change"), not the selected
  // card's: after c the selection has moved on. The answer names the quote, and the selection goes back to it.
  function undoLast() {
    const button = document.querySelector('#undo-last [data-key="u"]');
    if (button) button.click();
  }

  function startReject() {
    const card = ensureSelected();
    if (!card) return;
    card.classList.add("rejecting");
    const first = card.querySelector("[data-reason]");
    if (first) first.focus();
  }

  function focusSpeakerSearch() {
    if (!ensureSelected()) return;
    const input = inCard("[data-speaker-search]");
    if (input) input.focus();
  }

  function toggleShortcuts() {
    const dialog = document.getElementById("shortcuts");
    if (!dialog) return;
    if (dialog.open) dialog.close();
    else dialog.showModal();
  }

  const shortcuts = {
    j: () => move(1),
    k: () => move(-1),
    c: () => press('[data-key="c"]'),
    u: undoLast,
    o: () => press('[data-key="o"]'),
    x: startReject,
    s: focusSpeakerSearch,
    "?": toggleShortcuts,
  };

  function options(field) {
    const form = field.closest("form");
    return form ? Array.from(form.querySelectorAll(".speaker-option")) : [];
  }

  // Inside a speaker search: Down goes into the options, Enter takes the first one, Escape leaves.
  function onSearchKey(event, input) {
    const found = options(input);
    if (event.key === "ArrowDown" && found.length) {
      event.preventDefault();
      found[0].focus();
    } else if (event.key === "Enter") {
      event.preventDefault();
      if (found.length) found[0].click();
    } else if (event.key === "Escape") {
      input.blur();
    }
  }

  function onOptionKey(event, option) {
    const found = options(option);
    const at = found.indexOf(option);
    if (event.key === "ArrowDown" || event.key === "ArrowUp") {
      event.preventDefault();
      const next = at + (event.key === "ArrowDown" ? 1 : -1);
      if (next < 0) option.closest("form").querySelector("[data-speaker-search]").focus();
      else if (next < found.length) found[next].focus();
      return true;
    }
    return false;
  }

  document.addEventListener("keydown", (event) => {
    if (event.ctrlKey || event.metaKey || event.altKey) return;
    const target = event.target;
    if (target.matches && target.matches("[data-speaker-search]")) return onSearchKey(event, target);
    if (isField(target)) {
      if (event.key === "Escape") target.blur();
      return;
    }
    if (target.classList && target.classList.contains("speaker-option") && onOptionKey(event, target)) return;
    const card = selectedCard();
    if (card && card.classList.contains("rejecting")) {
      const reason = /^[1-9]$/.test(event.key) && card.querySelector('[data-reason="' + event.key + '"]');
      if (reason) {
        event.preventDefault();
        reason.click();
        return;
      }
      if (event.key === "Escape") {
        card.classList.remove("rejecting");
        document.activeElement.blur();
        return;
      }
    }
    const action = shortcuts[event.key];
    if (action) {
      event.preventDefault();
      action();
    }
  });

  // Choosing a quote in the article shows it in the list, and the other way round.
  document.addEventListener("click", (event) => {
    const help = event.target.closest('[data-key="?"]');
    if (help && !help.closest(".desk-quote")) return toggleShortcuts();
    const mark = event.target.closest(".quote-mark");
    if (mark) return select(document.getElementById("quote-" + mark.dataset.quoteId));
    const card = event.target.closest(".desk-quote");
    if (card && card.dataset.quoteId !== selectedId) select(card, false);
  });

  // A selection inside the article body becomes start/end offsets into the article's text.
  function selectionOffsets() {
    const body = document.querySelector("[data-article-body]");
    const selection = window.getSelection();
    if (!body || !selection || selection.rangeCount === 0 || selection.isCollapsed) return null;
    const range = selection.getRangeAt(0);
    if (!body.contains(range.startContainer) || !body.contains(range.endContainer)) return null;
    const before = document.createRange();
    before.selectNodeContents(body);
    before.setEnd(range.startContainer, range.startOffset);
    const text = range.toString();
    const start = codePoints(before.toString());
    return { start: start, end: start + codePoints(text), text: text };
  }

  function fill(scope, start, end) {
    if (!scope) return;
    const startField = scope.querySelector('[name="start"]');
    const endField = scope.querySelector('[name="end"]');
    if (startField) startField.value = start;
    if (endField) endField.value = end;
  }

  document.addEventListener("selectionchange", () => {
    const found = selectionOffsets();
    if (!found) return;
    fill(document.getElementById("add-quote"), found.start, found.end);
    fill(inCard(".span-form"), found.start, found.end);
    const preview = document.querySelector("[data-selection-preview]");
    if (preview) preview.textContent = "“" + found.text + "” (" + found.start + "–" + found.end + ")";
  });

  // After a swap the card is new: keep it selected, and move on after a confirm or reject that went through.
  // Each request remembers which quote was selected when it started: its answer may only move the selection
  // (to the quote the server names, or on to the next one) if the editor has not moved on meanwhile.
  // Settling at once (no settle delay) means a swapped-in card is wired by htmx, and its classes are final,
  // before the next key is handled: a key never clicks a form htmx has not taken over, nor loses "selected".
  if (window.htmx) htmx.config.defaultSettleDelay = 0;

  let changedPk = null;

  document.addEventListener("htmx:beforeRequest", (event) => {
    const source = event.detail.elt;
    const xhr = event.detail.xhr;
    if (xhr) xhr.desk = { from: selectedId, advance: Boolean(source && source.closest && source.closest("[data-advance]")) };
  });

  document.addEventListener("quoteChanged", (event) => {
    changedPk = event.detail && event.detail.pk ? String(event.detail.pk) : null;
  });

  document.addEventListener("htmx:afterSettle", (event) => {
    const request = event.detail.xhr && event.detail.xhr.desk;
    const settled = request && !request.settled;
    if (settled) request.settled = true;
    const unmoved = settled && selectedId === request.from;
    if (settled && unmoved && changedPk && document.getElementById("quote-" + changedPk)) selectedId = changedPk;
    if (settled) changedPk = null;
    const card = selectedCard();
    if (!card) return;
    select(card, false);
    if (unmoved && request.advance && !card.querySelector('[role="alert"]')) move(1);
  });

  document.addEventListener("DOMContentLoaded", () => {
    const desk = document.querySelector("[data-initial-quote]");
    const first = desk && desk.dataset.initialQuote && document.getElementById("quote-" + desk.dataset.initialQuote);
    if (first) select(first);
  });
})();
