/**
 * The history of flagged ads on the bulk page: search, export, delete one or all, and "check these" to load them
 * into the table. Shows how many are kept and the cap, so nobody is surprised when the oldest go.
 */
import { useEffect, useState } from 'preact/hooks';
import { clearHistory, deleteFromHistory, HISTORY_CAP, readHistory, type HistoryEntry } from '../../history/store';
import type { StorageArea } from '../../storage/area';
import { useUi } from '../ui-env';
import { levelName } from '../../i18n/verdict-words';

export function HistoryPanel({ storage, onCheck, download }: { storage: StorageArea; onCheck: (entries: HistoryEntry[]) => void; download: (name: string, text: string, type: string) => void }) {
  const { t, tag } = useUi();
  const [items, setItems] = useState<HistoryEntry[] | null>(null);
  const [q, setQ] = useState('');
  const reload = () => void readHistory(storage).then(setItems);
  useEffect(reload, []);
  if (items === null) return null;
  const needle = q.trim().toLowerCase();
  const shown = items.filter((e) => !needle || e.text.toLowerCase().includes(needle) || (e.url ?? '').toLowerCase().includes(needle) || Object.values(e.contacts).flat().some((c) => c.toLowerCase().includes(needle))).reverse();
  return (
    <section aria-labelledby="history-h" data-testid="history">
      <h2 id="history-h" style={{ fontSize: '1.15rem' }}>{t('historyTitle')}</h2>
      <p data-testid="history-count">{t('historyCount', items.length, HISTORY_CAP)}</p>
      {items.length > 0 && (
        <>
          <div class="tools">
            <label>{t('search')} <input type="search" value={q} onInput={(e) => setQ(e.currentTarget.value)} /></label>
            <button type="button" onClick={() => onCheck(shown)}>{t('historyCheck')}</button>
            <button type="button" onClick={() => download('lurewatch-history.json', JSON.stringify(shown, null, 1) + '\n', 'application/json')}>{t('historyExport')}</button>
            <button type="button" onClick={async () => { if (confirm(t('historyConfirmDelete', items.length))) { await clearHistory(storage); reload(); } }}>{t('historyDeleteAll')}</button>
          </div>
          <ul>
            {shown.slice(0, 200).map((e) => (
              <li key={e.id} data-level={e.level}>
                <strong>{levelName(t, e.level)}</strong> {new Date(e.seenAt).toLocaleString(tag)} · <span style={{ overflowWrap: 'anywhere' }} dir="ltr">{e.url ?? t('historyNoAddress')}</span>
                {e.signals[0] && <> · <q>{e.signals[0].evidence}</q></>}
                {Object.values(e.contacts).flat().length > 0 && <> · {t('historyContacts', Object.values(e.contacts).flat().slice(0, 4).join(', '))}</>}{' '}
                <button type="button" aria-label={t('historyDeleteLabel', new Date(e.seenAt).toLocaleString(tag))} onClick={async () => { await deleteFromHistory(storage, e.id); reload(); }}>{t('delete')}</button>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
