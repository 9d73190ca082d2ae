/**
 * The bulk checker for NGO staff: paste many ads or open a CSV or JSON Lines file, check them all, then sort,
 * filter, open one to see its evidence, export CSV/JSON (the same fields as the command line) or print an evidence
 * report. Everything runs on this computer.
 */
import { useMemo, useState } from 'preact/hooks';
import { exportCsv, exportJsonl } from '../../bulk/export';
import { guessTextColumn, parseInput, type BulkInput } from '../../bulk/inputs';
import { checkItems, type RunInfo } from '../../bulk/run';
import { parseCsv } from '../../cli/csv';
import type { CheckResult, Level } from '../../engine/types';
import type { Request } from '../../messaging/protocol';
import { MarkedText } from '../marked-text';
import { topSignals } from '../../bulk/formats';
import { familyShort, levelName } from '../../i18n/verdict-words';
import { DETAILS_CSS, LEVEL_COLOR, VerdictDetails } from '../verdict-details';
import { useUi } from '../ui-env';
import type { StorageArea } from '../../storage/area';
import { HistoryPanel } from './history-panel';
import { EvidenceReport, REPORT_CSS } from './report';

export interface BulkProps {
  send: (m: Request) => Promise<unknown>;
  storage?: StorageArea;
  download: (name: string, text: string, type: string) => void;
  now?: () => Date;
}

