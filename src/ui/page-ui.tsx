/**
 * Warnings in the page, flag-don't-hide: a dismissible banner for the page's main offer, a small marker on each
 * risky post or message in a feed or chat. Each lives in its own open shadow root (so the page's styles cannot
 * break it and tests and assistive tools can reach it) on a host element that carries `data-lurewatch-level`.
 * Page text is only ever rendered as text by Preact.
 */
import { render, type ComponentChildren } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import type { CheckResult, Signal } from '../engine/types';
import type { Item } from '../extract/types';
import { endonym, localeInfo, matchLocale } from '../i18n/locales';
import type { CheckReply } from '../messaging/protocol';
import { showQuote } from './highlight';
import { KEYS_ONLY, langAttrs, UiContext, useUi, type UiEnv } from './ui-env';
import { headline } from '../i18n/verdict-words';
import { DETAILS_CSS, VerdictDetails } from './verdict-details';

export const BANNER_TAG = 'lurewatch-banner';
export const MARKER_TAG = 'lurewatch-marker';

export interface PageUiOptions {
  /** The user says the ad is genuine: remembered on this computer only. */
  onGenuine?: (item: Item, result: CheckResult) => void;
  /** "Report this ad": opens the report page, where the user sees and chooses what to share. */
  onReport?: (item: Item, reply: CheckReply) => void;
  /** The reader's language, brand, country and help directory, as the background worker has them. */
  ui?: UiEnv;
  /** The same in another language (for a warning shown in the ad's language); undefined if it cannot be had. */
  uiIn?: (locale: string) => Promise<UiEnv | undefined>;
}

const COLORS = { high: { bg: '#fde8e8', border: '#a4161a', ink: '#7a0d10' }, caution: { bg: '#fff4cc', border: '#8a6100', ink: '#5c4100' } } as const;

const BANNER_CSS = `
:host { all: initial; }
.box { position: fixed; top: 8px; left: 50%; transform: translateX(-50%); z-index: 2147483647; max-width: 680px;
  width: calc(100% - 32px); max-height: calc(100vh - 24px); overflow: auto; box-sizing: border-box;
  font: 15px/1.45 system-ui, sans-serif; color: #1a1a1a; border-radius: 10px; box-shadow: 0 4px 18px rgba(0,0,0,.25);
  padding-block: 12px; padding-inline: 16px 44px; border: 2px solid; overflow-wrap: anywhere; }
h2 { margin: 0 0 4px; font-size: 17px; }
.brand { display: flex; align-items: center; gap: 6px; margin: -4px 0 6px; font: 600 13px/1.3 system-ui, sans-serif; }
.brand img { height: 22px; width: auto; }
.close { position: absolute; top: 6px; inset-inline-end: 6px; border: 0; background: transparent; font-size: 24px; line-height: 1;
  cursor: pointer; color: #1a1a1a; padding: 4px 10px; border-radius: 6px; }
.actions { margin-top: 8px; display: flex; gap: 8px; flex-wrap: wrap; }
.actions button { font: inherit; padding: 4px 10px; border-radius: 6px; border: 1px solid #555; background: #fff; color: #1a1a1a; cursor: pointer; }
${DETAILS_CSS}`;

const MARKER_CSS = `
:host { all: initial; display: block; margin: 4px 0; }
.pill { font: 600 13px/1.3 system-ui, sans-serif; border: 1px solid; border-radius: 999px; padding: 3px 10px; cursor: pointer; }
.panel { font: 14px/1.45 system-ui, sans-serif; color: #1a1a1a; background: #fff; border: 2px solid; border-radius: 8px;
  padding: 8px 12px; margin-top: 4px; max-width: 560px; overflow-wrap: anywhere; }
.panel h2 { font-size: 15px; margin: 0 0 4px; }
.actions { margin-top: 8px; }
.actions button { font: inherit; padding: 3px 10px; border-radius: 6px; border: 1px solid #555; background: #fff; color: #1a1a1a; cursor: pointer; }
${DETAILS_CSS}`;

function mount(doc: Document, tag: string, level: 'caution' | 'high', css: string): { host: HTMLElement; root: ShadowRoot; box: HTMLElement } {
  const host = doc.createElement(tag);
  host.setAttribute('data-lurewatch-level', level);
  const root = host.attachShadow({ mode: 'open' });
  const style = doc.createElement('style');
  style.textContent = css;
  const box = doc.createElement('div');
  root.append(style, box);
  return { host, root, box };
}

