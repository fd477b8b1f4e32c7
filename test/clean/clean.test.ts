import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { cleanArticle } from '../../src/clean/index.ts';
import type { FrontMatter, SeedDocument } from '../../src/types.ts';

function seed(text: string, options: { format?: 'text' | 'markdown'; frontMatter?: FrontMatter } = {}): SeedDocument {
  return {
    file: options.format === 'markdown' ? 'story.md' : 'story.txt',
    hash: '0'.repeat(64),
    format: options.format ?? 'text',
    encoding: 'utf-8',
    frontMatter: options.frontMatter ?? {},
    text,
    repairs: [],
    warnings: [],
  };
}

const bodyOf = (text: string, options?: Parameters<typeof seed>[1]) => cleanArticle(seed(text, options)).paragraphs.map((p) => p.text);

// Paragraphs of a small invented story, reused by the fixtures below.
const P1 = 'The town council voted on Tuesday to rebuild the old stone bridge over the river, after months of debate about the cost and the route of the new road.';
const P2 = 'Residents had asked for the work to start before the winter, when the water rises and the ferry is the only way to reach the market on the other bank.';
const P3 = 'The mayor said that the money would come from the regional fund and that the first stones could be laid in the spring if the weather allows it.';
const P4 = 'Engineers will inspect the foundations next month, and a public meeting is planned for the week after their report is published.';

describe('cleanArticle', () => {
  it('keeps already-clean text whole: the first line is the title, every paragraph is the body', () => {
    const text = `Council votes to rebuild the stone bridge\n\n${P1}\n\n${P2}\n\n${P3}\n\nNobody objected.\n`;
    const article = cleanArticle(seed(text));
    assert.equal(article.title, 'Council votes to rebuild the stone bridge');
    assert.equal(article.titleOrigin, 'headline');
    assert.deepEqual(article.paragraphs.map((p) => p.text), [P1, P2, P3, 'Nobody objected.']);
    assert.deepEqual(article.boilerplate, []);
  });

  it('drops navigation lines above the article and keeps them as boilerplate', () => {
    const text = ['Home', 'News', 'Sport', 'Weather', 'Sign in', 'Subscribe', '', 'Council votes to rebuild the stone bridge', '', P1, '', P2, '', P3].join('\n');
    const article = cleanArticle(seed(text));
    assert.deepEqual(article.paragraphs.map((p) => p.text), [P1, P2, P3]);
    assert.ok(article.boilerplate.includes('Sign in'));
    assert.ok(article.boilerplate.includes('Home'));
  });

  it('finds the headline repeated near the top, not the breadcrumb that ends with it', () => {
    const headline = 'Council votes to rebuild the stone bridge';
    const text = [`Home News ${headline}`, '', headline, '', headline, '', P1, '', P2, '', P3].join('\n');
    const article = cleanArticle(seed(text));
    assert.equal(article.title, headline);
    assert.equal(article.titleOrigin, 'headline');
    assert.deepEqual(article.paragraphs.map((p) => p.text), [P1, P2, P3]);
    assert.ok(!article.boilerplate.includes(headline), 'the headline is the title, not boilerplate');
  });

  it('removes reading-time markers, bylines and dates above the lede, keeping them as boilerplate', () => {
    const text = ['Council votes to rebuild the stone bridge', '', '4 min read', 'By Jane Example', 'Published March 3, 2024 10:15 am', '', P1, '', P2, '', P3].join('\n');
    const article = cleanArticle(seed(text));
    assert.deepEqual(article.paragraphs.map((p) => p.text), [P1, P2, P3]);
    for (const line of ['4 min read', 'By Jane Example', 'Published March 3, 2024 10:15 am']) assert.ok(article.boilerplate.includes(line), line);
  });

  it('removes a photo caption with its credit from the middle of the body', () => {
    const caption = 'The old bridge at dusk, seen from the ferry landing. Photo: Sam Lens/Example Agency';
    const text = ['Council votes to rebuild the stone bridge', '', P1, '', P2, '', caption, '', P3, '', P4].join('\n');
    const body = bodyOf(text);
    assert.deepEqual(body, [P1, P2, P3, P4]);
  });

  it('removes a related-story teaser that sits next to a caption', () => {
    const text = [
      'Council votes to rebuild the stone bridge', '', P1, '', P2, '',
      'A ferryman waits for passengers on the east bank. (Sam Lens/Example Agency)',
      'Why The River Town Still Depends On Its Ferry',
      P3, '', P4,
    ].join('\n');
    const body = bodyOf(text);
    assert.deepEqual(body, [P1, P2, P3, P4]);
  });

  it('drops a promo block, an app link and a footer after the article', () => {
    const text = [
      'Council votes to rebuild the stone bridge', '', P1, '', P2, '', P3, '',
      'Sign up for our newsletter',
      'Get the best stories delivered to your inbox every morning.',
      'Email address',
      'Subscribe',
      'Download the app on Google Play',
      'We need your support. Your contribution helps us keep reporting on the towns along the river, so please donate now.',
      'Privacy Policy | Terms of Use | Contact',
      '© 2024 Example Media. All rights reserved.',
    ].join('\n');
    const article = cleanArticle(seed(text));
    assert.deepEqual(article.paragraphs.map((p) => p.text), [P1, P2, P3]);
    assert.ok(article.boilerplate.includes('© 2024 Example Media. All rights reserved.'));
  });

  it('keeps a subheading of the article as a heading paragraph', () => {
    const text = ['Council votes to rebuild the stone bridge', '', P1, '', P2, '', 'What happens next', '', P3, '', P4].join('\n');
    const article = cleanArticle(seed(text));
    assert.deepEqual(article.paragraphs, [
      { text: P1, kind: 'paragraph' },
      { text: P2, kind: 'paragraph' },
      { text: 'What happens next', kind: 'heading' },
      { text: P3, kind: 'paragraph' },
      { text: P4, kind: 'paragraph' },
    ]);
  });

  it('makes a short title from the lede when the text starts without a headline, and keeps the lede', () => {
    const text = [P1, P2, P3].join('\n');
    const article = cleanArticle(seed(text));
    assert.equal(article.titleOrigin, 'lede');
    assert.ok(article.title.startsWith('The town council voted on Tuesday'), article.title);
    assert.ok(article.title.split(' ').length <= 15, article.title);
    assert.equal(article.paragraphs[0]?.text, P1);
    assert.equal(article.paragraphs.length, 3);
  });

  it('lets the front-matter title win and drops its copy from the body', () => {
    const text = ['Bridge vote', '', P1, '', P2].join('\n');
    const article = cleanArticle(seed(text, { frontMatter: { title: 'Bridge vote' } }));
    assert.equal(article.title, 'Bridge vote');
    assert.equal(article.titleOrigin, 'front-matter');
    assert.deepEqual(article.paragraphs.map((p) => p.text), [P1, P2]);
  });

  it('does not let a comments section after the article take its place', () => {
    const comment = 'I have crossed that bridge every day for twenty years and I think it is about time that somebody did something about the cracks in the stone, which get worse every winter when the frost comes.';
    const text = [
      'Council votes to rebuild the stone bridge', '', P1, '', P2, '', P3, '',
      '12 Comments',
      'riverfan', '2 days ago at 07:52 am', comment, 'Reply',
      'oldtowner', '2 days ago at 08:10 am', `${comment} ${comment}`, 'Reply',
      'walker', '1 day ago at 09:30 am', `${comment} ${comment}`, 'Reply',
    ].join('\n');
    assert.deepEqual(bodyOf(text), [P1, P2, P3]);
  });
});

