// Processes seeds in parallel across the machine's cores, or in this thread when that would not pay.
import { availableParallelism } from 'node:os';
import { Piscina } from 'piscina';
import type { SeedFile } from '../types.ts';
import type { ExtractTask } from './extractWorker.ts';
import { processSeed, type SeedOptions, type SeedOutcome } from './seed.ts';

/** Below this many seeds, starting workers (each loads the NLP models) costs more than it saves. */
const MIN_SEEDS_FOR_WORKERS = 48;

export interface SeedProcessor {
  process(seed: SeedFile): Promise<SeedOutcome>;
  close(): Promise<void>;
}

/**
 * Worker threads by default only where there are four or more cores: on two virtual cores (often the
 * two hyperthreads of one physical core) extraction in two workers measured slower than in one thread,
 * each worker paying for its own copy of the NLP models and its own garbage collection.
 */
export function defaultThreads(cores = availableParallelism()): number {
  return cores >= 4 ? cores : 1;
}

export function seedProcessor(pending: number, options: SeedOptions, threads = defaultThreads()): SeedProcessor {
  if (pending < MIN_SEEDS_FOR_WORKERS || threads < 2) {
    return { process: async (seed) => processSeed(seed, options), close: async () => {} };
  }
  const pool = new Piscina({ filename: new URL('./extractWorker.ts', import.meta.url).href, minThreads: threads, maxThreads: threads });
  return {
    process: (seed) => pool.run({ seed, options } satisfies ExtractTask) as Promise<SeedOutcome>,
    close: () => pool.destroy(),
  };
}
