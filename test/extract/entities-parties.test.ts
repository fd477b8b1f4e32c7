import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { extractEntities } from '../../src/extract/entities.ts';
import { article as fixture, names } from './fixtures.ts';

const article = (paragraphs: string[]) => fixture(paragraphs, { title: 'Vote called' });

describe('extractEntities: parties named by a short form', () => {
  it('reads the short forms and names the party in full', () => {
    const e = extractEntities(article(['Labour said the plan would fail. The Tories and the Lib Dems disagreed, and Tory leader Ann Vale spoke.']));
    assert.deepEqual(names(e.organisations), ['Conservative Party', 'Labour Party', 'Liberal Democrats']);
    assert.ok(e.organisations.every((o) => o.given), 'the full name is given, so that it wins across the archive');
  });

  it('takes a word that is also an adjective only before a role, a name or "party"', () => {
    const e = extractEntities(article(['A conservative estimate came first. Democratic Senator Ann Vale spoke on Labour Day in the Democratic Republic of Congo.']));
    assert.deepEqual(names(e.organisations), ['Democratic Party']);
  });
});
