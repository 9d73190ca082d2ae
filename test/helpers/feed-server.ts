/**
 * A loopback HTTP server that plays a list publisher's host, honest or not: each path answers with whatever the
 * test sets (a body, an error status, a stall, a cut-off body), and every request is recorded.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';

export type Route =
  /** dropConditional: drops requests carrying If-None-Match, as a failed CORS preflight looks to the fetcher. */
  | { body: string; etag?: string; status?: number; chunked?: boolean; dropConditional?: boolean }
  | { status: number }
  | { stallMs: number }
  /** Promises `declared` bytes, sends `body`, then drops the connection. */
  | { truncate: string; declared: number };

export interface FeedServer {
  url: (path: string) => string;
  set: (path: string, route: Route) => void;
  requests: { path: string; ifNoneMatch?: string }[];
  close: () => Promise<void>;
}

export async function startFeedServer(): Promise<FeedServer> {
  const routes = new Map<string, Route>();
  const requests: FeedServer['requests'] = [];
  const server = http.createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    const inm = req.headers['if-none-match'];
    requests.push({ path, ifNoneMatch: typeof inm === 'string' ? inm : undefined });
    const route = routes.get(path);
    if (!route) return void res.writeHead(404).end('not found');
    if ('stallMs' in route) return void setTimeout(() => res.writeHead(200).end('{}'), route.stallMs).unref();
    if ('truncate' in route) {
      res.writeHead(200, { 'content-type': 'application/json', 'content-length': String(route.declared) });
      res.write(route.truncate);
      return void setTimeout(() => res.destroy(), 20);
    }
    if (!('body' in route)) return void res.writeHead(route.status).end(`error ${route.status}`);
    if (route.dropConditional && inm) return void res.destroy();
    if (route.etag && inm === route.etag) return void res.writeHead(304, { etag: route.etag }).end();
    const headers: Record<string, string> = { 'content-type': 'application/json' };
    if (route.etag) headers.etag = route.etag;
    if (!route.chunked) headers['content-length'] = String(Buffer.byteLength(route.body));
    res.writeHead(route.status ?? 200, headers);
    if (route.chunked) {
      // Written in pieces with no length announced, so only the reader's own count can stop it.
      for (let i = 0; i < route.body.length; i += 1000) res.write(route.body.slice(i, i + 1000));
      res.end();
    } else res.end(route.body);
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const { port } = server.address() as AddressInfo;
  return {
    url: (p) => `http://127.0.0.1:${port}${p}`,
    set: (p, r) => routes.set(p, r),
    requests,
    close: () => new Promise((ok) => { server.closeAllConnections(); server.close(() => ok()); }),
  };
}
