import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import nlp from 'compromise';
import { analyse } from '../../src/extract/nlp/analyse.ts';
import { unglueLinkText } from '../../src/extract/nlp/linkText.ts';

/** compromise's tags for every term of a whole paragraph, by the offset where the term starts. */
function paragraphTags(text: string): Map<number, string[]> {
  const doc = nlp.tokenize(text) as unknown as { compute(x: string[]): void; docs: Array<Array<{ text: string; tags: Set<string>; offset?: { start: number } }>> };
  doc.compute(['lexicon', 'preTagger', 'offset']);
  const out = new Map<number, string[]>();
  for (const sentence of doc.docs) for (const term of sentence) if (term.offset && term.text) out.set(term.offset.start, [...term.tags].sort());
  return out;
}

describe('analyse: tags', () => {
  it('tags each sentence as compromise tags it within the whole paragraph', () => {
    const text = 'Dr. Ann Lowe spoke first. “We will win,” said Tom Reed, a lawyer. Then the U.N. report came out! Was it late? Yes.';
    const want = paragraphTags(text);
    const a = analyse([text]);
    let compared = 0;
    for (const t of a.tokens) {
      const tags = want.get(t.start);
      if (!tags) continue;
      assert.deepEqual([...t.tags].sort(), tags, `tags of ${t.text}`);
      compared++;
    }
    assert.ok(compared >= 20, `compared ${compared} words`);
  });

  it('gives a quotation mark the tags of the word before it, even across a sentence end', () => {
    const a = analyse(['He left. “Go,” she said.']);
    const mark = a.tokens.find((t) => t.text === '“')!;
    const before = a.tokens.find((t) => t.text === 'left')!;
    assert.deepEqual([...mark.tags].sort(), [...before.tags].sort());
    assert.ok(before.tags.has('Verb'));
  });
});

describe('unglueLinkText', () => {
  it('keeps a name glued to its hover card once and drops the card up to "MORE"', () => {
    const text = 'Rep. Dana MorrowDana MorrowTeaser about a bill | Another headline MORE (D-Ore.) said the port would close.';
    assert.equal(unglueLinkText(text), 'Rep. Dana Morrow (D-Ore.) said the port would close.');
  });
  it('parts a repeated name from the word glued after it when no card end follows', () => {
    assert.equal(unglueLinkText('Ana Kerr said Luis PardoLuis Pardoagreed.'), 'Ana Kerr said Luis Pardo agreed.');
    assert.equal(unglueLinkText('Luis PardoLuis Pardo said so.'), 'Luis Pardo said so.');
  });
  it('leaves ordinary text alone', () => {
    const text = 'Luis Pardo and Luis Pardo Jr. met in New York.';
    assert.equal(unglueLinkText(text), text);
  });
});
