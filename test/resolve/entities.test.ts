import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { clusterEntities } from '../../src/resolve/entities.ts';
import { resolveArchive } from '../../src/resolve/index.ts';
import type { ArticleDraft, ExtractedEntity } from '../../src/types.ts';

const person = (name: string, ...forms: string[]): ExtractedEntity => ({ kind: 'person', name, forms: [name, ...forms] });
const org = (name: string, ...forms: string[]): ExtractedEntity => ({ kind: 'organisation', name, forms: [name, ...forms] });

function draft(file: string, people: ExtractedEntity[], organisations: ExtractedEntity[] = []): ArticleDraft {
  return {
    file, hash: file, title: `Story ${file}`, titleOrigin: 'headline', tags: [], source: null, date: null,
    paragraphs: [{ text: 'Body.', kind: 'paragraph' }], people, organisations, quotes: [], warnings: [],
  };
}

/** The cluster names, each with the sorted article indices it spans. */
function clusters(drafts: ArticleDraft[], kind: 'person' | 'organisation') {
  return clusterEntities(drafts, kind)
    .map((c) => `${c.name}: ${[...new Set(c.members.map((m) => m.article))].sort().join(',')}`)
    .sort();
}

describe('clusterEntities', () => {
  it('joins accent variants and names the entity by the accented form', () => {
    const drafts = [draft('a', [person('Zoe Lindqvist')]), draft('b', [person('Zoë Lindqvist', 'Lindqvist')])];
    assert.deepEqual(clusters(drafts, 'person'), ['Zoë Lindqvist: 0,1']);
  });

  it('names the entity by its given name rather than an initial, however often the initial is used', () => {
    const drafts = [draft('a', [person('B Colby')]), draft('b', [person('B Colby')]), draft('c', [person('Ben Colby', 'B Colby')])];
    assert.deepEqual(clusters(drafts, 'person'), ['Ben Colby: 0,1,2']);
  });

  it('names the entity as front matter does, across the archive', () => {
    const fromText = [draft('a', [person('Ana Silva')]), draft('b', [person('Ana Maria Silva', 'Silva')])];
    assert.deepEqual(clusters(fromText, 'person'), ['Ana Maria Silva: 0,1']);
    const given = [draft('a', [{ ...person('Ana Silva'), given: true }]), draft('b', [person('Ana Maria Silva', 'Silva')])];
    assert.deepEqual(clusters(given, 'person'), ['Ana Silva: 0,1']);
  });

  it('never reads a given full name as the short form of a longer one', () => {
    const drafts = [draft('a', [], [{ ...org('Harbour Party'), given: true }]), draft('b', [], [org('Northern Harbour Party')])];
    assert.deepEqual(clusters(drafts, 'organisation'), ['Harbour Party: 0', 'Northern Harbour Party: 1']);
    const fromText = [draft('a', [], [org('Harbour Party')]), draft('b', [], [org('Northern Harbour Party')])];
    assert.deepEqual(clusters(fromText, 'organisation'), ['Northern Harbour Party: 0,1']);
  });

  it('joins an acronym to the name another article spells it out as', () => {
    const drafts = [
      draft('a', [], [org('Marine Data Council', 'MDC')]),
      draft('b', [], [org('MDC')]),
      draft('c', [], [org('Marine Data Council')]),
    ];
    assert.deepEqual(clusters(drafts, 'organisation'), ['Marine Data Council: 0,1,2']);
  });

  it('keeps apart two names that spell the same acronym', () => {
    const drafts = [
      draft('a', [], [org('Maritime Safety Board', 'MSB')]),
      draft('b', [], [org('Municipal Sports Bureau', 'MSB')]),
    ];
    assert.deepEqual(clusters(drafts, 'organisation'), ['Maritime Safety Board: 0', 'Municipal Sports Bureau: 1']);
  });

  it('joins transliteration variants of one name', () => {
    const drafts = [draft('a', [person('Mohammed Alami')]), draft('b', [person('Muhammed Alami')])];
    assert.equal(clusterEntities(drafts, 'person').length, 1);
  });

  it('keeps apart two people whose surnames differ by a letter that is no spelling variant', () => {
    const drafts = [draft('a', [person('Oren Clark')]), draft('b', [person('Oren Clarke')]), draft('c', [person('Ines Philips')]), draft('d', [person('Ines Phillips')])];
    assert.equal(clusterEntities(drafts, 'person').length, 4);
    const variants = [draft('a', [person('Dmytro Zelensky')]), draft('b', [person('Dmytro Zelenskyy')]), draft('c', [person('Ayşe Türk')]), draft('d', [person('Ayse Turk')])];
    assert.equal(clusterEntities(variants, 'person').length, 2);
  });

  it('keeps two people who share a surname apart, and a bare surname that could be either alone', () => {
    const drafts = [draft('a', [person('Pia Moreau', 'Moreau')]), draft('b', [person('Luc Moreau')]), draft('c', [person('Moreau')])];
    assert.deepEqual(clusters(drafts, 'person'), ['Luc Moreau: 1', 'Moreau: 2', 'Pia Moreau: 0']);
  });

  it('gives a bare surname to the only person of the archive with it', () => {
    const drafts = [draft('a', [person('Pia Moreau')]), draft('b', [person('Moreau')])];
    assert.deepEqual(clusters(drafts, 'person'), ['Pia Moreau: 0,1']);
  });

  it('gives a short organisation name to the only full name it can stand for', () => {
    const drafts = [draft('a', [], [org('Danish Ministry of Fisheries')]), draft('b', [], [org('Fisheries Ministry')])];
    assert.deepEqual(clusters(drafts, 'organisation'), ['Danish Ministry of Fisheries: 0,1']);
  });

  it('does not join organisations through a general short form one article used', () => {
    const drafts = [
      draft('a', [], [org('Danish Foreign Ministry', 'Foreign Ministry')]),
      draft('b', [], [org('Polish Foreign Ministry', 'Foreign Ministry')]),
    ];
    assert.deepEqual(clusters(drafts, 'organisation'), ['Danish Foreign Ministry: 0', 'Polish Foreign Ministry: 1']);
  });
});

describe('resolveArchive: entities', () => {
  it('gives one id to one person across articles and names quotes by the canonical name', () => {
    const a = draft('a.txt', [person('Zoë Lindqvist')]);
    const b = draft('b.txt', [person('Zoe Lindqvist', 'Lindqvist')]);
    b.quotes = [{ text: 'We will build it.', speaker: { name: 'Zoe Lindqvist', kind: 'person' }, paragraph: 0 }];
    const archive = resolveArchive([a, b]);
    assert.equal(archive.people.length, 1);
    const [p] = archive.people;
    assert.equal(p!.name, 'Zoë Lindqvist');
    assert.deepEqual(p!.aliases.sort(), ['Lindqvist', 'Zoe Lindqvist']);
    assert.deepEqual(archive.articles.map((x) => x.people.map((r) => r.id)), [[p!.id], [p!.id]]);
    assert.deepEqual(archive.articles[1]!.quotes[0]!.speaker, { id: p!.id, name: 'Zoë Lindqvist', type: 'person' });
  });
});
