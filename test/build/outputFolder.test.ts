import assert from 'node:assert/strict';
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import {
  BUILD_MARKER,
  checkFolders,
  checkOutputIsOurs,
  makeStagingFolder,
  OutputFolderError,
  publishStagingFolder,
  recoverInterruptedBuild,
} from '../../src/build/outputFolder.ts';

let root: string;
before(async () => {
  root = await mkdtemp(join(tmpdir(), 'na-out-'));
});
after(async () => {
  await rm(root, { recursive: true, force: true });
});

describe('output folder', () => {
  it('refuses the seeds folder, a folder inside it, and a folder containing it', () => {
    assert.throws(() => checkFolders('seeds', 'seeds'), OutputFolderError);
    assert.throws(() => checkFolders('seeds', 'seeds/site'), OutputFolderError);
    assert.throws(() => checkFolders('site/seeds', 'site'), OutputFolderError);
    assert.doesNotThrow(() => checkFolders('seeds', 'seeds-site'));
  });

  it('refuses a folder holding files the build did not make', async () => {
    const foreign = join(root, 'foreign');
    await mkdir(foreign);
    await writeFile(join(foreign, 'thesis.docx'), 'mine');
    await assert.rejects(checkOutputIsOurs(foreign), OutputFolderError);
    await assert.doesNotReject(checkOutputIsOurs(join(root, 'missing')));
  });

  it('swaps a staged site in, replacing the old one whole', async () => {
    const out = join(root, 'site');
    const first = await makeStagingFolder(out);
    await writeFile(join(first, 'old.html'), 'old');
    await publishStagingFolder(first, out, { n: 1 });
    const second = await makeStagingFolder(out);
    await writeFile(join(second, 'new.html'), 'new');
    await publishStagingFolder(second, out, { n: 2 }, 'now');
    assert.deepEqual((await readdir(out)).sort(), [BUILD_MARKER, 'new.html']);
    assert.deepEqual((await readdir(root)).filter((n) => n.startsWith('.site.')), []);
    await assert.doesNotReject(checkOutputIsOurs(out));
  });

  it('removes the replaced site in the background, and never restores what is being removed', async () => {
    const out = join(root, 'background');
    for (const n of [1, 2]) {
      const staging = await makeStagingFolder(out);
      await mkdir(join(staging, 'pages', String(n)), { recursive: true });
      await writeFile(join(staging, 'pages', String(n), 'index.html'), `site ${n}`);
      await publishStagingFolder(staging, out, { n });
    }
    assert.deepEqual(await readdir(join(out, 'pages')), ['2']);
    let left = (await readdir(root)).filter((n) => n.startsWith('.background.'));
    for (let i = 0; i < 100 && left.length; i++) {
      await new Promise((done) => setTimeout(done, 50));
      left = (await readdir(root)).filter((n) => n.startsWith('.background.'));
    }
    assert.deepEqual(left, []);
    await recoverInterruptedBuild(out);
    assert.equal(await readFile(join(out, 'pages', '2', 'index.html'), 'utf8'), 'site 2');
  });

  it('never brings a replaced site back, even with the site folder gone', async () => {
    const out = join(root, 'gone');
    await mkdir(join(root, '.gone.trash-dead', 'pages'), { recursive: true });
    await writeFile(join(root, '.gone.trash-dead', BUILD_MARKER), '{}');
    await recoverInterruptedBuild(out);
    await assert.rejects(readdir(out));
  });

  it('restores the last good site when a build died between the two renames', async () => {
    const out = join(root, 'killed');
    const staging = await makeStagingFolder(out);
    await writeFile(join(staging, 'index.html'), 'good');
    await publishStagingFolder(staging, out, {});
    // what a kill after the first rename leaves: the old site retired, no new one, a half-built staging folder
    await import('node:fs/promises').then((fs) => fs.rename(out, join(root, '.killed.retired-dead')));
    await mkdir(join(root, '.killed.building-dead'));
    await recoverInterruptedBuild(out);
    assert.equal(await readFile(join(out, 'index.html'), 'utf8'), 'good');
    assert.deepEqual((await readdir(root)).filter((n) => n.startsWith('.killed.')), []);
  });
});
