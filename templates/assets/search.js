// The search page: Pagefind's own UI, plus shareable addresses. ?q= runs on load, ?sort=newest|oldest
// orders by date, ?source= / ?person= / ?organisation= / ?year= pick facets; typing keeps ?q= current.
(function () {
  'use strict';
  var FILTERS = ['source', 'person', 'organisation', 'year'];
  var SORTS = { newest: { date: 'desc' }, oldest: { date: 'asc' } };
  var params = new URLSearchParams(window.location.search);
  var query = params.get('q') || '';
  var sortName = params.get('sort') || '';

  // Pagefind's UI inserts excerpts and filter values as HTML. Filter values never hold < or >, nor an &
  // that could start a character reference (the pages are written so, see facetValue in the render
  // stage; values from the address get the same treatment); excerpts are rebuilt here from their text, keeping only the <mark> tags around matches.
  // DOMParser makes an inert document: nothing in it runs or loads.
  function escapeHtml(text) {
    return String(text).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  }
  function safeHtml(node) {
    var out = '';
    node.childNodes.forEach(function (child) {
      if (child.nodeType === Node.TEXT_NODE) out += escapeHtml(child.textContent);
      else if (child.nodeType === Node.ELEMENT_NODE) {
        var inner = safeHtml(child);
        out += child.localName === 'mark' ? '<mark>' + inner + '</mark>' : inner;
      }
    });
    return out;
  }
  function safeExcerpt(html) {
    return safeHtml(new DOMParser().parseFromString(String(html), 'text/html').body);
  }
  function facetValue(value) {
    return value.replace(/</g, '\u2039').replace(/>/g, '\u203a').replace(/&(?=[#\p{L}\p{N}])/gu, '&\u200b');
  }
  var processed = new WeakSet();
  function processResult(result) {
    if (processed.has(result)) return result;
    processed.add(result);
    if (typeof result.excerpt === 'string') result.excerpt = safeExcerpt(result.excerpt);
    (result.sub_results || []).forEach(function (sub) {
      if (typeof sub.excerpt === 'string') sub.excerpt = safeExcerpt(sub.excerpt);
    });
    return result;
  }

  var options = {
    element: '#search',
    showSubResults: false,
    showImages: false,
    excerptLength: 30,
    autofocus: !query,
    // Only facet values found in the results; on wide screens the short facets start open, while
    // people and organisations (long lists in a big archive) and everything on a phone start closed.
    showEmptyFilters: false,
    openFilters: window.matchMedia('(min-width: 48rem)').matches ? ['source', 'year'] : [],
    processResult: processResult,
  };
  if (SORTS[sortName]) options.sort = SORTS[sortName];
  var ui = new PagefindUI(options);

  var filters = {};
  FILTERS.forEach(function (name) {
    var values = params.getAll(name).map(facetValue);
    if (values.length) filters[name] = values;
  });
  if (Object.keys(filters).length) ui.triggerFilters(filters);
  if (query) ui.triggerSearch(query);

  var sortForm = document.getElementById('sort-form');
  var sortSelect = document.getElementById('sort');
  var sortQuery = document.getElementById('sort-q');
  sortSelect.value = SORTS[sortName] ? sortName : '';

  function currentQuery() {
    var input = document.querySelector('#search input[type="text"], #search input[type="search"]');
    return input ? input.value : query;
  }

  // Keep the address bar on the current search, so that it can be bookmarked and shared.
  document.getElementById('search').addEventListener('input', function (event) {
    if (!event.target.matches || !event.target.matches('input[type="text"], input[type="search"]')) return;
    var next = new URLSearchParams(window.location.search);
    if (event.target.value) next.set('q', event.target.value);
    else next.delete('q');
    var search = next.toString();
    window.history.replaceState(null, '', window.location.pathname + (search ? '?' + search : ''));
  });

  sortForm.addEventListener('submit', function () {
    sortQuery.value = currentQuery();
  });
  sortSelect.addEventListener('change', function () {
    sortQuery.value = currentQuery();
    sortForm.submit();
  });
})();
