import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import iconv from 'iconv-lite';
import { ingestSeed } from '../../src/ingest/index.ts';
import type { SeedDocument } from '../../src/types.ts';

const utf8 = (s: string) => new TextEncoder().encode(s);
const ok = (file: string, bytes: Uint8Array): SeedDocument => {
  const result = ingestSeed({ file, bytes });
  assert.ok(result.ok, result.ok ? '' : result.problem.problem);
  return result.document;
};
const problem = (file: string, bytes: Uint8Array): string => {
  const result = ingestSeed({ file, bytes });
  assert.ok(!result.ok, 'expected the seed to be refused');
  return result.problem.problem;
};

describe('ingest: encodings', () => {
  it('reads UTF-8 with and without a byte-order mark', () => {
    assert.equal(ok('a.txt', utf8('Café au lait')).text, 'Café au lait');
    const bom = new Uint8Array([0xef, 0xbb, 0xbf, ...utf8('Café')]);
    assert.equal(ok('a.txt', bom).text, 'Café');
  });

  it('reads UTF-16 by its byte-order mark, little- and big-endian', () => {
    const le = ok('a.txt', new Uint8Array([0xff, 0xfe, ...iconv.encode('Zoë said', 'utf-16le')]));
    assert.equal(le.text, 'Zoë said');
    assert.equal(le.encoding, 'utf-16le');
    const be = ok('a.txt', new Uint8Array([0xfe, 0xff, ...iconv.encode('Zoë said', 'utf-16be')]));
    assert.equal(be.text, 'Zoë said');
  });

  it('falls back to Latin-1 when the bytes are not valid UTF-8', () => {
    const doc = ok('a.txt', iconv.encode('Señor Müller paid £5', 'latin1'));
    assert.equal(doc.text, 'Señor Müller paid £5');
    assert.equal(doc.encoding, 'latin1');
  });

  it('turns CRLF and CR line endings into LF', () => {
    assert.equal(ok('a.txt', utf8('one\r\ntwo\rthree')).text, 'one\ntwo\nthree');
  });
});

describe('ingest: repairs', () => {
  it('repairs UTF-8 that was read as cp852', () => {
    const doc = ok('a.txt', utf8('Agn├Ęs Callamard spoke.'));
    assert.equal(doc.text, 'Agnès Callamard spoke.');
    assert.match(doc.repairs.join(), /cp852/);
  });

  it('repairs UTF-8 that was read as cp1252, curly quotes included', () => {
    assert.equal(ok('a.txt', utf8('JosÃ© said â€œyesâ€\u009d and Ã  bientÃ´t')).text.startsWith('José said “yes'), true);
    assert.equal(ok('a.txt', utf8('itâ€™s here')).text, 'it’s here');
  });

  it('leaves correct accented and non-Latin text alone', () => {
    const text = 'Łódź, Zürich, Привет, 東京, naïve — “quoted” ½ ÉTÉ»';
    const doc = ok('a.txt', utf8(text));
    assert.equal(doc.text, text);
    assert.deepEqual(doc.repairs, []);
  });

  it('removes stray control characters', () => {
    const prose = ' The harbour board met again on Monday to discuss the ferry timetable.'.repeat(4);
    const doc = ok('a.txt', utf8(`Harbour\u0000 news\u001b[31m today\tand\nmore.${prose}`));
    assert.equal(doc.text, `Harbour news[31m today\tand\nmore.${prose}`);
    assert.match(doc.repairs.join(), /control characters/);
  });

  it('decodes HTML character references left in a plain-text seed, and leaves a lone ampersand alone', () => {
    const doc = ok('a.txt', utf8('Jos&#233; Ruiz paid &pound;5 &amp; more to AT&T for R&D &#x2013; said &lt;b&gt; &bogus; x.'));
    assert.equal(doc.text, 'José Ruiz paid £5 & more to AT&T for R&D – said <b> &bogus; x.');
    assert.match(doc.repairs.join(), /character references/);
    assert.equal(ok('a.md', utf8('Jos&#233; in Markdown')).text, 'Jos&#233; in Markdown');
  });

  it('removes stray backslashes before quotation marks', () => {
    assert.equal(ok('a.txt', utf8('She said \\“hello\\” and \\"bye\\"')).text, 'She said “hello” and "bye"');
  });
});

