// Keeps the output folder safe: it never overlaps the seeds, only ever holds what a build made,
// and is replaced in one step so that a failed or killed build leaves the last good site whole.
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdir, readdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { basename, dirname, join, relative, resolve, isAbsolute } from 'node:path';

/** The file every built site carries, so the build knows a folder is its own. */
export const BUILD_MARKER = '.news-archive-build.json';

export class OutputFolderError extends Error {}

const isInside = (child: string, parent: string) => {
  const rel = relative(parent, child);
  return rel === '' || (!rel.startsWith('..') && !isAbsolute(rel));
};

/** Refuses an output folder that is the seeds folder, lies inside it, or contains it. */
export function checkFolders(seedsDir: string, outDir: string): void {
  const seeds = resolve(seedsDir);
  const out = resolve(outDir);
  if (isInside(out, seeds)) throw new OutputFolderError(`the output folder ${outDir} is the seeds folder or inside it; choose another --out`);
  if (isInside(seeds, out)) throw new OutputFolderError(`the seeds folder ${seedsDir} is inside the output folder ${outDir}; choose another --out`);
}

/** Refuses to replace a folder that holds files this tool did not make. */
export async function checkOutputIsOurs(outDir: string): Promise<void> {
  const entries = await readdir(outDir).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return null;
    if (error.code === 'ENOTDIR') throw new OutputFolderError(`the output ${outDir} is a file, not a folder`);
    throw error;
  });
  if (entries === null || entries.length === 0) return;
  if (!entries.includes(BUILD_MARKER)) {
    throw new OutputFolderError(`the output folder ${outDir} holds files that news-archive did not build; empty it or choose another --out`);
  }
}

/** A fresh folder beside the output folder to build into. */
export async function makeStagingFolder(outDir: string): Promise<string> {
  const out = resolve(outDir);
  await mkdir(dirname(out), { recursive: true });
  const staging = join(dirname(out), `.${basename(out)}.building-${randomBytes(4).toString('hex')}`);
  await mkdir(staging);
  return staging;
}

/**
 * Swaps the staged site in place of the old one; the old one is removed only once the new one is in
 * place. Removing thousands of folders takes seconds, so by default a process of its own does it after
 * the build has returned; `removeOld: 'now'` waits for it.
 */
export async function publishStagingFolder(staging: string, outDir: string, marker: object, removeOld: 'now' | 'background' = 'background'): Promise<void> {
  const out = resolve(outDir);
  await writeFile(join(staging, BUILD_MARKER), JSON.stringify(marker, null, 2) + '\n');
  const retired = join(dirname(out), `.${basename(out)}.retired-${randomBytes(4).toString('hex')}`);
  const hadOld = await exists(out);
  if (hadOld) await rename(out, retired);
  try {
    await rename(staging, out);
  } catch (error) {
    if (hadOld) await rename(retired, out); // put the last good site back
    throw error;
  }
  if (!hadOld) return;
  // Renamed first, so that no later recovery can mistake a half-removed folder for the last good site.
  const trash = join(dirname(out), `.${basename(out)}.trash-${randomBytes(4).toString('hex')}`);
  await rename(retired, trash);
  if (removeOld === 'now' || !removeInBackground(trash)) await rm(trash, { recursive: true, force: true });
}

/** Starts a detached process that removes `folder`; false if none could be started. */
function removeInBackground(folder: string): boolean {
  try {
    const child = spawn(process.execPath, ['-e', 'require("node:fs").rmSync(process.argv[1], { recursive: true, force: true })', folder], {
      detached: true,
      stdio: 'ignore',
    });
    child.on('error', () => {}); // the next build removes what is left
    child.unref();
    return child.pid !== undefined;
  } catch {
    return false;
  }
}

/**
 * Cleans up after a build that was killed: restores a retired site if the new one never arrived,
 * removes stale staging folders and whatever an earlier removal left of replaced sites.
 */
export async function recoverInterruptedBuild(outDir: string): Promise<void> {
  const out = resolve(outDir);
  const parent = dirname(out);
  const name = basename(out);
  const siblings = await readdir(parent).catch(() => [] as string[]);
  const retired = siblings.filter((s) => s.startsWith(`.${name}.retired-`));
  if (!(await exists(out)) && retired.length > 0) {
    for (const candidate of retired) {
      const path = join(parent, candidate);
      if (await exists(join(path, BUILD_MARKER))) {
        await rename(path, out);
        break;
      }
    }
  }
  for (const s of await readdir(parent).catch(() => [] as string[])) {
    if (s.startsWith(`.${name}.building-`) || s.startsWith(`.${name}.retired-`)) await rm(join(parent, s), { recursive: true, force: true });
    // A replaced site is never needed again; the build does not wait for it to go.
    else if (s.startsWith(`.${name}.trash-`) && !removeInBackground(join(parent, s))) await rm(join(parent, s), { recursive: true, force: true });
  }
}

export async function readBuildMarker(outDir: string): Promise<unknown> {
  try {
    return JSON.parse(await readFile(join(outDir, BUILD_MARKER), 'utf8'));
  } catch {
    return null;
  }
}

async function exists(path: string): Promise<boolean> {
  return stat(path).then(
    () => true,
    () => false,
  );
}
