import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, describe, test } from 'node:test';
import { codeVersion } from '../../src/build/cache.ts';
import { optionsWorkersTake, workerBundle, workerExecArgv } from '../../src/build/workerBundle.ts';
import { indexSite, searchRecords } from '../../src/index/index.ts';
import { startIndexThread } from '../../src/index/thread.ts';
import { siteModel } from '../../src/render/index.ts';
import { fixtureArchive } from '../fixtures/site/archive.ts';

const tmp = mkdtempSync(path.join(tmpdir(), 'index-thread-test-'));
after(() => rmSync(tmp, { recursive: true, force: true }));

const archive = fixtureArchive();
const records = searchRecords(archive, siteModel(archive));
const folder = (name: string) => {
  const dir = path.join(tmp, name);
  rmSync(dir, { recursive: true, force: true });
  return dir;
};
/** Pagefind names each page's fragment by its content: equal names, equal pages. */
const fragments = (site: string) =>
  ['', ...readdirSync(path.join(site, 'pagefind')).filter((name) => /^\d+$/.test(name))].flatMap((shard) =>
    readdirSync(path.join(site, 'pagefind', shard, 'fragment')).map((file) => `${shard}/${file}`),
  ).sort();

/** The processes this one has started that are still there, ended or not (a zombie is one never waited for). */
function childProcesses(): string[] {
  const tasks = readdirSync('/proc/self/task');
  return tasks.flatMap((task) => readFileSync(`/proc/self/task/${task}/children`, 'utf8').split(' ').filter(Boolean)).map((pid) => {
    try {
      return readFileSync(`/proc/${pid}/stat`, 'utf8');
    } catch {
      return '';
    }
  });
}

describe('the search index in a thread of its own', () => {
  const inThisThread = folder('here');
  let expected: Awaited<ReturnType<typeof indexSite>>;

  test('gives what indexSite gives in this thread, from the TypeScript sources', async () => {
    expected = await indexSite(inThisThread, records, { version: 'v', shards: 2 });
    const site = folder('sources');
    const thread = startIndexThread();
    try {
      assert.deepEqual(await thread.index(site, records, { version: 'v', shards: 2 }), expected);
    } finally {
      await thread.close();
    }
    assert.deepEqual(fragments(site), fragments(inThisThread));
    // The module that searches both shards is written, from browser-search.js beside the sources.
    assert.match(readFileSync(path.join(site, 'pagefind', 'pagefind.js'), 'utf8'), /\["1\/"\]/);
  });

  test('gives the same from the bundle of its code, which lives elsewhere', async () => {
    // (where the build keeps it: the packages it leaves out resolve from there)
    const script = await workerBundle('index', await codeVersion('index'));
    assert.ok(script);
    const site = folder('bundle');
    const thread = startIndexThread({ script, execArgv: workerExecArgv() });
    try {
      assert.deepEqual(await thread.index(site, records, { version: 'v', shards: 2 }), expected);
    } finally {
      await thread.close();
    }
    assert.deepEqual(fragments(site), fragments(inThisThread));
    assert.equal(readFileSync(path.join(site, 'pagefind', 'pagefind.js'), 'utf8'), readFileSync(path.join(inThisThread, 'pagefind', 'pagefind.js'), 'utf8'));
  });

  test('starts in a process run with V8’s options, which a thread is not given', async () => {
    const thread = startIndexThread({ execArgv: optionsWorkersTake(['--max-old-space-size=4096', '--no-warnings']) });
    try {
      assert.equal((await thread.index(folder('v8-options'), records)).pages, records.length);
    } finally {
      await thread.close();
    }
  });

  test('leaves no Pagefind process behind, not even one ended and never waited for', { skip: !existsSync('/proc/self/task') }, async () => {
    const thread = startIndexThread();
    try {
      await thread.index(folder('children'), records);
    } finally {
      await thread.close();
    }
    assert.deepEqual(childProcesses().filter((stat) => stat.includes('pagefind')), []);
  });

  test('rejects with the error the indexing met', async () => {
    const file = path.join(tmp, 'a-file');
    writeFileSync(file, 'not a folder');
    const thread = startIndexThread();
    try {
      await assert.rejects(thread.index(file, records), /ENOTDIR|EEXIST|not a directory/);
    } finally {
      await thread.close();
    }
  });

  test('indexes one site, and can be stopped without ever indexing', async () => {
    const thread = startIndexThread();
    await thread.close();
    await assert.rejects(thread.index(folder('stopped'), records), /stopped|indexes one site/);
  });
});
