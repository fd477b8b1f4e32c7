import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import outlets from '../../src/extract/data/outlets.json' with { type: 'json' };
import { extractSource } from '../../src/extract/source.ts';
import { outletIndex } from '../../src/extract/source/outlets.ts';
import type { ExtractInput } from '../../src/extract/input.ts';
import type { FrontMatter } from '../../src/types.ts';

// A small scraped page: lines above the headline, the headline, body paragraphs, lines below.
interface PageParts {
  top?: string[];
  title?: string;
  body: string[];
  bottom?: string[];
  frontMatter?: FrontMatter;
  /** As a clean stage that found nothing to remove: no boilerplate, every line a paragraph. */
  uncleaned?: boolean;
}

function page(parts: PageParts): ExtractInput {
  const top = parts.top ?? [];
  const bottom = parts.bottom ?? [];
  const title = parts.title ?? 'Council approves new harbour plan';
  const text = [...top, title, '', ...parts.body.flatMap((p) => [p, '']), ...bottom].join('\n');
  const paragraphs = parts.uncleaned ? [...top, ...parts.body, ...bottom] : parts.body;
  return {
    document: { file: 't.txt', hash: '0', format: 'text', encoding: 'utf-8', frontMatter: parts.frontMatter ?? {}, text, repairs: [], warnings: [] },
    article: {
      title,
      titleOrigin: 'headline',
      paragraphs: paragraphs.map((t) => ({ text: t, kind: 'paragraph' as const })),
      boilerplate: parts.uncleaned ? [] : [...top, ...bottom],
    },
  };
}

const prose =
  'Officials met for several hours to discuss the proposal, and a spokesperson later said that the talks had been constructive and would continue next month.';

describe('source: front matter', () => {
  it('wins, under the canonical name of a known short form', () => {
    const guess = extractSource(page({ body: [prose], bottom: ['© 2024 The Guardian'], frontMatter: { source: 'AP' } }));
    assert.equal(guess?.name, 'Associated Press');
    assert.equal(guess?.origin, 'front-matter');
  });

  it('keeps an outlet it does not know as written', () => {
    const guess = extractSource(page({ body: [prose], frontMatter: { source: 'Harbour Courier' } }));
    assert.equal(guess?.name, 'Harbour Courier');
  });

  it('reads a known outlet from the domain of the front-matter url', () => {
    const guess = extractSource(page({ body: [prose], frontMatter: { url: 'https://www.aljazeera.com/news/2024/1/2/story' } }));
    assert.equal(guess?.name, 'Al Jazeera');
    assert.equal(guess?.origin, 'front-matter');
  });
});

