// records.json: the archive's machine-readable twin, in the shape CONTRACT.md documents.
import type { Archive } from '../types.ts';

/** Serialises the archive as records.json. Stable key order and formatting, so unchanged archives give identical bytes. */
export function serializeRecords(archive: Archive): string {
  return JSON.stringify(archive, null, 2) + '\n';
}
