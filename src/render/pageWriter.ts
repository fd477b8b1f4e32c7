// Writes rendered pages to disk a bounded number at a time, off the thread that renders them.
// Every page lives in a folder of its own; each folder is made once, and a page waits for its folder.
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import PQueue from 'p-queue';

export interface PageWriter {
  /**
   * Queues a file to be written, creating its folder. Resolves once there is room for the next one, so
   * that a renderer faster than the disk waits instead of holding every page in memory. Rejects with
   * the first error a write met.
   */
  write(file: string, content: string | Uint8Array): Promise<void>;
  /** Waits for every queued write; rejects with the first error any of them met. */
  drain(): Promise<void>;
  /** Refuses every later write, so that nothing is written once the caller has given up. */
  close(): void;
  /** The files written or queued so far, in the order they were queued. */
  readonly files: readonly string[];
  /** Writes queued or in flight. */
  readonly pending: number;
}

export interface PageWriterOptions {
  /** Writes one file into a folder that exists; by default `fs.writeFile`. */
  writeFile?: (file: string, content: string | Uint8Array) => Promise<void>;
}

/** Writes in flight at once: enough to keep the disk and the thread pool busy. */
export const IN_FLIGHT = 16;
/** Writes waiting behind those, at most, before the renderer is held back. */
export const WAITING = 64;

export function pageWriter(options: PageWriterOptions = {}): PageWriter {
  const write = options.writeFile ?? writeFile;
  const queue = new PQueue({ concurrency: IN_FLIGHT });
  const folders = new Map<string, Promise<unknown>>();
  const files: string[] = [];
  /** The first error a write met (wrapped, since anything can be thrown), and whether writes are refused. */
  const state: { failure?: { error: unknown }; closed: boolean } = { closed: false };
  const folderOf = (dir: string) => {
    let made = folders.get(dir);
    if (!made) folders.set(dir, (made = mkdir(dir, { recursive: true })));
    return made;
  };
  const check = () => {
    if (state.failure) throw state.failure.error;
  };
  return {
    files,
    get pending() {
      return queue.size + queue.pending;
    },
    async write(file, content) {
      check();
      if (state.closed) throw new Error(`no more pages may be written: ${file}`);
      files.push(file);
      queue
        .add(async () => {
          await folderOf(path.dirname(file));
          await write(file, content);
        })
        .catch((error: unknown) => {
          state.failure ??= { error };
        });
      await queue.onSizeLessThan(WAITING);
      check();
    },
    close() {
      state.closed = true;
    },
    async drain() {
      await queue.onIdle();
      check();
    },
  };
}