describe('ingest: front matter', () => {
  it('reads the known keys and keeps the body', () => {
    const doc = ok('a.md', utf8('---\ntitle: A title\ndate: 2024-08\npeople: [Ann Lee, Bo Chan]\ntags: news\nunknown: x\n---\nBody text.'));
    assert.deepEqual(doc.frontMatter, { title: 'A title', date: '2024-08', people: ['Ann Lee', 'Bo Chan'], tags: ['news'] });
    assert.equal(doc.text, 'Body text.');
    assert.equal(doc.format, 'markdown');
  });

  it('refuses JavaScript and CoffeeScript front matter without running it', () => {
    (globalThis as Record<string, unknown>).ranFrontMatter = false;
    const js = '---js\n{ title: (globalThis.ranFrontMatter = true) }\n---\nbody';
    assert.match(problem('a.md', utf8(js)), /refused/);
    assert.match(problem('a.md', utf8(js.replace('---js', '---javascript'))), /refused/);
    assert.match(problem('a.md', utf8('---coffee\ntitle: "x"\n---\nbody')), /refused/);
    assert.equal((globalThis as Record<string, unknown>).ranFrontMatter, false);
  });

  it('refuses front matter that does not parse, or is never closed', () => {
    assert.match(problem('a.md', utf8('---\ntitle: [unclosed\n---\nbody')), /does not parse/);
    assert.match(problem('a.md', utf8('---\ntitle: x\nbody with no closing line')), /never closed/);
  });

  it('reports an impossible date and drops it', () => {
    const doc = ok('a.md', utf8('---\ndate: 2023-02-30\n---\nbody'));
    assert.equal(doc.frontMatter.date, undefined);
    assert.match(doc.warnings.join(), /2023-02-30/);
  });

  it('drops a url that is not an http(s) address', () => {
    const doc = ok('a.md', utf8('---\nurl: "javascript:alert(1)"\n---\nbody'));
    assert.equal(doc.frontMatter.url, undefined);
  });

  it('reads only the known keys of a YAML alias bomb, quickly', () => {
    const levels = ['a: &a ["x","x","x","x","x","x","x","x","x"]'];
    for (let i = 1; i < 12; i++) levels.push(`l${i}: &l${i} [${Array(9).fill(i === 1 ? '*a' : `*l${i - 1}`).join(',')}]`);
    const started = performance.now();
    const doc = ok('a.md', utf8(`---\n${levels.join('\n')}\ntitle: Still here\n---\nbody`));
    assert.equal(doc.frontMatter.title, 'Still here');
    assert.ok(performance.now() - started < 2000);
  });

  it('ignores values of the wrong type', () => {
    const doc = ok('a.md', utf8('---\ntitle: { nested: map }\npeople: [Ann, { x: 1 }]\n---\nbody'));
    assert.equal(doc.frontMatter.title, undefined);
    assert.deepEqual(doc.frontMatter.people, ['Ann']);
    assert.equal(doc.warnings.length, 2);
  });
});

describe('ingest: refusals', () => {
  it('refuses empty and whitespace-only files', () => {
    assert.match(problem('a.txt', new Uint8Array()), /empty/);
    assert.match(problem('a.txt', utf8(' \n\t\n')), /white space/);
    assert.match(problem('a.md', utf8('---\ntitle: Only a title\n---\n\n')), /no article text/);
  });

  it('refuses binary files', () => {
    assert.match(problem('a.txt', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a])), /binary.*PNG/);
    const noise = new Uint8Array(4096).map((_, i) => (i * 37) % 256);
    assert.match(problem('a.txt', noise), /binary/);
  });

  it('refuses files that are not seeds by their ending', () => {
    assert.match(problem('photo.jpg', utf8('x')), /not a seed/);
  });
});
