import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { extractDate } from '../../src/extract/date.ts';
import type { ExtractInput } from '../../src/extract/input.ts';
import type { FrontMatter } from '../../src/types.ts';

// A small scraped page: lines above the headline, the headline, body paragraphs, lines below.
interface PageParts {
  top?: string[];
  title?: string;
  underTitle?: string[];
  body: string[];
  bottom?: string[];
  frontMatter?: FrontMatter;
}

function page(parts: PageParts): ExtractInput {
  const top = parts.top ?? [];
  const under = parts.underTitle ?? [];
  const bottom = parts.bottom ?? [];
  const title = parts.title ?? 'Council approves new harbour plan';
  const text = [...top, title, ...under, '', ...parts.body.flatMap((p) => [p, '']), ...bottom].join('\n');
  return {
    document: { file: 't.txt', hash: '0', format: 'text', encoding: 'utf-8', frontMatter: parts.frontMatter ?? {}, text, repairs: [], warnings: [] },
    article: {
      title,
      titleOrigin: 'headline',
      paragraphs: parts.body.map((t) => ({ text: t, kind: 'paragraph' as const })),
      boilerplate: [...top, ...under, ...bottom],
    },
  };
}

const now = new Date('2025-06-01T12:00:00Z');
const prose =
  'Officials met for several hours to discuss the proposal, and a spokesperson later said that the talks had been constructive and useful.';

describe('date: front matter and address', () => {
  it('takes the front-matter date with its precision', () => {
    const guess = extractDate(page({ body: [prose], underTitle: ['Published: March 4, 2024'], frontMatter: { date: '2023-05' } }), { now });
    assert.deepEqual(guess, { value: '2023-05', precision: 'month', origin: 'front-matter', evidence: 'front matter' });
  });

  it('reads a date in the path of the front-matter url', () => {
    const guess = extractDate(page({ body: [prose], frontMatter: { url: 'https://example.org/2021/07/14/harbour-plan/' } }), { now });
    assert.equal(guess?.value, '2021-07-14');
    assert.equal(guess?.precision, 'day');
  });
});

describe('date: printed on the page', () => {
  it('takes a "Published" line under the headline', () => {
    const guess = extractDate(page({ top: ['Home', 'News'], underTitle: ['Published: March 4, 2024 at 10:00 am'], body: [prose, prose] }), { now });
    assert.equal(guess?.value, '2024-03-04');
    assert.equal(guess?.precision, 'day');
    assert.equal(guess?.origin, 'text');
    assert.match(guess!.evidence, /Published: March 4, 2024/);
  });

  it('prefers the published date to the updated one on the same line', () => {
    const guess = extractDate(page({ underTitle: ['Published 3 March 2024 | Updated 5 March 2024'], body: [prose] }), { now });
    assert.equal(guess?.value, '2024-03-03');
  });

  it('takes a byline with a date', () => {
    const guess = extractDate(page({ underTitle: ['By Jane Doe | Jan 9, 2023, 4:15 PM EST'], body: [prose, prose] }), { now });
    assert.equal(guess?.value, '2023-01-09');
  });

  it('takes a dateline opening the story', () => {
    const guess = extractDate(page({ body: [`BEIJING, March 5, 2024 — ${prose}`, prose] }), { now });
    assert.equal(guess?.value, '2024-03-05');
  });

  it('reads dates written in other languages', () => {
    const guess = extractDate(page({ underTitle: ['Publicado em 22 de outubro de 2010 às 20:13'], body: [prose] }), { now });
    assert.equal(guess?.value, '2010-10-22');
  });

  it('does not take the date of an embedded tweet for the article’s', () => {
    const guess = extractDate(
      page({ body: [prose, '— Jane Roe (@janeroe) May 2, 2020', prose], bottom: ['© 2023 Valley Ledger. All rights reserved.'] }),
      { now },
    );
    assert.equal(guess?.value, '2023');
    assert.equal(guess?.precision, 'year');
  });

  it('refuses a printed date after now', () => {
    const guess = extractDate(page({ underTitle: ['Published: March 4, 2031'], body: [prose] }), { now });
    assert.equal(guess, null);
  });
});

describe('date: reasoned from the body', () => {
  it('counts a weekday forward from an explicit date', () => {
    const guess = extractDate(
      page({
        body: [
          'On Monday, March 4, 2024, the ministry announced a review of the harbour plan after weeks of protests.',
          'On Wednesday, officials said the review would begin at once and report to the council within a month.',
        ],
      }),
      { now },
    );
    assert.equal(guess?.value, '2024-03-06');
    assert.equal(guess?.precision, 'day');
    assert.match(guess!.evidence, /Wednesday/);
  });

  it('gives a year when only year-level reasoning is possible ("two years on from its 2022 report")', () => {
    const guess = extractDate(
      page({
        body: [
          'The rights office said problems persist, two years on from its landmark report on the region.',
          'The report, released in August 2022, found evidence of serious abuses in the region and its camps.',
        ],
      }),
      { now },
    );
    assert.deepEqual([guess?.value, guess?.precision], ['2024', 'year']);
    assert.match(guess!.evidence, /two years on/);
  });

  it('gives a month when the latest date the text refers to is a month', () => {
    const guess = extractDate(page({ body: [`In March 2023, the council voted to extend the harbour wall. ${prose}`, prose] }), { now });
    assert.deepEqual([guess?.value, guess?.precision], ['2023-03', 'month']);
  });

  it('reads no date from a decade written without "the" ("created in 1970s")', () => {
    const guess = extractDate(page({ body: [`The reserve, created in 1970s, was drawn on in 2004. ${prose}`, prose] }), { now });
    assert.deepEqual([guess?.value, guess?.precision], ['2004', 'year']);
  });

  it('leaves out dates of things still to come', () => {
    const guess = extractDate(
      page({ body: [`The summit will be held on June 3, 2025, in the old town hall. ${prose}`, `The plan was first drawn up in 2019. ${prose}`] }),
      { now },
    );
    assert.deepEqual([guess?.value, guess?.precision], ['2019', 'year']);
  });

  it('falls back on the year of the site’s copyright line', () => {
    const guess = extractDate(page({ body: [prose, prose], bottom: ['Privacy', '© 2005-2022 Valley Ledger. All rights reserved.'] }), { now });
    assert.deepEqual([guess?.value, guess?.precision], ['2022', 'year']);
  });

  it('gives a date printed without its year the year of the site’s copyright line', () => {
    const guess = extractDate(
      page({ underTitle: ['Updated Mar 9, 6:55 AM; Posted Mar 8, 6:51 AM'], body: [prose, prose], bottom: ['© 2023 Valley Ledger. All rights reserved.'] }),
      { now },
    );
    assert.deepEqual([guess?.value, guess?.precision], ['2023-03-08', 'day']);
  });

  it('does not take a yearless date from a comment below the story, nor one after now', () => {
    const comment = extractDate(page({ body: [prose, prose], bottom: ['Reader12 Mar 8, 6:51 AM', 'Nice piece.', '© 2023 Valley Ledger.'] }), { now });
    assert.deepEqual([comment?.value, comment?.precision], ['2023', 'year']);
    const future = extractDate(page({ underTitle: ['Posted Dec 8'], body: [prose, prose], bottom: ['© 2025 Valley Ledger.'] }), { now });
    assert.deepEqual([future?.value, future?.precision], ['2025', 'year']);
  });

  it('is null without any evidence', () => {
    assert.equal(extractDate(page({ body: [prose, prose] }), { now }), null);
  });
});
