import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { recordsChunks, serializeRecords } from '../../src/resolve/records.ts';
import type { Archive } from '../../src/types.ts';
import { fixtureArchive } from '../fixtures/site/archive.ts';

describe('records.json', () => {
  it('gives, piece by piece, exactly the bytes of the whole archive as indented JSON', () => {
    const archive = fixtureArchive();
    const chunks = [...recordsChunks(archive)];
    assert.ok(chunks.length > archive.articles.length, 'one piece per article at least');
    assert.equal(chunks.join(''), JSON.stringify(archive, null, 2) + '\n');
    assert.equal(serializeRecords(archive), JSON.stringify(archive, null, 2) + '\n');
  });

  it('writes empty lists and fields left out the way JSON.stringify does', () => {
    const archive = { articles: [], people: [], organisations: [], sources: [], extra: undefined } as unknown as Archive;
    assert.equal(serializeRecords(archive), JSON.stringify(archive, null, 2) + '\n');
  });

  it('indents items of every shape the way JSON.stringify does: nested, empty, multi-line text, missing, plain values', () => {
    const items = [
      { a: { b: [1, { c: [] }], d: {} }, e: 'two\nlines "quoted"', f: undefined, g: null },
      [],
      {},
      'text',
      7,
      null,
      undefined,
      [[['deep']]],
    ];
    const archive = { articles: items, people: [{}], organisations: [], sources: [] } as unknown as Archive;
    assert.equal(serializeRecords(archive), JSON.stringify(archive, null, 2) + '\n');
  });
});
