// Finds the seed files under a folder and reads them. File-system edge of the build.
import { readdir, readFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { seedFormat } from '../ingest/index.ts';

export interface SeedListing {
  /** Seed paths relative to the folder, `/`-separated, sorted. */
  seeds: string[];
  /** Files that are not seeds (images and the like), skipped. */
  skipped: string[];
}

/** Lists .txt and .md files under `dir`, recursively; hidden files and folders and symbolic links are passed over. */
export async function listSeedFiles(dir: string): Promise<SeedListing> {
  const seeds: string[] = [];
  const skipped: string[] = [];
  const walk = async (folder: string): Promise<void> => {
    const entries = await readdir(folder, { withFileTypes: true });
    for (const entry of entries) {
      if (entry.name.startsWith('.')) continue;
      const path = join(folder, entry.name);
      if (entry.isDirectory()) await walk(path);
      else if (entry.isFile()) (seedFormat(entry.name) ? seeds : skipped).push(relative(dir, path).split(sep).join('/'));
    }
  };
  await walk(dir);
  seeds.sort();
  skipped.sort();
  return { seeds, skipped };
}

export async function readSeedFile(dir: string, file: string): Promise<Uint8Array> {
  return readFile(join(dir, ...file.split('/')));
}