describe('cleanArticle on Markdown', () => {
  it('takes a top heading as the title and turns the rest into plain paragraphs and headings', () => {
    const md = `# Council votes to rebuild the bridge\n\nThe **town council** voted on Tuesday to rebuild the [old stone bridge](https://example.org/bridge) after months of debate.\n\n## What happens next\n\nEngineers will inspect the foundations next month, and a public meeting is planned.\n`;
    const article = cleanArticle(seed(md, { format: 'markdown' }));
    assert.equal(article.title, 'Council votes to rebuild the bridge');
    assert.equal(article.titleOrigin, 'headline');
    assert.deepEqual(article.paragraphs, [
      { text: 'The town council voted on Tuesday to rebuild the old stone bridge after months of debate.', kind: 'paragraph' },
      { text: 'What happens next', kind: 'heading' },
      { text: 'Engineers will inspect the foundations next month, and a public meeting is planned.', kind: 'paragraph' },
    ]);
  });

  it('keeps the top heading in the body when front matter gives the title', () => {
    const md = `# A heading\n\n${P1}\n`;
    const article = cleanArticle(seed(md, { format: 'markdown', frontMatter: { title: 'Given title' } }));
    assert.equal(article.title, 'Given title');
    assert.equal(article.titleOrigin, 'front-matter');
    assert.equal(article.paragraphs.at(-1)?.text, P1);
  });
});

