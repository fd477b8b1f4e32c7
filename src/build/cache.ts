// A cache of per-seed work (ingest → clean → extract), keyed by the seed's path, its content hash and
// the version of the code that made it, so unchanged seeds are neither cleaned nor extracted again.
import { createHash } from 'node:crypto';
import { mkdir, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { join, relative, resolve } from 'node:path';
import type { SeedOutcome } from './seed.ts';

const projectRoot = resolve(import.meta.dirname, '../..');

/** The code behind each cached product: a change to any of it makes what it made stale. */
const CODE: Record<'extract' | 'render', string[]> = {
  extract: ['src/types.ts', 'src/build/seed.ts', 'src/ingest', 'src/clean', 'src/extract', 'package-lock.json'],
  render: ['src/types.ts', 'src/render', 'src/index', 'templates', 'package-lock.json'],
};

/** A hash of the source files (and locked dependency versions) behind the per-seed work or the site. */
export async function codeVersion(part: 'extract' | 'render'): Promise<string> {
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

export class SeedCache {
  readonly #dir: string;
  readonly #used = new Set<string>();

  private constructor(root: string, version: string) {
    this.#dir = join(root, version);
  }

  /** Opens the cache under `root` for this code version, dropping entries made by other versions. */
  static async open(root: string, version: string): Promise<SeedCache> {
    await mkdir(root, { recursive: true });
    for (const name of await readdir(root)) if (name !== version) await rm(join(root, name), { recursive: true, force: true });
    await mkdir(join(root, version), { recursive: true });
    return new SeedCache(root, version);
  }

  static key(file: string, contentHash: string): string {
    return createHash('sha256').update(file).update('\0').update(contentHash).digest('hex');
  }

  #path(key: string): string {
    return join(this.#dir, key.slice(0, 2), `${key}.json`);
  }

  async get(key: string): Promise<SeedOutcome | null> {
    this.#used.add(key);
    try {
      return JSON.parse(await readFile(this.#path(key), 'utf8')) as SeedOutcome;
    } catch {
      return null; // missing or damaged: the seed is simply processed again
    }
  }

  async set(key: string, outcome: SeedOutcome): Promise<void> {
    this.#used.add(key);
    const path = this.#path(key);
    await mkdir(join(this.#dir, key.slice(0, 2)), { recursive: true });
    const temporary = `${path}.${process.pid}.tmp`;
    await writeFile(temporary, JSON.stringify(outcome));
    await rename(temporary, path);
  }

  /** Removes entries no seed of this build used (deleted or changed seeds). */
  async prune(): Promise<void> {
    for (const shard of await readdir(this.#dir).catch(() => [] as string[])) {
      for (const name of await readdir(join(this.#dir, shard)).catch(() => [] as string[])) {
        if (!this.#used.has(name.replace(/\.json$/, ''))) await rm(join(this.#dir, shard, name), { force: true });
      }
    }
  }
}
