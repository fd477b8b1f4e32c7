import assert from 'node:assert/strict';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import { IN_FLIGHT, pageWriter, WAITING } from '../../src/render/pageWriter.ts';

test('the page writer writes every page into its own folder, made on the way', async () => {
  const dir = await mkdtemp(path.join(tmpdir(), 'na-writer-'));
  try {
    const writer = pageWriter();
    const pages = Array.from({ length: 300 }, (_, i) => path.join(dir, 'people', `p${i}`, 'index.html'));
    for (const [i, page] of pages.entries()) await writer.write(page, `<p>page ${i}</p>`);
    await writer.drain();
    assert.deepEqual(writer.files, pages);
    assert.equal(await readFile(pages[0]!, 'utf8'), '<p>page 0</p>');
    assert.equal(await readFile(pages[299]!, 'utf8'), '<p>page 299</p>');
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});

test('a page the writer cannot write fails the writes after it and the drain', async () => {
  const dir = await mkdtemp(path.join(tmpdir(), 'na-writer-'));
  try {
    // A file where a folder must go: the page below it cannot be written.
    await writeFile(path.join(dir, 'blocked'), 'a file');
    const writer = pageWriter();
    await writer.write(path.join(dir, 'blocked', 'index.html'), 'x').catch(() => {});
    await assert.rejects(writer.drain(), /EEXIST|ENOTDIR/);
    await assert.rejects(writer.write(path.join(dir, 'later', 'index.html'), 'y'), /EEXIST|ENOTDIR/);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});

test('a closed writer refuses pages, so nothing is written after the renderer has failed', async () => {
  const dir = await mkdtemp(path.join(tmpdir(), 'na-writer-'));
  try {
    const writer = pageWriter();
    writer.close();
    await assert.rejects(writer.write(path.join(dir, 'late', 'index.html'), 'z'), /no more pages/);
    await writer.drain();
    await assert.rejects(readFile(path.join(dir, 'late', 'index.html')), /ENOENT/);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});

test('a renderer faster than the disk is held back once enough pages wait, and goes on as they are written', async () => {
  const dir = await mkdtemp(path.join(tmpdir(), 'na-writer-'));
  try {
    // A disk that writes nothing until told to.
    const held: Array<() => void> = [];
    const writer = pageWriter({ writeFile: () => new Promise<void>((resolve) => held.push(resolve)) });
    let accepted = 0;
    const renderer = (async () => {
      for (let i = 0; i < IN_FLIGHT + WAITING + 20; i++) {
        await writer.write(path.join(dir, `p${i}`, 'index.html'), 'x');
        accepted++;
      }
    })();
    await new Promise((resolve) => setTimeout(resolve, 50));
    assert.equal(held.length, IN_FLIGHT, 'writes in flight');
    assert.ok(accepted < IN_FLIGHT + WAITING, `the renderer was not held back (${accepted} pages accepted)`);
    assert.ok(writer.pending <= IN_FLIGHT + WAITING);
    // The disk catches up: the renderer finishes, and every write it queued is let through.
    let finished = false;
    void renderer.then(() => (finished = true));
    while (!finished || writer.pending > 0) {
      held.splice(0).forEach((release) => release());
      await new Promise((resolve) => setTimeout(resolve, 1));
    }
    await renderer;
    assert.equal(accepted, IN_FLIGHT + WAITING + 20);
    await writer.drain();
    assert.equal(writer.pending, 0);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});
