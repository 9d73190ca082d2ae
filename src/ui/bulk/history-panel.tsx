/**
 * The history of flagged ads on the bulk page: search, export, delete one or all, and "check these" to load them
 * into the table. Shows how many are kept and the cap, so nobody is surprised when the oldest go.
 */
import { useEffect, useState } from 'preact/hooks';
import { clearHistory, deleteFromHistory, HISTORY_CAP, readHistory, type HistoryEntry } from '../../history/store';
import type { StorageArea } from '../../storage/area';

export function HistoryPanel({ storage, onCheck, download }: { storage: StorageArea; onCheck: (entries: HistoryEntry[]) => void; download: (name: string, text: string, type: string) => void }) {
  const [items, setItems] = useState<HistoryEntry[] | null>(null);
  const [q, setQ] = useState('');
  const reload = () => void readHistory(storage).then(setItems);
  useEffect(reload, []);
  if (items === null) return null;
  const needle = q.trim().toLowerCase();
  const shown = items.filter((e) => !needle || e.text.toLowerCase().includes(needle) || (e.url ?? '').toLowerCase().includes(needle) || Object.values(e.contacts).flat().some((c) => c.toLowerCase().includes(needle))).reverse();
  return (
    <section aria-labelledby="history-h" data-testid="history">
      <h2 id="history-h" style={{ fontSize: '1.15rem' }}>Flagged while browsing</h2>
      <p data-testid="history-count">{items.length} of at most {HISTORY_CAP} kept on this computer (the oldest go first). Turn this on or off in Settings.</p>
      {items.length > 0 && (
        <>
          <div class="tools">
            <label>Search <input type="search" value={q} onInput={(e) => setQ(e.currentTarget.value)} /></label>
            <button type="button" onClick={() => onCheck(shown)}>Check these in the table</button>
            <button type="button" onClick={() => download('lurewatch-history.json', JSON.stringify(shown, null, 1) + '\n', 'application/json')}>Export</button>
            <button type="button" onClick={async () => { if (confirm(`Delete all ${items.length} kept ads?`)) { await clearHistory(storage); reload(); } }}>Delete all</button>
          </div>
          <ul>
            {shown.slice(0, 200).map((e) => (
              <li key={e.id} data-level={e.level}>
                <strong>{e.level}</strong> {new Date(e.seenAt).toLocaleString()} · <span style={{ overflowWrap: 'anywhere' }}>{e.url ?? 'no address'}</span>
                {e.signals[0] && <> · <q>{e.signals[0].evidence}</q></>}
                {Object.values(e.contacts).flat().length > 0 && <> · contacts: {Object.values(e.contacts).flat().slice(0, 4).join(', ')}</>}{' '}
                <button type="button" aria-label={`Delete the ad seen ${new Date(e.seenAt).toLocaleString()}`} onClick={async () => { await deleteFromHistory(storage, e.id); reload(); }}>Delete</button>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
