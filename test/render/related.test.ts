import assert from 'node:assert/strict';
import { test } from 'node:test';
import { companions, relatedArticles } from '../../src/render/related.ts';

const keys = [
  ['p:a', 'p:b', 'o:x'], // 0
  ['p:a', 'p:b'], // 1: shares two rare people with 0
  ['o:x', 'p:c'], // 2: shares one with 0
  ['p:c'], // 3
  [], // 4: shares nothing
];

test('related articles share most, rarest entities first; unrelated ones never appear', () => {
  const related = relatedArticles(keys, { limit: 5, maxPostings: 100 });
  assert.deepEqual(related[0], [1, 2]);
  assert.deepEqual(related[3], [2]);
  assert.deepEqual(related[4], []);
  assert.ok(!related.some((list, i) => list.includes(i)));
});

test('entities in too many articles are not walked', () => {
  const related = relatedArticles([['p:common'], ['p:common'], ['p:common']], { limit: 5, maxPostings: 2 });
  assert.deepEqual(related, [[], [], []]);
});

test('the limit and the tie-break decide among equals', () => {
  const flat = [['p:a'], ['p:a'], ['p:a'], ['p:a']];
  const related = relatedArticles(flat, { limit: 2, maxPostings: 10, tieBreak: (_a, c) => -c });
  assert.deepEqual(related[0], [3, 2]);
});

test('companions count shared articles, most first', () => {
  assert.deepEqual(companions('p:a', [0, 1], keys), [
    { key: 'p:b', count: 2 },
    { key: 'o:x', count: 1 },
  ]);
});
