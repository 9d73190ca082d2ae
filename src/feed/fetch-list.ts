/**
 * One download of a list file with the limits a background worker needs against a slow, broken or hostile
 * server: a timeout over the whole transfer, a size cap enforced while reading (not trusted from headers), a
 * conditional request so an unchanged list costs a 304, and no cookies.
 */
export interface FetchOptions {
  etag?: string;
  timeoutMs: number;
  maxBytes: number;
  fetch?: typeof fetch;
}

export type FetchOutcome =
  | { kind: 'ok'; text: string; etag?: string }
  | { kind: 'not-modified' }
  | { kind: 'http-error'; status: number }
  | { kind: 'too-large'; bytes: number }
  | { kind: 'truncated'; detail: string }
  | { kind: 'timeout' }
  | { kind: 'network'; detail: string };

export async function fetchList(url: string, opts: FetchOptions): Promise<FetchOutcome> {
  const doFetch = opts.fetch ?? fetch;
  const abort = new AbortController();
  const timer = setTimeout(() => abort.abort(), opts.timeoutMs);
  try {
    const headers: Record<string, string> = { accept: 'application/json' };
    if (opts.etag) headers['if-none-match'] = opts.etag;
    let res: Response;
    try {
      // no-store: our own ETag bookkeeping decides what is new; a stale HTTP cache entry must not answer for the server.
      res = await doFetch(url, { headers, signal: abort.signal, credentials: 'omit', cache: 'no-store', redirect: 'follow' });
    } catch (e) {
      return abort.signal.aborted ? { kind: 'timeout' } : { kind: 'network', detail: (e as Error).message };
    }
    if (res.status === 304) return { kind: 'not-modified' };
    if (!res.ok) {
      await res.body?.cancel().catch(() => {});
      return { kind: 'http-error', status: res.status };
    }
    const declared = Number(res.headers.get('content-length'));
    if (declared > opts.maxBytes) {
      await res.body?.cancel().catch(() => {});
      return { kind: 'too-large', bytes: declared };
    }
    const body = await readCapped(res, opts.maxBytes, abort.signal);
    if (body.kind !== 'ok') return body;
    // Content-Length counts encoded bytes; only an unencoded body can be compared with it.
    const encoded = (res.headers.get('content-encoding') ?? 'identity') !== 'identity';
    if (!encoded && Number.isFinite(declared) && declared > 0 && body.bytes !== declared) {
      return { kind: 'truncated', detail: `got ${body.bytes} of ${declared} bytes` };
    }
    let text: string;
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(body.data);
    } catch {
      return { kind: 'truncated', detail: 'the file is not valid UTF-8' };
    }
    return { kind: 'ok', text, etag: res.headers.get('etag') ?? undefined };
  } finally {
    clearTimeout(timer);
  }
}

type Read = { kind: 'ok'; data: Uint8Array; bytes: number } | { kind: 'too-large'; bytes: number } | { kind: 'timeout' } | { kind: 'truncated'; detail: string };

async function readCapped(res: Response, maxBytes: number, signal: AbortSignal): Promise<Read> {
  if (!res.body) return { kind: 'ok', data: new Uint8Array(0), bytes: 0 };
  const reader = res.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      total += value.byteLength;
      if (total > maxBytes) {
        await reader.cancel().catch(() => {});
        return { kind: 'too-large', bytes: total };
      }
      chunks.push(value);
    }
  } catch (e) {
    if (signal.aborted) return { kind: 'timeout' };
    return { kind: 'truncated', detail: (e as Error).message };
  }
  const data = new Uint8Array(total);
  let at = 0;
  for (const c of chunks) {
    data.set(c, at);
    at += c.byteLength;
  }
  return { kind: 'ok', data, bytes: total };
}
