// Hostile and broken seeds: each ends in a clear line naming the file, and the site still builds from the rest.
import assert from 'node:assert/strict';
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import iconv from 'iconv-lite';
import { buildSite, type BuildReporter, type BuildSummary } from '../../src/build/index.ts';
import type { Archive } from '../../src/types.ts';

const article = (headline: string, sentences: string[]) => `${headline}\n\n${sentences.join('\n\n')}\n`;
const ordinary = article('Council Votes To Repair Old Bridge', [
  'The town council voted on Monday to repair the old stone bridge over the river, after months of debate.',
  'Engineers said the work would take most of the summer and cost less than building a new crossing.',
]);

let dir: string;
let seeds: string;
let lines: string[];
let summary: BuildSummary;
let records: Archive;

const reporter = (): BuildReporter => ({
  problem: (p) => lines.push(`rejected ${p.file}: ${p.problem}`),
  warning: (file, w) => lines.push(`warning ${file}: ${w}`),
});

before(async () => {
  dir = await mkdtemp(join(tmpdir(), 'na-hostile-'));
  seeds = join(dir, 'seeds');
  await mkdir(join(seeds, 'deep', 'er'), { recursive: true });
  const put = (name: string, content: string | Uint8Array) => writeFile(join(seeds, name), content);
  await put('ordinary.txt', ordinary);
  await put('binary.txt', new Uint8Array([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0, 0, 0, 0, 0]));
  await put('empty.txt', '');
  await put('blank.md', '  \n\t\n\n');
  await put('broken-yaml.md', '---\ntitle: "unterminated\n---\nText.\n');
  await put('js.md', '---js\n{ title: require("fs").writeFileSync("/tmp/pwned", "x") }\n---\nText.\n');
  await put('javascript.md', '---javascript\n{ title: "x" }\n---\nText.\n');
  await put('coffee.md', '---coffee\ntitle: "x"\n---\nText.\n');
  await put('photo.jpg', new Uint8Array([0xff, 0xd8, 0xff, 0xe0]));
  await put('utf16.txt', new Uint8Array([0xff, 0xfe, ...iconv.encode(article('Ferry Timetable Changes For Winter', ['The ferry company said on Friday that winter sailings would run every two hours.']), 'utf-16le')]));
  await put('latin1.txt', iconv.encode(article('Café Owner Wins Award', ['The owner of the café on Rue Neuve, Zoë Marchand, won a regional award for her pâtisserie.']), 'latin1'));
  await put('crlf.txt', article('Library Extends Opening Hours', ['The library will stay open until nine in the evening from next month.', 'Its director said demand had grown.']).replace(/\n/g, '\r\n'));
  await put('huge.txt', article('A Very Long Report', Array.from({ length: 60000 }, (_, i) => `Paragraph ${i} of the report notes that the committee met again and discussed the budget at length.`)));
  await put('long-line.txt', `Endless Line Story\n\n${'word '.repeat(420000)}\n`);
  await put('quotes.txt', article('Quotation Marks Everywhere', [`He said “${'“a '.repeat(3000)} and then ${'"b '.repeat(3000)} without ever closing.`]));
  await put('bad-date.md', '---\ntitle: Impossible Date Story\ndate: 2023-02-30\n---\nThe mayor opened the new market hall on Saturday.\n');
  await put('bomb.md', `---\na: &a ["x","x","x","x","x","x","x","x"]\nb: &b [*a,*a,*a,*a,*a,*a,*a,*a]\nc: &c [*b,*b,*b,*b,*b,*b,*b,*b]\nd: &d [*c,*c,*c,*c,*c,*c,*c,*c]\ne: &e [*d,*d,*d,*d,*d,*d,*d,*d]\ntitle: Alias Bomb Survives\npeople: *e\n---\nThe harbour reopened after the storm.\n`);
  await put('same-1.txt', article('Storm Closes Harbour', ['A storm closed the harbour on Sunday morning.']));
  await put('same-2.txt', article('Storm Closes Harbour', ['A second storm closed the harbour again on Tuesday.']));
  await put('name with spaces é ñ.txt', article('Naming Things Is Hard', ['A seed whose file name has spaces and accented letters still builds.']));
  await put('deep/er/nested.md', '---\ntitle: Nested Story\nslug: ../../../../escape\n---\nA seed deep in a nested folder, with a slug that tries to leave the site.\n');
  await put('xss.md', '---\ntitle: "<script>alert(1)</script> Headline"\nsource: "<img src=x onerror=alert(1)>"\nauthor: "<b>x</b>"\n---\nBody with <script>alert("body")</script> and “<img src=x onerror=alert(2)>” said Jane Doe.\n');

  lines = [];
  summary = await buildSite({ seedsDir: seeds, outDir: join(dir, 'site'), cacheDir: join(dir, 'cache'), reporter: reporter() });
  records = JSON.parse(await readFile(join(dir, 'site', 'data', 'records.json'), 'utf8'));
});
after(async () => {
  await rm(dir, { recursive: true, force: true });
});