describe('cleanArticle on hostile input', () => {
  const fast = (label: string, text: string, format: 'text' | 'markdown' = 'text', limitMs = 3000) => {
    const start = performance.now();
    const article = cleanArticle(seed(text, { format }));
    const elapsed = performance.now() - start;
    assert.ok(elapsed < limitMs, `${label} took ${elapsed.toFixed(0)} ms`);
    return article;
  };

  it('reads a 2 MB line without a break quickly', () => {
    const article = fast('2 MB line', `A title for it\n\n${'word and more words. '.repeat(100_000)}`);
    assert.equal(article.paragraphs.length, 1);
  });

  it('reads thousands of unbalanced quotation marks and brackets quickly', () => {
    fast('quotes', `Title here\n\n${'“He said “that ” and ‘ ( [ '.repeat(20_000)}`);
  });

  it('reads a 10 MB article quickly', () => {
    const article = fast('10 MB', `Headline\n\n${`${P1} ${P2}\n\n`.repeat(34_000)}`, 'text', 8000);
    assert.ok(article.paragraphs.length > 30_000);
  });

  it('reads Markdown full of unclosed links quickly', () => {
    fast('markdown brackets', `# T\n\n${'[a]('.repeat(50_000)}\n\n${'[['.repeat(50_000)}`, 'markdown');
  });

  it('returns something for an empty text', () => {
    const article = cleanArticle(seed(''));
    assert.deepEqual(article.paragraphs, []);
    assert.equal(typeof article.title, 'string');
  });
});

describe('cleanArticle on lists, tables and embeds', () => {
  const HEAD = 'Council votes to rebuild the stone bridge';

  it('keeps a table that stands inside the article, row by row', () => {
    const rows = ['Ward\tFor\tAgainst', 'North\t5\t1', 'South\t4\t2', 'East\t6\t0'];
    const text = [HEAD, '', P1, '', P2, '', ...rows, '', P3, '', P4].join('\n');
    assert.deepEqual(bodyOf(text), [P1, P2, ...rows, P3, P4]);
  });

  it('keeps a table at the end of the article when the line above introduces it', () => {
    const intro = 'The votes of the wards were as follows:';
    const rows = ['Ward\tFor\tAgainst', 'North\t5\t1', 'South\t4\t2'];
    const text = [HEAD, '', P1, '', P2, '', P3, '', intro, ...rows, '', 'Share this', 'Facebook', 'Twitter', 'Email'].join('\n');
    assert.deepEqual(bodyOf(text), [P1, P2, P3, intro, ...rows]);
  });

  it('does not keep a table of prices in the furniture after the article', () => {
    const text = [HEAD, '', P1, '', P2, '', P3, '', 'Related deals', 'Model\tPrice\tSave', 'Small\t$10\t$2', 'Large\t$20\t$4'].join('\n');
    assert.deepEqual(bodyOf(text), [P1, P2, P3]);
  });

  it('keeps an embedded post with its signature line, and the article after it', () => {
    const post = 'The bridge vote passed this afternoon, and work starts in spring.';
    const signature = '— River Town Council (@rivertown) March 3, 2024';
    const text = [HEAD, '', P1, '', P2, '', post, '', signature, '', P3, '', P4].join('\n');
    assert.deepEqual(bodyOf(text), [P1, P2, post, signature, P3, P4]);
  });

  it('drops a newsletter appeal that sits between paragraphs', () => {
    const appeal = 'Let the news come to you. Stay up to date with our daily newsletter.';
    const text = [HEAD, '', P1, '', P2, '', appeal, 'Sign up', '', P3, '', P4].join('\n');
    assert.deepEqual(bodyOf(text), [P1, P2, P3, P4]);
  });

  it('keeps a numbered list the article has begun to its last item, links between items included', () => {
    const items = ['1) A wooden boat kit', 'https://example.org/a', '2) A box of river stones', 'https://example.org/b', '3) Waders', 'https://example.org/c', '4) Fishing rod – red', 'https://example.org/d', '5) Map of the valley', 'https://example.org/e'];
    const text = [HEAD, '', P1, '', P2, '', 'Here are the gifts the town shop recommends this year for everyone who loves the river:', '', ...items, '', 'Leave a comment', 'You must be logged in to post a comment.'].join('\n');
    const body = bodyOf(text);
    for (const item of items) assert.ok(body.includes(item), item);
    assert.ok(!body.includes('Leave a comment'));
  });
});

