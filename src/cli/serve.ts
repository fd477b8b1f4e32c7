// A static server for a built site, on 127.0.0.1 by default: what `npm run serve` starts, and what the
// browser tests use. Files come from sirv; a missing page gets the site's own 404.html.
import { createReadStream } from 'node:fs';
import { access } from 'node:fs/promises';
import { createServer, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import sirv from 'sirv';

export interface ServeOptions {
  /** The port to listen on; 0 picks a free one. */
  port: number;
  host?: string;
}

export interface RunningServer {
  /** The site's address, ending with `/`. */
  url: string;
  close(): Promise<void>;
}

export async function serveSite(dir: string, options: ServeOptions): Promise<RunningServer> {
  const root = path.resolve(dir);
  await access(root);
  const host = options.host ?? '127.0.0.1';
  // dev: look files up on each request rather than once at start, so a rebuilt site is served as it is now.
  const files = sirv(root, { dev: true, etag: true, dotfiles: false });
  const notFound = path.join(root, '404.html');

  const server = createServer((req, res) => {
    files(req, res, () => sendNotFound(res, notFound));
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const { port } = server.address() as AddressInfo;
  const shownHost = host.includes(':') ? `[${host}]` : host;
  return {
    url: `http://${shownHost}:${port}/`,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      }),
  };
}

function sendNotFound(res: ServerResponse, page: string): void {
  res.statusCode = 404;
  res.setHeader('Content-Type', 'text/html; charset=utf-8');
  const stream = createReadStream(page);
  stream.on('error', () => res.end('<!doctype html><title>Not found</title><h1>Not found</h1>'));
  stream.pipe(res);
}
