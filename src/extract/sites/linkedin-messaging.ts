/**
 * LinkedIn messaging (/messaging/thread/<id>/): the open thread, scored as one conversation of the other side's
 * messages. The thread id in the path is the peer.
 *
 * Messages are `.msg-s-event-listitem` in `.msg-s-message-list`; LinkedIn adds `msg-s-event-listitem--other` to
 * every message not sent by us, so that class is the incoming marker. The words are `.msg-s-event-listitem__body`
 * (sender names and times sit in the group header, outside it). The id is the `data-event-urn` LinkedIn puts on
 * the message or its list entry. The conversation list on the left (other threads' snippets) is never read.
 */
import type { SiteAdapter } from '../types';
import { conversationItem, lastIncoming } from './feed-chat-items';

export const linkedinMessagingAdapter: SiteAdapter = {
  id: 'linkedin-messaging',
  hosts: /^(?:[a-z]{2,3}\.|www\.)?linkedin\.com$/,
  paths: /^\/messaging\/thread\/[^/]+/,
  mode: 'chat',
  extract(doc, url) {
    const list = doc.querySelector('.msg-s-message-list');
    if (!list) return [];
    const incoming = lastIncoming(list.querySelectorAll('.msg-s-event-listitem'), (msg) => {
      if (!msg.classList.contains('msg-s-event-listitem--other')) return null;
      const body = msg.querySelector('.msg-s-event-listitem__body');
      const id = msg.closest('[data-event-urn]')?.getAttribute('data-event-urn') ?? msg.querySelector('[data-event-urn]')?.getAttribute('data-event-urn');
      return body ? { el: body, id } : null;
    });
    const thread = /^\/messaging\/thread\/([^/]+)/.exec(url.pathname)?.[1] ?? '';
    const item = conversationItem(thread, list, incoming);
    return item ? [item] : [];
  },
  root: (doc) => doc.querySelector('.msg-s-message-list'),
};
