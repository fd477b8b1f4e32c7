// The ordering of merged results that /pagefind/pagefind.js does in the browser for a sorted search.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { compareSortValues, sortResults } from '../../src/index/browser-search.js';

const results = (ids: string[]) => ids.map((id, n) => ({ id, score: 10 - n }));
const keys = new Map([['a', '2024-03'], ['b', '2023-01'], ['c', '2024-01-05'], ['d', '2022']]);

test('results of several shards go by their sort keys, whatever their scores', () => {
  assert.deepEqual(sortResults(results(['d', 'b', 'a', 'c']), { date: 'desc' }, keys).map((r) => r.id), ['a', 'c', 'b', 'd']);
  assert.deepEqual(sortResults(results(['a', 'c', 'b', 'd']), { date: 'asc' }, keys).map((r) => r.id), ['d', 'b', 'c', 'a']);
});

test('pages without a sort key come last, in the order they came', () => {
  assert.deepEqual(sortResults(results(['x', 'a', 'y', 'd']), { date: 'desc' }, keys).map((r) => r.id), ['a', 'd', 'x', 'y']);
});

test('without a sort the order is kept', () => {
  assert.deepEqual(sortResults(results(['d', 'b', 'a']), undefined, keys).map((r) => r.id), ['d', 'b', 'a']);
  assert.deepEqual(sortResults(results(['d', 'b', 'a']), {}, keys).map((r) => r.id), ['d', 'b', 'a']);
});

test('sort values compare as numbers when both are numbers, else as text', () => {
  assert.ok(compareSortValues('9', '10') < 0);
  assert.ok(compareSortValues('2024-09', '2024-10') < 0);
  assert.ok(compareSortValues('b', 'a') > 0);
  assert.equal(compareSortValues('2024', '2024'), 0);
});
