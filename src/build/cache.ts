// A cache of per-seed work (ingest → clean → extract), keyed by the seed's path, its content hash and
// the version of the code that made it, so unchanged seeds are neither cleaned nor extracted again.
import { createHash } from 'node:crypto';
import { appendFile, mkdir, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { join, relative, resolve } from 'node:path';
import type { SeedOutcome } from './seed.ts';

const projectRoot = resolve(import.meta.dirname, '../..');

/** The code behind each cached product: a change to any of it makes what it made stale. */
export const CODE: Readonly<Record<'extract' | 'render' | 'index', readonly string[]>> = {
  extract: ['src/types.ts', 'src/build/seed.ts', 'src/build/extractWorker.ts', 'src/ingest', 'src/clean', 'src/extract', 'package-lock.json'],
  render: ['src/types.ts', 'src/render', 'src/index', 'templates', 'package-lock.json'],
  index: ['src/index', 'package-lock.json'],
};

/** A hash of the source files (and locked dependency versions) behind the per-seed work or the site. */
export async function codeVersion(part: keyof typeof CODE): Promise<string> {
  const hash = createHash('sha256');
  for (const path of CODE[part]) await hashTree(hash, join(projectRoot, path));
  return hash.digest('hex').slice(0, 16);
}

async function hashTree(hash: ReturnType<typeof createHash>, path: string): Promise<void> {
  const entries = await readdir(path, { withFileTypes: true }).catch(() => null);
  if (entries === null) {
    const content = await readFile(path).catch(() => null);
    if (content) hash.update(relative(projectRoot, path)).update('\0').update(content).update('\0');
    return;
  }
  for (const entry of entries.sort((a, b) => (a.name < b.name ? -1 : 1))) await hashTree(hash, join(path, entry.name));
}

/** The cache's one file per code version: a line per seed, `[key, outcome]` as JSON. */
const LOG_FILE = 'seeds.ndjson';
const NEWLINE = 0x0a;
/** New lines go to the file in pieces of about this size, so that a big build does not hold them all. */
const FLUSH_CHARS = 4 << 20;

/**
 * One file holds every entry, appended to as seeds are processed, so that a rebuild reads one file
 * instead of one per seed. A line cut short by a killed build, or damaged any other way, is skipped:
 * that seed is simply processed again. Entries of deleted or changed seeds stay until they are a
 * quarter of the file; then the file is written anew with only the entries this build used.
 */
export class SeedCache {
  readonly #file: string;
  /** Entries read from the file, as their raw lines (views into one buffer), parsed when asked for. */
  readonly #stored = new Map<string, Buffer>();
  readonly #used = new Set<string>();
  #pending: string[] = [];
  #pendingChars = 0;
  #writing: Promise<void> = Promise.resolve();
  /** Lines of the file that are damaged, or cut short. */
  #damaged = 0;
  /** The file ends inside a line (a killed build): what is appended starts on a line of its own. */
  #unfinished = false;

  private constructor(file: string) {
    this.#file = file;
  }

  /** Opens the cache under `root` for this code version, dropping entries made by other versions. */
  static async open(root: string, version: string): Promise<SeedCache> {
    await mkdir(root, { recursive: true });
    for (const name of await readdir(root)) if (name !== version) await rm(join(root, name), { recursive: true, force: true });
    await mkdir(join(root, version), { recursive: true });
    const cache = new SeedCache(join(root, version, LOG_FILE));
    const data = await readFile(cache.#file).catch(() => null);
    for (const { key, line } of entryLines(data)) {
      if (key) cache.#stored.set(key, line);
      else cache.#damaged++;
    }
    cache.#unfinished = !!data && data.length > 0 && data[data.length - 1] !== NEWLINE;
    return cache;
  }

  static key(file: string, contentHash: string): string {
    return createHash('sha256').update(file).update('\0').update(contentHash).digest('hex');
  }

  get(key: string): SeedOutcome | null {
    const line = this.#stored.get(key);
    if (!line) return null;
    try {
      const [stored, outcome] = JSON.parse(line.toString('utf8')) as [string, SeedOutcome];
      if (stored !== key || typeof outcome !== 'object' || outcome === null) throw new Error('damaged');
      this.#used.add(key);
      return outcome;
    } catch {
      this.#stored.delete(key); // damaged: the seed is simply processed again
      this.#damaged++;
      return null;
    }
  }

  set(key: string, outcome: SeedOutcome): void {
    this.#used.add(key);
    const line = JSON.stringify([key, outcome]);
    this.#pending.push(line);
    this.#pendingChars += line.length;
    if (this.#pendingChars >= FLUSH_CHARS) this.#flush();
  }

  #flush(): void {
    if (!this.#pending.length) return;
    const text = (this.#unfinished ? '\n' : '') + this.#pending.join('\n') + '\n';
    this.#unfinished = false;
    this.#pending = [];
    this.#pendingChars = 0;
    this.#writing = this.#writing.then(() => appendFile(this.#file, text));
  }

  /**
   * Writes what is left of this build's entries, and writes the file anew when unused or damaged
   * entries have grown to a quarter of it (under another name first, so a kill cannot leave it half written).
   */
  async save(): Promise<void> {
    this.#flush();
    await this.#writing;
    let unused = this.#damaged;
    for (const key of this.#stored.keys()) if (!this.#used.has(key)) unused++;
    this.#stored.clear();
    if (unused === 0 || unused * 4 < this.#used.size + unused) return;
    const data = await readFile(this.#file);
    // The last line of a key is the one that counts: a seed processed again after its line was damaged.
    const kept = new Map<string, Buffer>();
    for (const { key, line } of entryLines(data)) if (key && this.#used.has(key)) kept.set(key, line);
    const temporary = `${this.#file}.${process.pid}.tmp`;
    await writeFile(temporary, Buffer.concat([...kept.values()].flatMap((line) => [line, NEWLINE_BUFFER])));
    await rename(temporary, this.#file);
    this.#damaged = 0;
  }
}

const NEWLINE_BUFFER = Buffer.from('\n');

/** The lines of the cache file (views into `data`), each with its key: the line's first JSON string,
 * 64 hex digits after `["`; null for a line that does not open so. */
function* entryLines(data: Buffer | null): Generator<{ key: string | null; line: Buffer }> {
  for (let start = 0; data && start < data.length; ) {
    let end = data.indexOf(NEWLINE, start);
    if (end < 0) end = data.length;
    const line = data.subarray(start, end);
    const key = line.length > 70 && line[0] === 0x5b && line[1] === 0x22 && line[66] === 0x22 ? line.toString('latin1', 2, 66) : null;
    yield { key, line };
    start = end + 1;
  }
}