describe('cleanArticle on plain texts of every shape', () => {
  const HEAD = 'Council votes to rebuild the stone bridge';

  it('keeps a bulleted list inside the article, as paragraphs not headings', () => {
    const items = ['- the bridge keeps its three arches', '- the road is widened by a metre', '- the ferry runs until the work ends'];
    const article = cleanArticle(seed([HEAD, '', P1, '', ...items, '', P2, '', P3].join('\n')));
    assert.deepEqual(article.paragraphs, [P1, ...items, P2, P3].map((text) => ({ text, kind: 'paragraph' })));
  });

  it('keeps a menu of bullets above the article out', () => {
    const text = ['- Home', '- News', '- Sport', '- Subscribe', '', HEAD, '', P1, '', P2, '', P3].join('\n');
    assert.deepEqual(bodyOf(text), [P1, P2, P3]);
  });

  it('keeps a text of one paragraph under its headline', () => {
    const article = cleanArticle(seed(`${HEAD}\n\n${P1}\n`));
    assert.equal(article.title, HEAD);
    assert.deepEqual(article.paragraphs.map((p) => p.text), [P1]);
  });

  it('keeps short clean paragraphs whole, and a text without blank lines', () => {
    assert.deepEqual(bodyOf(`${HEAD}\n\nThe council voted.\n\nWork starts soon.\n\nNobody objected.\n`), ['The council voted.', 'Work starts soon.', 'Nobody objected.']);
    assert.deepEqual(bodyOf([HEAD, P1, P2, P3, P4].join('\n')), [P1, P2, P3, P4]);
  });

  it('keeps a text in a language without a stopword list', () => {
    const a = 'Vlor stin mekka tarfol quiben dask vorlen mip tasker plon vek stimmer oplan drussel vakker tin morfen.';
    const b = 'Klimp hassel dorn fekkel sprinnen voll taskem dorfel quib nastrel mippen voldt ressem kaplin.';
    assert.deepEqual(bodyOf(`Zorp blanket quib\n\n${a}\n\n${b}\n`), [a, b]);
  });
});

describe('cleanArticle at the end of the article', () => {
  const HEAD = 'Council votes to rebuild the stone bridge';

  it('ends the article at a note about its author, with or without a heading', () => {
    const bio = 'Jane Example writes about rivers, bridges and the towns that live between them, and has covered the valley for the paper since the flood of 2009.';
    assert.deepEqual(bodyOf([HEAD, '', P1, '', P2, '', P3, '', 'About Jane Example', '', bio].join('\n')), [P1, P2, P3]);
    assert.deepEqual(bodyOf([HEAD, '', P1, '', P2, '', P3, '', 'Jane Example', '', `Jane Example is a reporter for the valley paper. ${bio}`].join('\n')), [P1, P2, P3]);
    assert.deepEqual(bodyOf([HEAD, '', P1, '', P2, '', P3, '', 'About the author', '', bio].join('\n')), [P1, P2, P3]);
  });

  it('keeps a subheading that starts with "About" but is not followed by a note on that name', () => {
    const text = [HEAD, '', P1, '', P2, '', 'About the money', '', P3, '', P4].join('\n');
    assert.deepEqual(bodyOf(text), [P1, P2, 'About the money', P3, P4]);
  });

  it('keeps a round-up whose quotes are each followed by their source in brackets', () => {
    const text = [HEAD, '', P1, '', '[Valleypost]', '', P2, '', '[Rivernews]', '', P3, '', '[Valleypost]', '', P4, '', '[Rivernews]', '', 'Share this', 'Facebook', 'Twitter'].join('\n');
    assert.deepEqual(bodyOf(text), [P1, '[Valleypost]', P2, '[Rivernews]', P3, '[Valleypost]', P4]);
  });
});

describe('cleanArticle at the start of the article', () => {
  it('leaves out a summary box run together above the first paragraph that stands alone', () => {
    const summary = ['The council approved the rebuilding of the stone bridge by a large majority on Tuesday.', 'Work is expected to begin in the spring and to last about two years in all.'];
    const text = ['Council votes to rebuild the stone bridge', '', 'Key points', ...summary, '', P1, '', P2, '', P3, '', P4].join('\n');
    assert.deepEqual(bodyOf(text), [P1, P2, P3, P4]);
  });

  it('keeps opening paragraphs that are only run together, with no label or credit', () => {
    const text = ['Council votes to rebuild the stone bridge', P1, P2, '', P3, '', P4, '', `${P1} Again.`, '', `${P2} Again.`].join('\n');
    assert.deepEqual(bodyOf(text), [P1, P2, P3, P4, `${P1} Again.`, `${P2} Again.`]);
  });
});
