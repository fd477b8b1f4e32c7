// How far V8 lets the heap grow past what a full garbage collection found alive. By default it lets the
// heap reach up to four times (on this workload about twice) the live data before collecting again, so a
// build's peak memory is mostly garbage: at 20,025 articles, 1,669 MiB where the live data was about
// 700 MB. Letting it grow by half instead took that build to 1,197 MiB, with no time lost that the
// benchmark could tell from noise.
import { setFlagsFromString } from 'node:v8';

/** Growth of the heap past the live data, in percent. */
export const HEAP_GROWTH_PERCENT = 50;

let set = false;

/** Sets the heap growth of this process (and its worker threads) for a build; once is enough. */
export function limitHeapGrowth(): void {
  if (set) return;
  setFlagsFromString(`--heap-growing-percent=${HEAP_GROWTH_PERCENT}`);
  set = true;
}
