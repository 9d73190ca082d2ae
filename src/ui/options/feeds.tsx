/**
 * "Indicator lists": per list, which version is in use and whether it is current, when it was last checked, the
 * last error in plain words, and "Update now"; a form to follow another publisher's signed list.
 */
import { useEffect, useState } from 'preact/hooks';
import type { BundledInfo, FeedReply } from '../../background/feeds';
import { originPattern } from '../../feed/urls';
import type { FeedView } from '../../feed/updater';
import type { OptionsProps } from './options';
import { failureKey } from '../../feed/errors';
import type { Translator } from '../../i18n/catalog';
import { useUi } from '../ui-env';


function failureText(t: Translator, e: { message: string; codes?: string[] }): string {
  const known = (e.codes ?? []).filter((c) => t.lookup(failureKey(c)) !== undefined);
  return known.length ? known.map((c) => t(failureKey(c))).join(' ') : e.message;
}

export function FeedsSection({ send, requestOrigins }: OptionsProps) {
  const { t } = useUi();
  const [feeds, setFeeds] = useState<FeedView[] | null>(null);
  const [bundled, setBundled] = useState<BundledInfo[]>([]);
  const [busy, setBusy] = useState<string | null>(null);
  const [message, setMessage] = useState('');

  async function call(m: Parameters<OptionsProps['send']>[0], label: string) {
    setBusy(label);
    setMessage('');
    try {
      const r = (await send(m)) as FeedReply | undefined;
      if (!r) setMessage(t('noAnswer'));
      else if (!r.ok) setMessage((r.code && t.lookup(failureKey(r.code, 'feedInput'))) || r.error);
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
      <h2 id="lists-h" style={{ fontSize: '1.15rem' }}>{t('listsTitle')}</h2>
      <p>{t('listsIntro')}</p>
      {feeds !== null && !feeds.some((f) => f.builtin) && (
        <p data-testid="no-default-feed">
          {t('noFeed', bundled.map((b) => t('listVersion', b.id, b.version)).join(', '))}
        </p>
      )}
      <p role="status" aria-live="polite" data-testid="feed-message" style={{ color: message ? '#a4161a' : undefined, minHeight: '1.5em' }}>
        {busy ? t('working') : message}
      </p>
      {feeds?.map((f) => (
        <FeedCard key={f.id} feed={f} busy={busy !== null} onUpdate={() => call({ type: 'feed-update', id: f.id }, f.id)} onToggle={() => call({ type: 'feed-enable', id: f.id, enabled: !f.enabled }, f.id)} onRemove={() => call({ type: 'feed-remove', id: f.id }, f.id)} />
      ))}
      <AddFeed busy={busy !== null} onAdd={async (urls, publicKey, title) => {
        let origins: string[];
        try {
          origins = [...new Set(urls.map(originPattern))];
        } catch {
          setMessage(t('feedInputNotHttps'));
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
  const { t, tag } = useUi();
  const when = (ms?: number) => (ms === undefined ? t('never') : new Date(ms).toLocaleString(tag));
  const day = (iso?: string) => (iso ? new Date(iso).toLocaleDateString(tag) : '?');
  const using = f.using === 'downloaded' ? t('usingDownloaded') : f.using === 'bundled' ? t('usingBundled') : t('usingNone');
  return (
    <article data-feed={f.id} style={{ border: '1px solid #999', borderRadius: '6px', padding: '0.75rem', margin: '0 0 0.75rem' }}>
      <h3 style={{ fontSize: '1rem', margin: 0 }}><span data-verbatim>{f.title}</span>{f.builtin && ` ${t('defaultSuffix')}`}</h3>
      <dl style={{ display: 'grid', gridTemplateColumns: 'max-content 1fr', gap: '0.1rem 0.75rem', margin: '0.5rem 0' }}>
        <dt>{t('inUse')}</dt>
        <dd data-testid="feed-version" style={{ margin: 0 }}>
          {f.version === undefined ? using : t('versionLine', f.version, using, day(f.published), day(f.expires))}
          {f.stale && <strong data-testid="feed-stale"> {t('stale')}</strong>}
        </dd>
        <dt>{t('address')}</dt>
        <dd style={{ margin: 0, overflowWrap: 'anywhere' }} dir="ltr" data-verbatim>{f.urls.join(', ')}</dd>
        <dt>{t('lastCheck')}</dt>
        <dd style={{ margin: 0 }}>{when(f.lastCheck)}</dd>
        <dt>{t('lastSuccess')}</dt>
        <dd style={{ margin: 0 }}>{when(f.lastSuccess)}</dd>
        <dt>{t('nextCheck')}</dt>
        <dd style={{ margin: 0 }}>{f.enabled ? when(f.nextCheck) : t('off')}</dd>
        {f.lastError && (
          <>
            <dt>{f.lastSuccess !== undefined && f.lastError.at < f.lastSuccess ? t('earlierProblem') : t('lastProblem')}</dt>
            <dd data-testid="feed-error" title={f.lastError.message} style={{ margin: 0, color: '#a4161a' }}>{when(f.lastError.at)}: {failureText(t, f.lastError)}</dd>
          </>
        )}
      </dl>
      <button type="button" disabled={busy || !f.enabled} onClick={onUpdate}>{t('updateNow')}</button>{' '}
      <button type="button" disabled={busy} aria-pressed={f.enabled} onClick={onToggle}>{f.enabled ? t('turnOff') : t('turnOn')}</button>{' '}
      {!f.builtin && <button type="button" disabled={busy} onClick={onRemove}>{t('remove')}</button>}
    </article>
  );
}

function AddFeed({ busy, onAdd }: { busy: boolean; onAdd: (urls: string[], key: string, title: string) => Promise<boolean> }) {
  const { t } = useUi();
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
      <h3 style={{ fontSize: '1rem' }}>{t('followTitle')}</h3>
      <p>{t('followIntro')}</p>
      <label style={{ display: 'block' }}>{t('followName')}<br /><input value={title} onInput={(e) => setTitle(e.currentTarget.value)} style={{ width: '100%' }} /></label>
      <label style={{ display: 'block' }}>{t('followUrls')}<br /><textarea name="urls" dir="ltr" required rows={2} value={urls} onInput={(e) => setUrls(e.currentTarget.value)} style={{ width: '100%' }} /></label>
      <label style={{ display: 'block' }}>{t('followKey')}<br /><textarea name="key" dir="ltr" required rows={4} value={key} onInput={(e) => setKey(e.currentTarget.value)} placeholder="-----BEGIN PUBLIC KEY-----" style={{ width: '100%', fontFamily: 'monospace' }} /></label>
      <button type="submit" disabled={busy}>{t('followAdd')}</button>
    </form>
  );
}
