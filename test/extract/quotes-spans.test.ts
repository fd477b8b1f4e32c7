import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { extractEntities } from '../../src/extract/entities.ts';
import { extractQuotes } from '../../src/extract/quotes.ts';
import { article } from './fixtures.ts';

function quoted(paragraphs: string[]): string[] {
  const input = article(paragraphs, { title: 'Test' });
  return extractQuotes(input, extractEntities(input)).map((q) => q.text);
}

describe('quote spans of two words', () => {
  it('keeps two quoted words after an article when someone named says them, unless the text uses them again as a term', () => {
    assert.deepEqual(quoted([
      'Olaf Brenner said there could be no concession on the "core rule" of the plan.',
      'Mr Brenner told the radio station the "exit passes" would be used rarely.',
      'The exit passes are issued by the ministry.',
      'Officials said a "fresh start" was needed.',
      'The chairman of the club, Olaf Brenner, has reportedly told friends the visit was a "real triumph".',
    ]), ['core rule', 'real triumph']);
  });

  it('keeps two quoted words that a preposition follows, as it goes on the sentence rather than qualifying a noun', () => {
    assert.deepEqual(quoted([
      'Mona Kerr said voters were "highly sceptical" about the promises on tax.',
      'Mona Kerr said the "take down" notices were sent.',
    ]), ['highly sceptical']);
  });

  it('keeps two quoted words that a reporting verb in the sentence gives to someone', () => {
    assert.deepEqual(quoted([
      'The ministry rejected the accusations as “patently false,” and officials said nothing more.',
      'Lena Hart further described the idea as "certainly absurd."',
      'They are focused on their customers’ “financial health,” as one bank chief told me.',
    ]), ['patently false,', 'certainly absurd.', 'financial health,']);
  });

  it('leaves out two quoted words that are a term: after an article or "to", or with no reporting verb', () => {
    assert.deepEqual(quoted([
      'The firm plans to build a “training centre” near the port, the report said.',
      'The premier vowed to continue a campaign to “modernise religion.”',
      'Shops were busy before the annual “winter sales” began.',
      'Mr Dale said he would not back the plans for “control orders” in any form.',
      'The group said it had sent the sites “take down” notices.',
    ]), []);
  });

  it('keeps a word or two said again as a sentence of its own after a quotation', () => {
    assert.deepEqual(quoted([
      'Ferry owner Ines Moll met the union on Monday.',
      '“You have to give us a fair deal today,” she said later. “Please.”',
    ]), ['You have to give us a fair deal today,', 'Please.']);
  });

  it('takes a closing single mark before "s" after a space for a possessive', () => {
    assert.deepEqual(quoted([
      'The details of the Senate ’s plenary session were shared by the clerk on Tuesday.',
      'The clerk said ‘the session will resume next week as planned’ and left.',
    ]), ['the session will resume next week as planned']);
  });

  it('ends a quotation where the next, run into the same paragraph, opens again after a full stop', () => {
    const input = [
      'Art expert Tobias Mell said: "This collection reflects a wide-ranging taste and a fine eye. "Later works from the Pop movement are set beside masterpieces from the 1980s."',
    ];
    assert.deepEqual(quoted(input), [
      'This collection reflects a wide-ranging taste and a fine eye.',
      'Later works from the Pop movement are set beside masterpieces from the 1980s.',
    ]);
  });
});
