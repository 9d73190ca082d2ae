/** A text with the evidence of its signals marked, rendered as text (never as HTML). */
import type { Signal } from '../engine/types';

export function MarkedText({ text, signals }: { text: string; signals: Signal[] }) {
  // Overlapping evidence merges into one mark; the engine already keeps signals apart, this is only a guard.
  const spans = [...signals].sort((a, b) => a.start - b.start);
  const out: (string | preact.JSX.Element)[] = [];
  let at = 0;
  for (const s of spans) {
    if (s.end <= at) continue;
    const start = Math.max(s.start, at);
    if (start > at) out.push(text.slice(at, start));
    out.push(<mark key={`${s.indicator}:${s.start}`}>{text.slice(start, s.end)}</mark>);
    at = s.end;
  }
  out.push(text.slice(at));
  // The ad's own words, shown as written.
  return <p class="marked" data-verbatim style={{ whiteSpace: 'pre-wrap' }}>{out}</p>;
}
