/**
 * What the content script does on every page: the cheap job-likeness test, then (only for job-like pages) the
 * page's text goes to the background worker for scoring, and the verdict is shown in place.
 */
import { MAX_TEXT } from '../engine/limits';
import type { CheckReply, ErrorReply, Request } from '../messaging/protocol';
import { removeBanner, showBanner } from '../ui/banner';
import { hasJobPostingMarkup, headText, looksLikeJobText } from './precheck';

export type Send = (msg: Request) => Promise<unknown>;

/** Returns the verdict shown, or null when the page was not job-like. */
export async function scanPage(doc: Document, url: string, send: Send): Promise<CheckReply | null> {
  const body = doc.body;
  if (!body) return null;
  // Reading text nodes needs no layout; the first PRECHECK_CHARS are enough to tell a job page.
  if (!hasJobPostingMarkup(doc) && !looksLikeJobText(headText(doc))) return null;
  const text = (body.innerText || body.textContent || '').slice(0, MAX_TEXT);
  const reply = (await send({ type: 'check', input: { text, title: doc.title, url } })) as CheckReply | ErrorReply | undefined;
  if (!reply || !reply.ok) return null;
  removeBanner(doc);
  showBanner(doc, reply.result, reply.explanations);
  await send({ type: 'page-verdict', result: reply.result });
  return reply;
}
