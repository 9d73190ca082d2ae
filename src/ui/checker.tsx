/**
 * The paste-and-check page: for text from anywhere (an SMS, a chat on a phone, the words of a screenshot). The text
 * is scored by the extension on this computer; nothing is sent anywhere.
 */
import { useEffect, useState } from 'preact/hooks';
import type { CheckResult } from '../engine/types';
import type { CheckReply, ErrorReply } from '../messaging/protocol';
import { MarkedText } from './marked-text';
import { useUi } from './ui-env';
import { headline } from '../i18n/verdict-words';
import { DETAILS_CSS, LEVEL_COLOR, VerdictDetails } from './verdict-details';

export interface CheckerProps {
  check: (text: string) => Promise<CheckReply | ErrorReply | undefined>;
  initialText?: string;
}

export function Checker({ check, initialText = '' }: CheckerProps) {
  const { t } = useUi();
  const [text, setText] = useState(initialText);
  const [checked, setChecked] = useState<{ text: string; result: CheckResult; explanations: Record<string, string>; keys?: Record<string, string> } | null>(null);
  const [error, setError] = useState('');
  const [busy, setBusy] = useState(false);

  async function run(input: string) {
    if (!input.trim()) return;
    setBusy(true);
    setError('');
    try {
      const reply = await check(input);
      if (reply?.ok) setChecked({ text: input, result: reply.result, explanations: reply.explanations, keys: reply.keys });
      else setError(reply?.error ?? t('noAnswer'));
    } finally {
      setBusy(false);
    }
  }

  useEffect(() => void (initialText && run(initialText)), []);

  return (
    <main style={{ font: '16px/1.5 system-ui, sans-serif', maxWidth: '48rem', margin: '0 auto', padding: '1rem', color: '#1a1a1a' }}>
      <style>{DETAILS_CSS + 'mark { background: #ffe08a; color: inherit; } textarea { width: 100%; box-sizing: border-box; font: inherit; } button.main { font: inherit; padding: 6px 16px; margin-top: 6px; }'}</style>
      <h1 style={{ fontSize: '1.4rem' }}>{t('checkerTitle')}</h1>
      <form onSubmit={(e) => (e.preventDefault(), void run(text))}>
        <label for="ad">{t('checkerLabel')}</label>
        <textarea id="ad" rows={10} value={text} onInput={(e) => setText(e.currentTarget.value)} />
        <button type="submit" class="main" disabled={busy || !text.trim()}>{busy ? t('checkerBusy') : t('checkerButton')}</button>
      </form>
      <p style={{ fontSize: '14px', color: '#444' }}>{t('checkerPrivacy')}</p>
      <div role="status" aria-live="polite">
        {error && <p style={{ color: '#a4161a' }}>{error}</p>}
        {checked && (
          <section data-level={checked.result.level} aria-label={t('resultLabel')}>
            <h2 style={{ fontSize: '1.15rem', color: LEVEL_COLOR[checked.result.level] }}>{headline(t, checked.result)}</h2>
            <VerdictDetails result={checked.result} explanations={checked.explanations} keys={checked.keys} text={checked.text} />
            {checked.result.signals.length > 0 && (
              <>
                <h3 style={{ fontSize: '1rem' }}>{t('wordsTitle')}</h3>
                <MarkedText text={checked.text} signals={checked.result.signals} />
              </>
            )}
          </section>
        )}
      </div>
    </main>
  );
}