function Genuine({ onClick }: { onClick: () => void }) {
  const { t } = useUi();
  const [done, setDone] = useState(false);
  return done ? <p role="status">{t('genuineThanks')}</p> : <button type="button" onClick={() => (setDone(true), onClick())}>{t('genuineButton')}</button>;
}

/**
 * The warning's own language: the reader's, or the ad's when that differs and they ask for it (or chose it in
 * settings). The quotes stay as the ad wrote them; only our words change.
 */
function useLanguage(reply: CheckReply, uiIn: PageUiOptions['uiIn']) {
  const mine = useUi();
  const adLocale = matchLocale(reply.result.lang);
  const other = adLocale && adLocale !== mine.locale && uiIn ? adLocale : undefined;
  const [env, setEnv] = useState<UiEnv>(mine);
  const [wantAd, setWantAd] = useState(false);
  const switchTo = async (toAd: boolean) => {
    const next = toAd && other ? await uiIn!(other) : mine;
    if (next) (setEnv(next), setWantAd(toAd));
  };
  // The setting asks for the ad's language from the start; after that the toggle decides.
  useEffect(() => void (other && mine.adLanguage && switchTo(true)), []);
  const target = wantAd ? mine.tag : other && localeInfo(other).tag;
  // The language's name is in that language (a reader who cannot read the rest can still find their own).
  const toggle = other && target && (
    <button type="button" class="lang" onClick={() => void switchTo(!wantAd)}>
      {env.t.rich('showInLanguage', <span lang={target} data-verbatim>{endonym(target)}</span>)}
    </button>
  );
  return { env, toggle };
}

/** The partner's name and logo above a campaign copy's warnings, so the reader knows who speaks. */
function BrandLine() {
  const { brand, t } = useUi();
  if (!brand.organisation) return null;
  return <p class="brand" data-testid="brand">{brand.logo && <img src={brand.logo} alt="" />}<span>{t.rich('poweredBy', <span data-verbatim>{brand.organisation}</span>)}</span></p>;
}


function Scoped({ env, children }: { env: UiEnv; children: ComponentChildren }) {
  return <UiContext.Provider value={env}><div {...langAttrs(env)}>{children}</div></UiContext.Provider>;
}

function Banner({ reply, onShow, onClose, onGenuine, onReport, text, uiIn }: { reply: CheckReply; onShow: (s: Signal) => void; onClose: () => void; onGenuine?: () => void; onReport?: () => void; text?: string; uiIn: PageUiOptions['uiIn'] }) {
  const c = COLORS[reply.result.level as 'caution' | 'high'];
  const { env, toggle } = useLanguage(reply, uiIn);
  const { t } = env;
  return (
    <Scoped env={env}>
      <div class="box" role="alert" style={{ background: c.bg, borderColor: c.border }} onKeyDown={(e) => e.key === 'Escape' && onClose()}>
        <BrandLine />
        <h2 style={{ color: c.ink }}>{t('bannerTitle', headline(t, reply.result))}</h2>
        <VerdictDetails result={reply.result} explanations={reply.explanations} keys={reply.keys} onShow={onShow} text={text} />
        <div class="actions">{onReport && <button type="button" onClick={onReport}>{t('reportAd')}</button>}{onGenuine && <Genuine onClick={onGenuine} />}{toggle}</div>
        <button type="button" class="close" aria-label={t('dismiss')} onClick={onClose}>×</button>
      </div>
    </Scoped>
  );
}