type SortKey = 'line' | 'level' | 'score' | 'family' | 'lang';
const LEVEL_RANK: Record<Level, number> = { high: 2, caution: 1, low: 0 };
export function BulkPage({ send, download, storage, now = () => new Date() }: BulkProps) {
  const { t } = useUi();
  const [text, setText] = useState('');
  const [file, setFile] = useState<{ name: string; text: string } | null>(null);
  const [column, setColumn] = useState<string | undefined>(undefined);
  const [input, setInput] = useState<BulkInput | null>(null);
  const [results, setResults] = useState<(CheckResult | null)[]>([]);
  const [info, setInfo] = useState<RunInfo>({ explanations: {}, sources: {}, lists: [] });
  const [progress, setProgress] = useState<{ done: number; total: number } | null>(null);
  const [error, setError] = useState('');
  const [sort, setSort] = useState<{ key: SortKey; desc: boolean }>({ key: 'line', desc: false });
  const [levelFilter, setLevelFilter] = useState<'all' | Level | 'flagged'>('all');
  const [search, setSearch] = useState('');
  const [open, setOpen] = useState<number | null>(null);
  const [report, setReport] = useState<number[] | null>(null);

  const csvHeader = useMemo(() => (file && /\.csv$/i.test(file.name) ? parseCsv(file.text.split(/\r?\n/, 1)[0] ?? '')[0] ?? [] : null), [file]);

  async function run(given?: BulkInput) {
    setError('');
    setOpen(null);
    setReport(null);
    let parsed: BulkInput;
    try {
      parsed = given ?? parseInput(file ? file.text : text, file?.name, column ?? (csvHeader ? guessTextColumn(csvHeader) : undefined));
    } catch (e) {
      setError((e as Error).message);
      return;
    }
    setInput(parsed);
    setResults([]);
    setProgress({ done: 0, total: parsed.items.length });
    try {
      const r = await checkItems(parsed.items, send, (done) => setProgress({ done, total: parsed.items.length }));
      setResults(r.results);
      setInfo(r.info);
    } catch (e) {
      setError((e as Error).message);
    }
  }

  const rows = useMemo(() => {
    if (!input) return [];
    const all = input.items.map((item, i) => ({ i, item, r: results[i] ?? null }));
    const q = search.trim().toLowerCase();
    const shown = all.filter(({ item, r }) => {
      if (levelFilter === 'flagged' && (!r || r.level === 'low')) return false;
      if (levelFilter !== 'all' && levelFilter !== 'flagged' && r?.level !== levelFilter) return false;
      return !q || item.input.text.toLowerCase().includes(q) || (item.input.url ?? '').toLowerCase().includes(q);
    });
    const val = (x: (typeof all)[number]): string | number =>
      sort.key === 'line' ? x.item.line : sort.key === 'score' ? (x.r?.score ?? -1) : sort.key === 'level' ? (x.r ? LEVEL_RANK[x.r.level] * 1000 + x.r.score : -1) : sort.key === 'family' ? (x.r?.family ?? '') : (x.r?.lang ?? '');
    return shown.sort((a, b) => {
      const va = val(a);
      const vb = val(b);
      return (va < vb ? -1 : va > vb ? 1 : a.item.line - b.item.line) * (sort.desc ? -1 : 1);
    });
  }, [input, results, sort, levelFilter, search]);

  const header = (key: SortKey, label: string) => (
    <th scope="col" aria-sort={sort.key === key ? (sort.desc ? 'descending' : 'ascending') : 'none'}>
      <button type="button" class="sort" onClick={() => setSort({ key, desc: sort.key === key ? !sort.desc : key !== 'line' })}>{label}</button>
    </th>
  );
  const stamp = () => now().toISOString().slice(0, 19).replace(/[:T]/g, '-');
  const counts = results.reduce((c, r) => (r ? { ...c, [r.level]: c[r.level] + 1 } : c), { high: 0, caution: 0, low: 0 });

  if (report && input) {
    const ads = report.flatMap((i) => (results[i] ? [{ id: input.items[i]!.id, text: input.items[i]!.input.text, url: input.items[i]!.url ?? input.items[i]!.input.url, result: results[i]! }] : []));
    return (
      <main style={{ font: '14px/1.5 system-ui, sans-serif', maxWidth: '52rem', margin: '0 auto', padding: '1rem', color: '#1a1a1a' }}>
        <style>{REPORT_CSS}</style>
        <p class="no-print">
          <button type="button" onClick={() => print()}>{t('printPdf')}</button> <button type="button" onClick={() => setReport(null)}>{t('backToTable')}</button>
        </p>
        <EvidenceReport ads={ads} explanations={info.explanations} keys={info.keys} sources={info.sources} lists={info.lists} made={now().toISOString()} />
      </main>
    );
  }

  return (
    <main style={{ font: '15px/1.5 system-ui, sans-serif', maxWidth: '72rem', margin: '0 auto', padding: '1rem', color: '#1a1a1a' }}>
      <style>{DETAILS_CSS + TABLE_CSS}</style>
      <h1 style={{ fontSize: '1.4rem' }}>{t('bulkTitle')}</h1>
      <p>{t('bulkIntro')}</p>
      <label for="ads">{t('bulkAds')}</label>
      <textarea id="ads" rows={8} value={text} disabled={!!file} onInput={(e) => setText(e.currentTarget.value)} />
      <p>
        <label>{t('bulkOpenFile')} <input type="file" accept=".csv,.jsonl,.ndjson,.txt" onChange={async (e) => {
          const f = e.currentTarget.files?.[0];
          setColumn(undefined);
          setFile(f ? { name: f.name, text: await f.text() } : null);
        }} /></label>
        {file && <> <button type="button" onClick={() => setFile(null)}>{t('bulkClearFile')}</button></>}
      </p>
      {csvHeader && (
        <p>
          <label>{t('bulkColumn')}{' '}
            <select value={column ?? guessTextColumn(csvHeader) ?? ''} onChange={(e) => setColumn(e.currentTarget.value)}>
              <option value="" disabled>{t('bulkChoose')}</option>
              {csvHeader.map((h) => <option key={h} value={h}>{h}</option>)}
            </select>
          </label>
        </p>
      )}
      <button type="button" class="main" onClick={() => run()} disabled={!!progress && progress.done < progress.total}>{t('bulkCheckAll')}</button>
      <div role="status" aria-live="polite">
        {progress && (
          <p>
            <progress max={progress.total} value={progress.done} aria-label={t('bulkChecking')} /> {t('bulkProgress', progress.done, progress.total)}
            {progress.done === progress.total && input && <> · <span data-testid="counts">{t('bulkCounts', counts.high, counts.caution, counts.low)}</span></>}
          </p>
        )}
        {error && <p class="error">{error}</p>}
        {input && input.errors.length > 0 && (
          <div class="error" data-testid="row-errors">
            <p>{t('bulkRowErrors', input.errors.length)}</p>
            <ul>{input.errors.slice(0, 20).map((e) => <li key={e.line}>{t('bulkRowError', e.line, e.message)}</li>)}</ul>
          </div>
        )}
      </div>
      {storage && (
        <HistoryPanel
          storage={storage}
          download={download}
          onCheck={(entries) => void run({ format: 'jsonl', errors: [], items: entries.map((e, k) => ({ line: k + 1, id: e.id, rawId: e.id, input: { text: e.text, url: e.url, title: e.title }, url: e.url })) })}
        />
      )}
      {input && progress?.done === progress?.total && (
        <>
          <div class="tools">
            <label>{t('bulkShow')} <select value={levelFilter} onChange={(e) => setLevelFilter(e.currentTarget.value as typeof levelFilter)}>
              <option value="all">{t('bulkShowAll')}</option><option value="flagged">{t('bulkShowFlagged')}</option><option value="high">{t('levelHigh')}</option><option value="caution">{t('levelCaution')}</option><option value="low">{t('levelLow')}</option>
            </select></label>
            <label>{t('search')} <input type="search" value={search} onInput={(e) => setSearch(e.currentTarget.value)} /></label>
            <button type="button" onClick={() => download(`lurewatch-${stamp()}.csv`, exportCsv(input, results), 'text/csv')}>{t('exportCsv')}</button>
            <button type="button" onClick={() => download(`lurewatch-${stamp()}.jsonl`, exportJsonl(input, results), 'application/x-ndjson')}>{t('exportJson')}</button>
            <button type="button" onClick={() => setReport(rows.filter((x) => x.r && x.r.level !== 'low').map((x) => x.i))}>{t('bulkEvidenceReport')}</button>
          </div>
          <table>
            <caption>{t('bulkCaption', rows.length, input.items.length)}</caption>
            <thead><tr>{header('line', t('colRow'))}{header('level', t('colLevel'))}{header('score', t('colScore'))}{header('family', t('colFamily'))}<th scope="col">{t('colSignals')}</th>{header('lang', t('colLanguage'))}<th scope="col">{t('colSource')}</th></tr></thead>
            <tbody>
              {rows.flatMap(({ i, item, r }) => [
                  <tr key={`row-${item.line}`} data-level={r?.level ?? 'error'}>
                    <td><button type="button" class="sort" aria-expanded={open === i} onClick={() => setOpen(open === i ? null : i)}>{item.line}</button></td>
                    <td style={{ color: r ? LEVEL_COLOR[r.level] : undefined, fontWeight: 700 }}>{r ? levelName(t, r.level) : t('notChecked')}</td>
                    <td>{r?.score ?? ''}</td>
                    <td>{familyShort(t, r?.family)}</td>
                    <td class="signals-cell">{r ? topSignals(r) : ''}</td>
                    <td>{r?.lang ?? ''}</td>
                    <td style={{ overflowWrap: 'anywhere' }} dir="ltr">{item.url ?? item.input.url ?? ''}</td>
                  </tr>,
                  open === i && r && (
                    <tr key={`open-${item.line}`}><td colSpan={7}>
                      <VerdictDetails result={r} explanations={info.explanations} keys={info.keys} text={item.input.text} />
                      <MarkedText text={item.input.text} signals={r.signals} />
                      <button type="button" onClick={() => setReport([i])}>{t('bulkReportOne')}</button>{' '}
                      <button type="button" onClick={() => void send({ type: 'open-report', ad: { text: item.input.text, url: item.url ?? item.input.url, title: item.input.title, result: r, explanations: info.explanations, keys: info.keys } })}>{t('reportAd')}</button>
                    </td></tr>
                  ),
              ])}
            </tbody>
          </table>
        </>
      )}
    </main>
  );
}

const TABLE_CSS = `
textarea { width: 100%; box-sizing: border-box; font: inherit; }
button.main { font: inherit; padding: 6px 16px; }
.error { color: #a4161a; }
.tools { display: flex; gap: 1rem; flex-wrap: wrap; align-items: center; margin: 1rem 0 .5rem; }
table { border-collapse: collapse; width: 100%; }
th, td { border-bottom: 1px solid #ccc; text-align: start; padding: 4px 6px; vertical-align: top; }
th button.sort, td button.sort { font: inherit; font-weight: 700; background: none; border: 0; padding: 0; cursor: pointer; color: #0b4f9c; text-decoration: underline; }
.signals-cell { font-size: 13px; }
mark { background: #ffe08a; color: inherit; }
`;
