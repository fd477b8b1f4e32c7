// A worker thread's code as one plain JavaScript file, so that each worker starts without TypeScript's
// loader: tsx transpiles every module again in every worker thread, which took about half of an
// extraction worker's start (2.3 s → 1.1–1.4 s for two workers to give their first result, 2 cores).
import { mkdir, readdir, rename, rm, stat } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { build, type Plugin } from 'esbuild';

const projectRoot = resolve(import.meta.dirname, '../..');

/**
 * Where bundles are kept: under the project's `node_modules`, the usual place for tools' caches, so
 * that the packages the bundle leaves out resolve from it as they do from the sources.
 */
export const BUNDLE_DIR = join(projectRoot, 'node_modules/.cache/news-archive');
/** The build's worker threads: extraction (src/build/extractPool.ts) and the search index (src/index/thread.ts). */
export const WORKER_ENTRIES = { extract: 'src/build/extractWorker.ts', index: 'src/index/worker.ts' } as const;
export type WorkerName = keyof typeof WORKER_ENTRIES;

/** Packages stay imports of the bundle (resolved from `node_modules` at run time), except JSON data,
 * which Node would only import with an import attribute that esbuild does not keep. */
const packagesOutside: Plugin = {
  name: 'packages-outside',
  setup(b) {
    b.onResolve({ filter: /^[^./]/ }, (args) => (args.path.endsWith('.json') ? undefined : { path: args.path, external: true }));
  },
};

/**
 * The worker as one ES module, made from the sources the first time it is asked for with this
 * `version` (the hash of the code it runs, `codeVersion(worker)`) and kept for the next builds; its
 * bundles of other versions are removed. Null when it cannot be made (no write access to the
 * project's `node_modules`, say): the caller then runs the TypeScript sources as they are.
 */
export async function workerBundle(worker: WorkerName, version: string, dir = BUNDLE_DIR): Promise<URL | null> {
  const prefix = `${worker}-worker-`;
  const file = join(dir, `${prefix}${version}.mjs`);
  try {
    if ((await stat(file).catch(() => null))?.isFile()) return pathToFileURL(file);
    await mkdir(dir, { recursive: true });
    // Written under a name of its own, then renamed: a build running at the same time never reads half a file.
    const temporary = join(dir, `${prefix}${version}.${process.pid}.tmp`);
    await build({
      entryPoints: [join(projectRoot, WORKER_ENTRIES[worker])],
      outfile: temporary,
      bundle: true,
      format: 'esm',
      platform: 'node',
      target: `node${process.versions.node.split('.')[0]}`,
      plugins: [packagesOutside],
      logLevel: 'silent',
    });
    await rename(temporary, file);
    await removeStale(dir, prefix, file);
    return pathToFileURL(file);
  } catch {
    return null;
  }
}

/** Bundles of other versions, and pieces left by builds killed while bundling (an hour old). */
async function removeStale(dir: string, prefix: string, kept: string): Promise<void> {
  const hourAgo = Date.now() - 3_600_000;
  for (const name of await readdir(dir)) {
    const path = join(dir, name);
    if (!name.startsWith(prefix) || path === kept) continue;
    if (name.endsWith('.mjs') || ((await stat(path).catch(() => null))?.mtimeMs ?? Infinity) < hourAgo) await rm(path, { force: true });
  }
}

/**
 * Node's options for the workers: this process's, without the ones that load tsx, which a worker
 * running the bundle does not need. (`optionsWorkersTake` then leaves out those workers refuse.)
 */
export function workerExecArgv(execArgv: readonly string[] = process.execArgv): string[] {
  const kept: string[] = [];
  for (let i = 0; i < execArgv.length; i++) {
    const arg = execArgv[i]!;
    const [flag, inline] = arg.split(/=(.*)/s, 2) as [string, string | undefined];
    if (['--import', '--require', '-r', '--loader', '--experimental-loader'].includes(flag)) {
      const value = inline ?? execArgv[i + 1] ?? '';
      if (inline === undefined) i++;
      if (/(^|[\\/])tsx([\\/]|$)/.test(value)) continue;
      kept.push(flag, value);
      continue;
    }
    kept.push(arg);
  }
  return kept;
}

const accepted = new Map<string, string[]>();

/**
 * Of Node's options, those a worker thread takes. Node refuses to start a worker given an option only
 * a process can take (V8's, such as `--max-old-space-size` or `--interrupt-budget`), so a build run
 * with one would fail: such options are found by starting a worker with them (once per list, in a
 * process) and left out. Where Node's refusal does not say which they are, none are kept.
 */
export function optionsWorkersTake(execArgv: readonly string[]): string[] {
  const key = JSON.stringify(execArgv);
  const known = accepted.get(key);
  if (known) return [...known];
  let kept: string[] = [...execArgv];
  for (let attempt = 0; kept.length > 0; attempt++) {
    try {
      void new Worker('', { eval: true, execArgv: kept }).terminate();
      break;
    } catch (error) {
      if ((error as { code?: string }).code !== 'ERR_WORKER_INVALID_EXEC_ARGV') throw error;
      // "Initiated Worker with invalid execArgv flags: --a=1, --b"
      const refused = new Set(String((error as Error).message).split(/flags?: /)[1]?.split(', ') ?? []);
      const left: string[] = kept.filter((arg) => !refused.has(arg));
      kept = left.length < kept.length && attempt < 3 ? left : [];
    }
  }
  accepted.set(key, kept);
  return [...kept];
}