function Marker({ reply, onShow, onGenuine, onReport, text, uiIn }: { reply: CheckReply; onShow: (s: Signal) => void; onGenuine?: () => void; onReport?: () => void; text?: string; uiIn: PageUiOptions['uiIn'] }) {
  const [open, setOpen] = useState(false);
  const level = reply.result.level as 'caution' | 'high';
  const c = COLORS[level];
  const { env, toggle } = useLanguage(reply, uiIn);
  const { t } = env;
  return (
    <Scoped env={env}>
      <button type="button" class="pill" aria-expanded={open} style={{ background: c.bg, borderColor: c.border, color: c.ink }} onClick={() => setOpen(!open)}>
        {level === 'high' ? t('markerHigh') : t('markerCaution')}
      </button>
      {open && (
        <div class="panel" style={{ borderColor: c.border }}>
          <BrandLine />
          <h2 style={{ color: c.ink }}>{headline(t, reply.result)}</h2>
          <VerdictDetails result={reply.result} explanations={reply.explanations} keys={reply.keys} onShow={onShow} text={text} />
          <div class="actions">{onReport && <button type="button" onClick={onReport}>{t('reportAd')}</button>} {onGenuine && <Genuine onClick={onGenuine} />} {toggle}</div>
        </div>
      )}
    </Scoped>
  );
}

/** The elements holding the text of the parts where a signal was found (for a chat: the recruiter's messages). */
function evidenceElements(item: Item, result: CheckResult, max = 5): Element[] {
  const out: Element[] = [];
  for (const s of result.signals) {
    const part = item.parts.find((p) => s.start >= p.start && s.start < p.end);
    if (part && !out.includes(part.el)) out.push(part.el);
  }
  return out.slice(0, max);
}

export function createPageUi(doc: Document, opts: PageUiOptions = {}) {
  const markers = new Map<Element, HTMLElement[]>();
  const ui = opts.ui ?? KEYS_ONLY;
  let banner: HTMLElement | null = null;

  const showIn = (item: Item) => (s: Signal) => {
    const roots = item.parts.length ? item.parts.map((p) => p.el) : [doc.body];
    showQuote(doc, roots, s.evidence);
  };

  function removeBanner() {
    banner?.remove();
    banner = null;
  }

  function showBanner(item: Item, reply: CheckReply) {
    removeBanner();
    const level = reply.result.level as 'caution' | 'high';
    const { host, box } = mount(doc, BANNER_TAG, level, BANNER_CSS);
    banner = host;
    const genuine = opts.onGenuine && (() => opts.onGenuine!(item, reply.result));
    const report = opts.onReport && (() => opts.onReport!(item, reply));
    render(<UiContext.Provider value={ui}><Banner reply={reply} onShow={showIn(item)} onClose={removeBanner} onGenuine={genuine} onReport={report} text={item.text} uiIn={opts.uiIn} /></UiContext.Provider>, box);
    (doc.body ?? doc.documentElement).append(host);
  }

  function mark(item: Item, reply: CheckReply) {
    // A conversation is re-scored as messages arrive: its old markers give way to the new verdict's.
    markers.get(item.anchor)?.forEach((m) => m.remove());
    const level = reply.result.level as 'caution' | 'high';
    const targets = item.kind === 'conversation' ? evidenceElements(item, reply.result) : [item.anchor];
    const hosts = (targets.length ? targets : [item.anchor]).map((el) => {
      const { host, box } = mount(doc, MARKER_TAG, level, MARKER_CSS);
      const genuine = opts.onGenuine && (() => opts.onGenuine!(item, reply.result));
      const report = opts.onReport && (() => opts.onReport!(item, reply));
      render(<UiContext.Provider value={ui}><Marker reply={reply} onShow={showIn(item)} onGenuine={genuine} onReport={report} text={item.text} uiIn={opts.uiIn} /></UiContext.Provider>, box);
      el.prepend(host);
      return host;
    });
    markers.set(item.anchor, hosts);
  }

  return {
    /** Shows the verdict for an item: a banner for the page's offer or email, markers on posts and in chats; low shows nothing. */
    show(item: Item, reply: CheckReply) {
      if (reply.result.level === 'low') {
        if (item.kind === 'conversation') markers.get(item.anchor)?.forEach((m) => m.remove());
        return;
      }
      if (item.kind === 'posting' || item.kind === 'email') showBanner(item, reply);
      else mark(item, reply);
    },
    /** Removes every warning (navigation to another page inside a single-page app). */
    clear() {
      removeBanner();
      for (const hosts of markers.values()) hosts.forEach((m) => m.remove());
      markers.clear();
    },
    isOurs: (node: Node) => node.nodeType === 1 && ((node as Element).tagName === BANNER_TAG.toUpperCase() || (node as Element).tagName === MARKER_TAG.toUpperCase()),
  };
}

export type PageUi = ReturnType<typeof createPageUi>;
