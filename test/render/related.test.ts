import assert from 'node:assert/strict';
import { test } from 'node:test';
import { companionsByGroup, relatedArticles, topK } from '../../src/render/related.ts';

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

const all = () => 'all';

test('companions count shared articles, most first', () => {
  assert.deepEqual(companionsByGroup('p:a', [0, 1], keys, all).get('all'), [
    { key: 'p:b', count: 2 },
    { key: 'o:x', count: 1 },
  ]);
});

test('topK keeps the first k in order without sorting everything', () => {
  const items = [5, 3, 9, 1, 7, 3, 8];
  assert.deepEqual(topK(items, 3, (a, b) => b - a), [9, 8, 7]);
  assert.deepEqual(topK(items, 10, (a, b) => a - b), [1, 3, 3, 5, 7, 8, 9]);
  assert.deepEqual(topK([], 2, (a: number, b: number) => a - b), []);
});

test('companions can be limited and filtered by kind', () => {
  assert.deepEqual(companionsByGroup('p:a', [0, 1, 2], keys, (k) => (k.startsWith('o:') ? 'all' : null), 1).get('all'), [{ key: 'o:x', count: 2 }]);
});

test('companions of every kind are counted in one pass, each kind limited on its own', () => {
  const groups = companionsByGroup('p:a', [0, 1, 2], keys, (k) => (k.startsWith('p:') ? 'people' : 'organisations'), 1);
  assert.deepEqual(Object.fromEntries(groups), { people: [{ key: 'p:b', count: 2 }], organisations: [{ key: 'o:x', count: 2 }] });
});

test('an entity listed twice in one article counts once, and a group of null leaves a key out', () => {
  const groups = companionsByGroup('p:a', [0, 1], [['p:a', 'p:b', 'p:b', 'o:x'], ['p:b']], (k) => (k.startsWith('p:') ? 'people' : null));
  assert.deepEqual(Object.fromEntries(groups), { people: [{ key: 'p:b', count: 2 }] });
});
