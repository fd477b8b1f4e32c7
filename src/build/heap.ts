// How far V8 lets the heap grow past what a full garbage collection found alive. By default it lets the
// heap reach up to four times (on this workload about twice) the live data before collecting again, so a
// big build's peak memory is mostly garbage: at 20,025 articles, 1,669 MiB where the live data was about
// 700 MB. Letting it grow by half instead took that build to 1,193 MiB. It costs collections: a cold
// build of 2,225 articles took 8–20% longer (3 alternating pairs), so small archives, whose peak is a
// few hundred MiB, keep V8's default.
import { setFlagsFromString } from 'node:v8';

/** Growth of the heap past the live data, in percent. */
export const HEAP_GROWTH_PERCENT = 50;
/** Seeds from which a build limits the heap's growth. */
export const LARGE_ARCHIVE = 5_000;

let set = false;

/** Sets the heap growth of this process (and its worker threads) for a build of `seeds` seeds; once is enough. */
export function limitHeapGrowth(seeds: number): void {
  if (set || seeds < LARGE_ARCHIVE) return;
  setFlagsFromString(`--heap-growing-percent=${HEAP_GROWTH_PERCENT}`);
  set = true;
}