const lineFor = (file: string) => lines.filter((l) => l.includes(` ${file}: `));
const filesBuilt = () => records.articles.map((a) => a.file).sort();

describe('hostile seeds: refused with one line each', () => {
  for (const [file, pattern] of [
    ['binary.txt', /binary/],
    ['empty.txt', /empty/],
    ['blank.md', /white space/],
    ['broken-yaml.md', /front matter does not parse/],
    ['js.md', /refused/],
    ['javascript.md', /refused/],
    ['coffee.md', /refused/],
  ] as const) {
    it(`${file}`, () => {
      const found = lineFor(file);
      assert.equal(found.length, 1, `one line for ${file}: ${JSON.stringify(lines)}`);
      assert.match(found[0]!, pattern);
      assert.ok(!filesBuilt().includes(file));
    });
  }
  it('skips files that are not seeds quietly', () => {
    assert.deepEqual(lineFor('photo.jpg'), []);
    assert.deepEqual(summary.skipped, ['photo.jpg']);
  });
  it('never runs front-matter code', async () => {
    await assert.rejects(readFile('/tmp/pwned'));
  });
});

describe('hostile seeds: accepted and handled', () => {
  it('builds every other seed', () => {
    assert.deepEqual(filesBuilt(), [
      'bad-date.md', 'bomb.md', 'crlf.txt', 'deep/er/nested.md', 'huge.txt', 'latin1.txt', 'long-line.txt',
      'name with spaces é ñ.txt', 'ordinary.txt', 'quotes.txt', 'same-1.txt', 'same-2.txt', 'utf16.txt', 'xss.md',
    ]);
  });
  it('reads UTF-16, Latin-1 and CRLF seeds as text', () => {
    const byFile = new Map(records.articles.map((a) => [a.file, a]));
    assert.equal(byFile.get('utf16.txt')!.title, 'Ferry Timetable Changes For Winter');
    assert.match(byFile.get('latin1.txt')!.body, /Zoë Marchand.*pâtisserie/);
    assert.ok(!byFile.get('crlf.txt')!.body.includes('\r'));
  });
  it('reports an impossible front-matter date and infers instead', () => {
    assert.match(lineFor('bad-date.md').join(), /2023-02-30/);
    const a = records.articles.find((x) => x.file === 'bad-date.md')!;
    assert.notEqual(a.date?.value, '2023-02-30');
  });
  it('reads only the known keys of a YAML alias bomb', () => {
    assert.equal(records.articles.find((x) => x.file === 'bomb.md')!.title, 'Alias Bomb Survives');
  });
  it('gives two seeds with the same headline two pages', () => {
    const ids = records.articles.filter((a) => a.file.startsWith('same-')).map((a) => a.id);
    assert.equal(new Set(ids).size, 2);
  });
  it('keeps slugs inside the site', async () => {
    for (const a of records.articles) assert.match(a.id, /^[a-z0-9]+(-[a-z0-9]+)*$/);
    const outside = await readdir(dir);
    assert.deepEqual(outside.filter((n) => !['seeds', 'site', 'cache'].includes(n)), []);
  });
});
