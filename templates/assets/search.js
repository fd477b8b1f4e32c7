// The search page: Pagefind's own UI, plus shareable addresses. ?q= runs on load, ?sort=newest|oldest
// orders by date, ?source= / ?person= / ?organisation= / ?year= pick facets; typing keeps ?q= current.
(function () {
  'use strict';
  var FILTERS = ['source', 'person', 'organisation', 'year'];
  var SORTS = { newest: { date: 'desc' }, oldest: { date: 'asc' } };
  var params = new URLSearchParams(window.location.search);
  var query = params.get('q') || '';
  var sortName = params.get('sort') || '';

  var options = {
    element: '#search',
    showSubResults: false,
    showImages: false,
    excerptLength: 30,
    autofocus: !query,
    openFilters: FILTERS,
  };
  if (SORTS[sortName]) options.sort = SORTS[sortName];
  var ui = new PagefindUI(options);

  var filters = {};
  FILTERS.forEach(function (name) {
    var values = params.getAll(name);
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
