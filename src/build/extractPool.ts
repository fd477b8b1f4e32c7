// Processes seeds in parallel across the machine's cores, or in this thread when that would not pay.
import { availableParallelism } from 'node:os';
import { setFlagsFromString } from 'node:v8';
import { Piscina } from 'piscina';
import type { SeedFile } from '../types.ts';
import type { ExtractTask } from './extractWorker.ts';
import { processSeed, type SeedOptions, type SeedOutcome } from './seed.ts';
import { workerBundle, workerExecArgv } from './workerBundle.ts';

/**
 * What starting one worker costs, in seeds' worth of extraction: each worker loads the code (one
 * bundled file, see `workerBundle.ts`) and the NLP models, and warms up its own optimised code. The
 * break-even measured on 2 cores (about 300 seeds, below) puts it near 150; 200 leaves a margin.
 */
export const WORKER_START_SEEDS = 200;

/**
 * The fewest pending seeds for which `threads` workers pay for their start: one thread takes N·c, the
 * workers S + N·c/threads, so they win past N = S·threads/(c·(threads − 1)). On 2 cores this gives 400;
 * measured there (BBC articles, 3 rounds), one thread won at 150 seeds by 0.4–0.8 s, the two were even
 * at 300, and two workers won at 500.
 */
export function minSeedsForWorkers(threads: number): number {
  return threads < 2 ? Infinity : Math.ceil((WORKER_START_SEEDS * threads) / (threads - 1));
}

export interface SeedProcessor {
  process(seed: SeedFile): Promise<SeedOutcome>;
  close(): Promise<void>;
}

/** One worker thread per core. Whether they are started depends on how many seeds wait (see `minSeedsForWorkers`). */
export function defaultThreads(cores = availableParallelism()): number {
  return cores;
}

/**
 * V8 optimises a function once it has run a little (its "interrupt budget"), and optimises it again
 * each time a path it had not seen yet throws the optimised code away. The extractor's large functions
 * meet new paths for a long while, so by default V8 spent about 8 s of CPU time compiling them for a
 * 15 s extraction of 2,225 articles, in every worker. Waiting about 15 times longer before optimising
 * halved that, and made two workers pay on 2 cores: extraction of the 2,225 articles went from 17.9 s
 * in one thread to 15.1 s in two (medians of 4), where two workers with V8's default took 19.1 s.
 * A budget given on the command line (`--interrupt-budget`) is left alone.
 */
export const WORKER_INTERRUPT_BUDGET = 1_000_000;
const V8_DEFAULT_INTERRUPT_BUDGET = 67_584;

function interruptBudgetGiven(): boolean {
  return [...process.execArgv, process.env.NODE_OPTIONS ?? ''].some((arg) => arg.includes('interrupt-budget'));
}

/**
 * Processes seeds in this thread, or in `threads` workers when `pending` seeds pay for their start.
 * Workers run the bundle of the extraction code made for `version` (see `workerBundle`), or
 * the TypeScript sources through tsx when no bundle can be made.
 */
export async function seedProcessor(pending: number, options: SeedOptions, version: string, threads = defaultThreads()): Promise<SeedProcessor> {
  if (pending < minSeedsForWorkers(threads)) {
    return { process: async (seed) => processSeed(seed, options), close: async () => {} };
  }
  // Flags are read by each worker's V8 as it starts, so this is set before the pool starts them, and
  // V8's default is back once they are gone, for the stages that follow.
  const tuneTiering = !interruptBudgetGiven();
  if (tuneTiering) setFlagsFromString(`--interrupt-budget=${WORKER_INTERRUPT_BUDGET}`);
  const bundle = await workerBundle('extract', version);
  const pool = new Piscina({
    filename: (bundle ?? new URL('./extractWorker.ts', import.meta.url)).href,
    minThreads: threads,
    maxThreads: threads,
    ...(bundle ? { execArgv: workerExecArgv() } : {}),
  });
  return {
    process: (seed) => pool.run({ seed, options } satisfies ExtractTask) as Promise<SeedOutcome>,
    close: async () => {
      await pool.destroy();
      if (tuneTiering) setFlagsFromString(`--interrupt-budget=${V8_DEFAULT_INTERRUPT_BUDGET}`);
    },
  };
}
