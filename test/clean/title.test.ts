import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { cleanArticle } from '../../src/clean/index.ts';
import { metaLine } from '../../src/clean/title.ts';
import { readPage } from '../../src/clean/features.ts';
import type { SeedDocument } from '../../src/types.ts';

function page(lines: string[]): SeedDocument {
  return {
    file: 'page.txt',
    hash: '0'.repeat(64),
    format: 'text',
    encoding: 'utf-8',
    frontMatter: {},
    text: lines.join('\n'),
    repairs: [],
    warnings: [],
  };
}

const titleOf = (lines: string[]) => cleanArticle(page(lines)).title;

// An invented story: the paragraphs every fixture below ends with.
const HEADLINE = 'Harbour ferry returns after winter repairs';
const BODY = [
  'The harbour ferry carried its first passengers of the year on Monday, after three months in the dry dock at the northern pier.',
  'Workers replaced the engine and the deck boards, and the town paid for a new ramp so that bicycles and prams can board at low tide.',
  'The captain said the crossing now takes twelve minutes, four fewer than last summer, and that tickets keep last year’s price.',
  'Timetables are posted at both piers and the first evening crossing will run on Friday if the weather allows it.',
];
const MENU = ['Home', 'News', 'Sport', 'Business', 'Opinion', 'Weather'];

describe('findHeadline through cleanArticle', () => {
  it('prefers the headline above the date to a question put to the reader higher up', () => {
    const lines = ['Got a story idea?', ...MENU, 'Got a story idea?', 'Contact', 'Careers', 'Advertise', 'Events', HEADLINE, 'March 3, 2024 10:15 AM', ...BODY];
    assert.equal(titleOf(lines), HEADLINE);
  });

  it('prefers the headline to a share-bar label that stands nearer the body', () => {
    const lines = [...MENU, HEADLINE, 'By Jane Example', 'March 3, 2024', 'Facebook', 'Twitter', 'More ways to share this', 'Email', 'Print', ...BODY];
    assert.equal(titleOf(lines), HEADLINE);
  });

  it('does not count a menu printed twice as a repeated headline', () => {
    const menu = ['Facebook', 'Twitter', 'Links open in another window', 'Close panel'];
    const lines = [...MENU, HEADLINE, '3 March 2024', ...menu, 'Weather', ...menu, ...BODY];
    assert.equal(titleOf(lines), HEADLINE);
  });

  it('takes the headline, not the name of the author printed under it without "By"', () => {
    const lines = [...MENU, HEADLINE, 'Jane Example Harbour Gazette', 'Published 10:02 AM EST Mar 3, 2024', ...BODY];
    assert.equal(titleOf(lines), HEADLINE);
    const handle = [HEADLINE, 'Jane Example @janeexample / 2 days', ...BODY];
    assert.equal(titleOf(handle), HEADLINE);
  });

  it('takes the headline above a video caption heading that sits right above the body', () => {
    const lines = [...MENU, HEADLINE, 'Updated on: March 3, 2024 / 10:07 AM', 'Video: the ferry leaves the dry dock', ...BODY];
    assert.equal(titleOf(lines), HEADLINE);
  });

  it('takes the headline over its standfirst, and not the first sentence of the body', () => {
    const standfirst = 'The town paid for a new ramp while the boat was out of the water';
    const lines = [...MENU, HEADLINE, standfirst, 'By Jane Example', 'March 3, 2024', ...BODY];
    const article = cleanArticle(page(lines));
    assert.equal(article.title, HEADLINE);
    assert.equal(article.paragraphs[0]?.text, BODY[0], 'the lede stays in the body');
  });

  it('takes the headline over a standfirst without a full stop, in a clean text with no byline or date', () => {
    const lines = ['Ferry returns to the harbour', '', 'Passengers are getting their crossing back after a winter of repairs at the pier', '', ...BODY.flatMap((p) => [p, ''])];
    const article = cleanArticle(page(lines));
    assert.equal(article.title, 'Ferry returns to the harbour');
  });

  it('prefers the line a breadcrumb repeats', () => {
    const lines = ['Home', `News › Harbour › ${HEADLINE}`, 'Read the latest edition', HEADLINE, ...BODY];
    assert.equal(titleOf(lines), HEADLINE);
  });

  it('does not take a link to a translation in another script', () => {
    const lines = [...MENU, HEADLINE, 'A standfirst that sums the story up in one sentence for readers.', 'By Jane Example', '阅读中文版', ...BODY];
    assert.equal(titleOf(lines), HEADLINE);
  });

  it('falls back to a title from the lede when no line above the body is a headline', () => {
    const article = cleanArticle(page(BODY));
    assert.equal(article.titleOrigin, 'lede');
    assert.ok(article.title.startsWith('The harbour ferry carried its first passengers'), article.title);
  });
});

describe('metaLine', () => {
  const line = (text: string) => readPage(`${text}\n`).lines[0]!;
  it('knows bylines and dates', () => {
    for (const text of ['By Jane Example', 'Monday 5:30PM', '2024-03-03', 'Posted on 30 Maret 2015', '03.03.2024', 'Jane Example @janeexample']) {
      assert.ok(metaLine(line(text)), text);
    }
  });
  it('does not take a headline that starts like a byline word or holds a year', () => {
    for (const text of ['Diaspora groups urge action', '2024 Harbour Regatta results', 'Bystanders rescue a swimmer']) {
      assert.ok(!metaLine(line(text)), text);
    }
  });
});
