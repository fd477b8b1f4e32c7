// How the search index is split: each article goes to a shard by a hash of its address, so that it stays
// in the same shard from one build to the next, and a shard whose records did not change is not indexed
// again. The count of shards grows with the archive in powers of two, at most MAX_SHARDS, since the
// browser loads every shard when it searches.
import { createHash } from 'node:crypto';
import type { SearchRecord } from './records.ts';

/** Records a shard holds, at most, before the archive is split into twice as many. */
export const RECORDS_PER_SHARD = 300;
export const MAX_SHARDS = 16;

export function shardCount(records: number): number {
  let count = 1;
  while (count < MAX_SHARDS && records > count * RECORDS_PER_SHARD) count *= 2;
  return count;
}

/** The records of each of `count` shards, each in the order given. */
export function splitIntoShards(records: readonly SearchRecord[], count: number): SearchRecord[][] {
  const shards: SearchRecord[][] = Array.from({ length: count }, () => []);
  for (const record of records) shards[shardOf(record.url, count)]!.push(record);
  return shards;
}

export function shardOf(url: string, count: number): number {
  return createHash('sha1').update(url).digest().readUInt32BE(0) % count;
}

/** The hash of everything a shard's files are made from: equal hashes make equal shards. */
export function shardHash(records: readonly SearchRecord[], count: number, version: string): string {
  const hash = createHash('sha256').update(version).update('\0').update(String(count)).update('\0');
  for (const record of records) hash.update(JSON.stringify(record)).update('\n');
  return hash.digest('base64url');
}
