// Processes seeds in parallel across the machine's cores (this thread and worker threads), or in this
// thread alone when starting workers would not pay.
import { availableParallelism } from 'node:os';
import { setFlagsFromString } from 'node:v8';
import { Piscina } from 'piscina';
import type { SeedFile } from '../types.ts';
import type { ExtractTask } from './extractWorker.ts';
import { processSeed, type SeedOptions, type SeedOutcome } from './seed.ts';
import { optionsWorkersTake, workerBundle, workerExecArgv } from './workerBundle.ts';

/**
 * What starting one worker costs, in seeds' worth of extraction: each worker loads the code (one
 * bundled file, see `workerBundle.ts`) and the NLP models, and warms up its own optimised code. With
 * it, workers start from 400 new seeds on 2 cores, above the 150 and 300 at which they were measured
 * not to pay yet (below).
 */
export const WORKER_START_SEEDS = 200;

/**
 * The fewest pending seeds for which workers pay for their start: S·threads/(threads − 1), 400 on 2
 * cores. Measured there (BBC articles, 3 rounds each), this thread with one worker and this thread
 * alone were even at 150 and at 300 seeds (each won some rounds, by up to 0.7 s): two threads at once
 * each run slower than one alone (memory is shared), which eats into what the second one brings.
 */
export function minSeedsForWorkers(threads: number): number {
  return threads < 2 ? Infinity : Math.ceil((WORKER_START_SEEDS * threads) / (threads - 1));
}

export interface SeedProcessor {
  process(seed: SeedFile): Promise<SeedOutcome>;
  close(): Promise<void>;
  /** Seeds processed so far in this thread and in workers. */
  readonly processed: { here: number; inWorkers: number };
}

/** One thread per core: this one and a worker on each other core. Whether workers are started depends on how many seeds wait (see `minSeedsForWorkers`). */
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

/** Seeds handed to each worker ahead of the one it is on, so that it never waits for this thread. */
const AHEAD = 4;

/**
 * Processes seeds in this thread alone, or, when `pending` seeds pay for starting workers, in this
 * thread and `threads − 1` workers, all taking the next seed from one queue: this thread has its code
 * loaded already and starts at once, while each worker first loads its own (this thread's duties, a
 * progress line, handing out seeds, are light). Workers run the bundle of the extraction code made for
 * `version` (see `workerBundle`), or the TypeScript sources through tsx when no bundle can be made.
 */
export async function seedProcessor(pending: number, options: SeedOptions, version: string, threads = defaultThreads()): Promise<SeedProcessor> {
  const processed = { here: 0, inWorkers: 0 };
  if (pending < minSeedsForWorkers(threads)) {
    return {
      processed,
      process: async (seed) => {
        processed.here++;
        return processSeed(seed, options);
      },
      close: async () => {},
    };
  }
  // Flags are read by each worker's V8 as it starts, so this is set before the pool starts them, and
  // V8's default is back once they are gone, for the stages that follow.
  const tuneTiering = !interruptBudgetGiven();
  if (tuneTiering) setFlagsFromString(`--interrupt-budget=${WORKER_INTERRUPT_BUDGET}`);
  const bundle = await workerBundle('extract', version);
  const workers = threads - 1;
  const pool = new Piscina({
    filename: (bundle ?? new URL('./extractWorker.ts', import.meta.url)).href,
    minThreads: workers,
    maxThreads: workers,
    // (sent to the worker ahead, not held here until it answers: this thread answers late while busy)
    concurrentTasksPerWorker: AHEAD,
    // (the sources need tsx's options, which the bundle does not)
    execArgv: optionsWorkersTake(bundle ? workerExecArgv() : process.execArgv),
  });
  const queue: Array<{ seed: SeedFile; done: (outcome: SeedOutcome) => void; failed: (error: unknown) => void }> = [];
  let inWorkers = 0;
  let here: NodeJS.Immediate | undefined;
  const handOut = () => {
    while (inWorkers < workers * AHEAD && queue.length) {
      const { seed, done, failed } = queue.shift()!;
      inWorkers++;
      (pool.run({ seed, options } satisfies ExtractTask) as Promise<SeedOutcome>)
        .then((outcome) => {
          processed.inWorkers++;
          done(outcome);
        }, failed)
        .finally(() => {
          inWorkers--;
          handOut();
        });
    }
  };
  // This thread takes one seed per turn of the event loop, so that the workers' answers are taken
  // (and their next seeds handed out) between two.
  const takeOne = () => {
    here = undefined;
    const next = queue.shift();
    if (!next) return;
    try {
      next.done(processSeed(next.seed, options));
      processed.here++;
    } catch (error) {
      next.failed(error);
    }
    here ??= setImmediate(takeOne);
  };
  return {
    processed,
    process: (seed) =>
      new Promise<SeedOutcome>((done, failed) => {
        queue.push({ seed, done, failed });
        handOut();
        here ??= setImmediate(takeOne);
      }),
    close: async () => {
      if (here) clearImmediate(here);
      await pool.destroy();
      if (tuneTiering) setFlagsFromString(`--interrupt-budget=${V8_DEFAULT_INTERRUPT_BUDGET}`);
    },
  };
}
