// Runs `indexSite` in a thread of its own. Pagefind's Node API talks to its process over a pipe, a
// message per record; in the build's thread those messages waited behind Eleventy, which holds the
// thread for long stretches while it renders, and Pagefind sat idle: adding the first two shards'
// records of 2,225 articles took 5.1 s while the pages were rendered, against 0.3–0.9 s per shard after.
import { Worker } from 'node:worker_threads';
import { BROWSER_SEARCH, type IndexOptions, type IndexSummary } from './index.ts';
import type { SearchRecord } from './records.ts';

export interface IndexThread {
  /** Indexes the records into `siteDir/pagefind/` in the thread, as `indexSite` does; once only. */
  index(siteDir: string, records: readonly SearchRecord[], options?: IndexOptions): Promise<IndexSummary>;
  /** Stops the thread (and with it any indexing still going on). */
  close(): Promise<void>;
}

export type IndexRequest = { siteDir: string; records: readonly SearchRecord[]; options: IndexOptions };
export type IndexReply = { ok: true; summary: IndexSummary } | { ok: false; message: string };

export interface IndexThreadOptions {
  /** The thread's code: `worker.ts` bundled into plain JavaScript, or by default `worker.ts` itself, through this process's loaders. */
  script?: URL;
  /** Node's options for the thread; by default this process's. */
  execArgv?: string[];
}

/** Starts the thread at once, so that it loads its code while this one prepares the records. */
export function startIndexThread(options: IndexThreadOptions = {}): IndexThread {
  // The thread starts from a script of plain JavaScript that imports its code: the TypeScript sources
  // go through tsx, registered in the thread (the loader given to this process applies to it alone).
  const start = options.script
    ? `import(${JSON.stringify(options.script.href)})`
    : `import(${JSON.stringify(import.meta.resolve('tsx/esm/api'))}).then(({ register }) => { register(); return import(${JSON.stringify(new URL('./worker.ts', import.meta.url).href)}); })`;
  const worker = new Worker(start, { eval: true, ...(options.execArgv ? { execArgv: options.execArgv } : {}) });
  // What goes wrong before `index` is called is told by `index`; a thread never asked is only stopped.
  let failure: Error | undefined;
  let exited: number | undefined;
  const waiting = new Set<(error: Error) => void>();
  const fail = (error: Error) => {
    failure ??= error;
    for (const reject of waiting) reject(error);
  };
  worker.on('error', fail);
  const ended = new Promise<void>((resolve) =>
    worker.once('exit', (code) => {
      exited = code;
      fail(new Error(`the search index's thread stopped before it answered (exit code ${code})`));
      resolve();
    }),
  );
  let asked = false;
  return {
    index(siteDir, records, indexOptions = {}) {
      if (asked) return Promise.reject(new Error('an index thread indexes one site'));
      asked = true;
      return new Promise<IndexSummary>((resolve, reject) => {
        if (failure) return reject(failure);
        waiting.add(reject);
        worker.once('message', (reply: IndexReply) => {
          waiting.delete(reject);
          if (reply.ok) resolve(reply.summary);
          else reject(new Error(reply.message));
        });
        // (a bundled copy of the index code is not beside browser-search.js: it is told where that is)
        const options = { browserSearch: BROWSER_SEARCH, ...indexOptions };
        worker.postMessage({ siteDir, records, options } satisfies IndexRequest);
      });
    },
    async close() {
      if (exited === undefined) await worker.terminate();
      await ended;
    },
  };
}
