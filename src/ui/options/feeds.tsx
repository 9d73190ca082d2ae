/**
 * "Indicator lists": per list, which version is in use and whether it is current, when it was last checked, the
 * last error in plain words, and "Update now"; a form to follow another publisher's signed list.
 */
import { useEffect, useState } from 'preact/hooks';
import type { BundledInfo, FeedReply } from '../../background/feeds';
import { originPattern } from '../../feed/urls';
import type { FeedView } from '../../feed/updater';
import type { OptionsProps } from './options';

const when = (t?: number) => (t === undefined ? 'never' : new Date(t).toLocaleString());
const day = (iso?: string) => (iso ? new Date(iso).toLocaleDateString() : '?');

export function FeedsSection({ send, requestOrigins }: OptionsProps) {
  const [feeds, setFeeds] = useState<FeedView[] | null>(null);
  const [bundled, setBundled] = useState<BundledInfo[]>([]);
  const [busy, setBusy] = useState<string | null>(null);
  const [message, setMessage] = useState('');

  async function call(m: Parameters<OptionsProps['send']>[0], label: string) {
    setBusy(label);
    setMessage('');
    try {
      const r = (await send(m)) as FeedReply | undefined;
      if (!r) setMessage('Lurewatch did not answer; try again.');
      else if (!r.ok) setMessage(r.error);
      else {
        setFeeds(r.feeds);
        setBundled(r.bundled);
        return r;
      }
    } catch (e) {
      setMessage((e as Error).message);
    } finally {
      setBusy(null);
    }
    return undefined;
  }

  useEffect(() => void call({ type: 'feeds-status' }, 'load'), []);

  return (
    <section aria-labelledby="lists-h">
      <h2 id="lists-h" style={{ fontSize: '1.15rem' }}>Indicator lists</h2>
      <p>Lists of warning signs are downloaded, checked against their publisher’s signature, and used on this computer. Nothing about you or the pages you read is sent.</p>
      {feeds !== null && !feeds.some((f) => f.builtin) && (
        <p data-testid="no-default-feed">
          This copy of Lurewatch follows no update feed. It uses its built-in list{bundled.map((b) => ` “${b.id}” version ${b.version}`).join(',')} until the extension itself is updated.
        </p>
      )}
      <p role="status" aria-live="polite" data-testid="feed-message" style={{ color: message ? '#a4161a' : undefined, minHeight: '1.5em' }}>
        {busy ? 'Working…' : message}
      </p>
      {feeds?.map((f) => (
        <FeedCard key={f.id} feed={f} busy={busy !== null} onUpdate={() => call({ type: 'feed-update', id: f.id }, f.id)} onToggle={() => call({ type: 'feed-enable', id: f.id, enabled: !f.enabled }, f.id)} onRemove={() => call({ type: 'feed-remove', id: f.id }, f.id)} />
      ))}
      <AddFeed busy={busy !== null} onAdd={async (urls, publicKey, title) => {
        let origins: string[];
        try {
          origins = [...new Set(urls.map(originPattern))];
        } catch {
          setMessage('Each address must be a full web address starting with https://');
          return false;
        }
        // Without this access the download still works when the publisher's server allows it (CORS).
        await requestOrigins(origins);
        return (await call({ type: 'feed-subscribe', urls, publicKey, title }, 'add')) !== undefined;
      }} />
    </section>
  );
}

function FeedCard({ feed: f, busy, onUpdate, onToggle, onRemove }: { feed: FeedView; busy: boolean; onUpdate: () => void; onToggle: () => void; onRemove: () => void }) {
  const using = f.using === 'downloaded' ? 'downloaded' : f.using === 'bundled' ? 'built into the extension' : 'none yet';
  return (
    <article data-feed={f.id} style={{ border: '1px solid #999', borderRadius: '6px', padding: '0.75rem', margin: '0 0 0.75rem' }}>
      <h3 style={{ fontSize: '1rem', margin: 0 }}>{f.title}{f.builtin && ' (default)'}</h3>
      <dl style={{ display: 'grid', gridTemplateColumns: 'max-content 1fr', gap: '0.1rem 0.75rem', margin: '0.5rem 0' }}>
        <dt>In use</dt>
        <dd data-testid="feed-version" style={{ margin: 0 }}>
          {f.version === undefined ? using : `version ${f.version} (${using}), published ${day(f.published)}, expires ${day(f.expires)}`}
          {f.stale && <strong data-testid="feed-stale"> — out of date: it still works, but may miss new lures</strong>}
        </dd>
        <dt>Address</dt>
        <dd style={{ margin: 0, overflowWrap: 'anywhere' }}>{f.urls.join(', ')}</dd>
        <dt>Last check</dt>
        <dd style={{ margin: 0 }}>{when(f.lastCheck)}</dd>
        <dt>Last success</dt>
        <dd style={{ margin: 0 }}>{when(f.lastSuccess)}</dd>
        <dt>Next check</dt>
        <dd style={{ margin: 0 }}>{f.enabled ? when(f.nextCheck) : 'off'}</dd>
        {f.lastError && (
          <>
            <dt>{f.lastSuccess !== undefined && f.lastError.at < f.lastSuccess ? 'Earlier problem (fixed since)' : 'Last problem'}</dt>
            <dd data-testid="feed-error" style={{ margin: 0, color: '#a4161a' }}>{when(f.lastError.at)}: {f.lastError.message}</dd>
          </>
        )}
      </dl>
      <button type="button" disabled={busy || !f.enabled} onClick={onUpdate}>Update now</button>{' '}
      <button type="button" disabled={busy} aria-pressed={f.enabled} onClick={onToggle}>{f.enabled ? 'Turn off' : 'Turn on'}</button>{' '}
      {!f.builtin && <button type="button" disabled={busy} onClick={onRemove}>Remove</button>}
    </article>
  );
}

function AddFeed({ busy, onAdd }: { busy: boolean; onAdd: (urls: string[], key: string, title: string) => Promise<boolean> }) {
  const [urls, setUrls] = useState('');
  const [key, setKey] = useState('');
  const [title, setTitle] = useState('');
  return (
    <form
      onSubmit={async (e) => {
        e.preventDefault();
        const list = urls.split(/[\s,]+/).filter(Boolean);
        if (await onAdd(list, key, title)) {
          setUrls('');
          setKey('');
          setTitle('');
        }
      }}
    >
      <h3 style={{ fontSize: '1rem' }}>Follow another list</h3>
      <p>An organisation that publishes a list gives you its address and its public key.</p>
      <label style={{ display: 'block' }}>Name (optional)<br /><input value={title} onInput={(e) => setTitle(e.currentTarget.value)} style={{ width: '100%' }} /></label>
      <label style={{ display: 'block' }}>Address (https://…; mirrors on separate lines)<br /><textarea name="urls" required rows={2} value={urls} onInput={(e) => setUrls(e.currentTarget.value)} style={{ width: '100%' }} /></label>
      <label style={{ display: 'block' }}>Publisher’s public key<br /><textarea name="key" required rows={4} value={key} onInput={(e) => setKey(e.currentTarget.value)} placeholder="-----BEGIN PUBLIC KEY-----" style={{ width: '100%', fontFamily: 'monospace' }} /></label>
      <button type="submit" disabled={busy}>Add list</button>
    </form>
  );
}