describe('source: evidence in the text', () => {
  it('takes "told X" in the body as the outlet doing the interview', () => {
    const guess = extractSource(page({ body: [prose, '“We will not give up,” Maria Lopez told VOA in an interview on Friday.'] }));
    assert.equal(guess?.name, 'Voice of America');
    assert.equal(guess?.origin, 'text');
    assert.match(guess!.evidence, /told VOA/);
  });

  it('takes an "X report" sign-off line', () => {
    const guess = extractSource(page({ body: [prose, prose], bottom: ['  • VOA report'] }));
    assert.equal(guess?.name, 'Voice of America');
  });

  it('takes the holder of the copyright line, under its canonical name', () => {
    const guess = extractSource(page({ body: [prose], bottom: ['Privacy | Terms', '© 2024 Guardian News & Media Limited or its affiliated companies. All rights reserved.'] }));
    assert.equal(guess?.name, 'The Guardian');
  });

  it('reads a site it does not know from its footer: "Support X" and the copyright holder', () => {
    const guess = extractSource(
      page({ body: [prose, prose], bottom: ['Support the Harbour Courier | Contact | Newsletter', 'Copyright © 2023 The Harbour Courier. All rights reserved.'] }),
    );
    assert.equal(guess?.name, 'The Harbour Courier');
  });

  it('spells out an acronym the site uses for itself when the page has the full name', () => {
    const guess = extractSource(
      page({
        body: [prose],
        bottom: ['Subscribe to NDW', 'While browsing North Dakota Wire you can help readers elsewhere reach it.', 'NDW is a non-profit media site, and we need your support.'],
      }),
    );
    assert.equal(guess?.name, 'North Dakota Wire');
  });

  it('gives an agency story to the outlet that carries it, with the agency recorded', () => {
    const guess = extractSource(
      page({
        body: [`GENEVA (AP) — ${prose}`, prose],
        bottom: ['Support the Valley Ledger', 'Copyright © 2023 Valley Ledger. All rights reserved.'],
      }),
    );
    assert.equal(guess?.name, 'Valley Ledger');
    assert.equal(guess?.agency, 'Associated Press');
  });

  it('gives an agency story with no other outlet in sight to the agency', () => {
    const guess = extractSource(page({ body: [`GENEVA (AFP) - ${prose}`, prose] }));
    assert.equal(guess?.name, 'Agence France-Presse');
    assert.equal(guess?.agency, undefined);
  });

  it('does not take outlets the body merely cites', () => {
    const guess = extractSource(
      page({
        body: [
          `Reuters reported on Monday that the plan had been delayed. ${prose}`,
          'Meanwhile, CNN’s Jane Porter reports that the mayor has written to the minister about the harbour.',
          `According to The New York Times, the cost has doubled. ${prose}`,
        ],
      }),
    );
    assert.equal(guess, null);
  });

  it('prefers the page furniture to outlets cited in the body', () => {
    const guess = extractSource(
      page({ body: [`The New York Times reported that the plan had stalled. ${prose}`, prose], bottom: ['Copyright © 2022 The Guardian. All rights reserved.'] }),
    );
    assert.equal(guess?.name, 'The Guardian');
  });

  it('counts "told X" inside a quoted excerpt of another outlet against X', () => {
    const guess = extractSource(
      page({
        body: [
          'At the Harbour Times, Ann Lee reports:',
          `A resident, Tom Price, told Reuters that the water had risen overnight. ${prose} [Source]`,
          prose,
        ],
      }),
    );
    assert.notEqual(guess?.name, 'Reuters');
  });

  it('does not read a common word as an outlet ("The Sun rose")', () => {
    const guess = extractSource(page({ body: [`The Sun rose over the harbour as the boats came in. ${prose}`, prose] }));
    assert.equal(guess, null);
  });

  it('does not take menu words for a site name', () => {
    const guess = extractSource(page({ top: ['Opinion', 'Politics', 'Sport', 'Opinion', 'Politics'], body: [prose, prose], bottom: ['Opinion', 'Sport'] }));
    assert.equal(guess, null);
  });

  it('works when the clean stage removed nothing', () => {
    const guess = extractSource(
      page({ top: ['Home', 'World'], body: [prose, prose], bottom: ['Subscribe to the Valley Ledger', '© 2021 Valley Ledger'], uncleaned: true }),
    );
    assert.equal(guess?.name, 'Valley Ledger');
  });

  it('names a site it does not know after the domain the page keeps printing', () => {
    const guess = extractSource(page({ body: [prose, prose], bottom: ['E-mail: desk@harbourpost.net', 'harbourpost.net/about'] }));
    assert.equal(guess?.name, 'harbourpost.net');
  });

  it('gives the front-matter address to the name the page uses for that site', () => {
    const guess = extractSource(
      page({ top: ['Contact Harbour Post', 'News', 'Sport'], body: [prose, prose], frontMatter: { url: 'https://www.harbourpost.net/news/2024/council-plan' } }),
    );
    assert.equal(guess?.name, 'Harbour Post');
  });

  it('is null without any evidence', () => {
    assert.equal(extractSource(page({ body: [prose, prose] })), null);
  });
});

describe('source: the outlet list', () => {
  it('gives every name, form and domain to one outlet only', () => {
    const owner = new Map<string, string>();
    for (const o of outlets.outlets) {
      for (const form of [o.name, ...o.forms, ...o.short, ...o.weak, ...o.domains.map((d) => `domain:${d}`)]) {
        const before = owner.get(form);
        assert.ok(before === undefined || before === o.name, `${form} is both ${before} and ${o.name}`);
        owner.set(form, o.name);
      }
    }
  });

  it('finds names, short forms and domains in a line, longest first', () => {
    const found = outletIndex.find('© 2019 The New York Times Company | WSJ.com | Visit www.bbc.co.uk');
    assert.deepEqual(
      found.map((m) => m.outlet.name),
      ['The New York Times', 'The Wall Street Journal', 'BBC News'],
    );
  });
});
