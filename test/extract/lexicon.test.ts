import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { isPastSpeechForm } from '../../src/extract/nlp/lexicon.ts';

describe('reporting verb forms', () => {
  it('knows past forms as verbs wherever they stand', () => {
    for (const form of ['said', 'told', 'added', 'wrote', 'described', 'quipped', 'branded']) assert.equal(isPastSpeechForm(form), true, form);
  });

  it('leaves forms that can be nouns to be told apart by their context', () => {
    // the base, -s and -ing forms ("a show", "the claims", "a saying"), and base forms listed under another verb ("brand")
    for (const form of ['say', 'says', 'saying', 'show', 'claims', 'report', 'brand', 'quip', 'put', 'read']) assert.equal(isPastSpeechForm(form), false, form);
  });
});
