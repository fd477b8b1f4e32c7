import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { after, before, describe, it } from 'node:test';

const root = resolve(import.meta.dirname, '../..');
const cli = (...args: string[]) =>
  spawnSync(process.execPath, ['--import', 'tsx', join(root, 'src/cli/main.ts'), ...args], { cwd: root, encoding: 'utf8', env: { ...process.env, CI: '1' } });

let dir: string;
let seeds: string;
before(async () => {
  dir = await mkdtemp(join(tmpdir(), 'na-cli-'));
  seeds = join(dir, 'seeds');
  await mkdir(join(seeds, 'nested'), { recursive: true });
  await writeFile(join(seeds, 'harbour.txt'), 'Harbour Board Approves New Ferry Route\n\nThe harbour board approved a new ferry route on Monday, its chair said.\n\nThe route opens in spring.\n');
  await writeFile(join(seeds, 'nested', 'library.md'), '---\ntitle: Library Opens Late\ndate: 2021-03-04\nsource: Valley Courier\n---\nThe town library will open until ten at night from next week.\n');
  await writeFile(join(seeds, 'empty.txt'), '');
  await writeFile(join(seeds, 'script.md'), '---js\n{ title: "x" }\n---\nbody\n');
  await writeFile(join(seeds, 'photo.jpg'), 'not a seed');
});
after(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('cli extract', () => {
  it('prints the records JSON on stdout and the problems on stderr', () => {
    const run = cli('extract', seeds);
    assert.equal(run.status, 0, run.stderr);
    const records = JSON.parse(run.stdout);
    assert.deepEqual(records.articles.map((a: { file: string }) => a.file).sort(), ['harbour.txt', 'nested/library.md']);
    const library = records.articles.find((a: { file: string }) => a.file === 'nested/library.md');
    assert.equal(library.title, 'Library Opens Late');
    assert.deepEqual(library.date, { value: '2021-03-04', precision: 'day', origin: 'front-matter', evidence: 'front matter' });
    assert.equal(library.source.name, 'Valley Courier');
    assert.ok(Array.isArray(records.people) && Array.isArray(records.organisations) && Array.isArray(records.sources));
    assert.match(run.stderr, /rejected empty\.txt: empty file/);
    assert.match(run.stderr, /rejected script\.md: front matter in "js" is refused/);
  });

  it('takes single files as well as folders', () => {
    const run = cli('extract', join(seeds, 'harbour.txt'));
    assert.equal(run.status, 0, run.stderr);
    assert.equal(JSON.parse(run.stdout).articles[0].file, 'harbour.txt');
  });

  it('fails with a clear message on a missing path', () => {
    const run = cli('extract', join(dir, 'nowhere'));
    assert.equal(run.status, 2);
    assert.match(run.stderr, /no such file or folder/);
    assert.equal(run.stdout, '');
  });
});

describe('cli check', () => {
  it('lists every problem without building, and exits non-zero when there are some', () => {
    const run = cli('check', '--seeds', seeds);
    assert.equal(run.status, 1);
    assert.match(run.stderr, /rejected empty\.txt/);
    assert.match(run.stderr, /rejected script\.md/);
    assert.match(run.stderr, /checked 4 seed file\(s\): 2 rejected/);
  });
});

describe('cli build', () => {
  it('refuses an output folder inside the seeds folder', () => {
    const run = cli('build', '--seeds', seeds, '--out', join(seeds, 'site'));
    assert.equal(run.status, 2);
    assert.match(run.stderr, /inside/);
  });

  it('builds despite rejected seeds, reporting each, and exits 0', async () => {
    const out = join(dir, 'site');
    const run = cli('build', '--seeds', seeds, '--out', out);
    assert.equal(run.status, 0, run.stderr);
    assert.match(run.stderr, /rejected empty\.txt/);
    assert.match(run.stderr, /2 articles/);
    const records = JSON.parse(await readFile(join(out, 'data', 'records.json'), 'utf8'));
    assert.equal(records.articles.length, 2);
  });

  it('fails when no seed can be used', async () => {
    const only = join(dir, 'only-bad');
    await mkdir(only);
    await writeFile(join(only, 'empty.txt'), '');
    const run = cli('build', '--seeds', only, '--out', join(dir, 'bad-site'));
    assert.notEqual(run.status, 0);
    assert.match(run.stderr, /none of the 1 seed files/);
  });
});

describe('the news-archive command (bin)', () => {
  it('runs the CLI from any folder and passes its exit status on', () => {
    const bin = join(root, 'bin/news-archive.js');
    const run = spawnSync(process.execPath, [bin, 'extract', join(seeds, 'harbour.txt')], { cwd: dir, encoding: 'utf8', env: { ...process.env, CI: '1' } });
    assert.equal(run.status, 0, run.stderr);
    assert.equal(JSON.parse(run.stdout).articles[0].file, 'harbour.txt');
    const missing = spawnSync(process.execPath, [bin, 'extract', join(dir, 'nowhere')], { cwd: dir, encoding: 'utf8', env: { ...process.env, CI: '1' } });
    assert.notEqual(missing.status, 0);
    assert.match(missing.stderr, /nowhere/);
  });
});
