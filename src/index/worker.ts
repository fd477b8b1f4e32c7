// The search index's thread (see thread.ts): indexes the one site it is sent, answers, and ends.
import childProcess, { type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { parentPort } from 'node:worker_threads';
import type { IndexReply, IndexRequest } from './thread.ts';

if (!parentPort) throw new Error('src/index/worker.ts runs as a worker thread');
const port = parentPort;

// A child process is waited for by the thread that started it, once it has ended. Pagefind's process,
// started by its Node API in this thread and killed when the index is made, would be left a zombie
// (its CPU time never counted) if the thread ended first: the processes it starts are kept track of,
// and the thread ends once they have.
const children = new Set<ChildProcess>();
const spawn = childProcess.spawn;
childProcess.spawn = ((...args: Parameters<typeof spawn>) => {
  const child = spawn(...args);
  children.add(child);
  child.once('exit', () => children.delete(child));
  return child;
}) as typeof spawn;
const { indexSite } = await import('./index.ts');

port.once('message', async ({ siteDir, records, options }: IndexRequest) => {
  let reply: IndexReply;
  try {
    reply = { ok: true, summary: await indexSite(siteDir, records, options) };
  } catch (error) {
    reply = { ok: false, message: error instanceof Error ? error.message : String(error) };
  }
  // (Pagefind lets go of its process, which would let this thread end first: it is held on to until it has ended)
  await Promise.all(
    [...children].map((child) => {
      if (child.exitCode !== null || child.signalCode !== null) return null;
      child.ref();
      return once(child, 'exit');
    }),
  );
  port.postMessage(reply);
  port.close();
});
