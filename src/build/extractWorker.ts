// Runs processSeed in a worker thread, so seeds are cleaned and extracted on every core.
import { processSeed, type SeedOptions, type SeedOutcome } from './seed.ts';
import type { SeedFile } from '../types.ts';

export interface ExtractTask {
  seed: SeedFile;
  options: SeedOptions;
}

export default function extractTask({ seed, options }: ExtractTask): SeedOutcome {
  return processSeed(seed, options);
}
