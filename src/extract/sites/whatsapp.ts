/**
 * WhatsApp Web: the open conversation in `#main`, scored as one conversation of the other side's messages.
 *
 * Direction comes from the message's `data-id`, which starts with `false_` for a received message and `true_` for
 * one we sent (`false_<chat>@c.us_<id>`, in groups `false_<group>@g.us_<id>_<sender>@c.us`); where no data-id is
 * rendered, from the row classes `.message-in` / `.message-out`. A message's words are the `span.selectable-text`
 * inside its `.copyable-text[data-pre-plain-text]` block; a quoted message inside a reply is `.quoted-mention`,
 * not selectable text, so it is not read twice. The chat list in `#side` (other chats' previews) is never read.
 */
import type { SiteAdapter } from '../types';
import { elementText } from '../text';
import { conversationItem, lastIncoming, outermost, type Message } from './feed-chat-items';

const MESSAGE = '[data-id^="false_"], [data-id^="true_"], .message-in, .message-out';

export const whatsappAdapter: SiteAdapter = {
  id: 'whatsapp',
  hosts: /^web\.whatsapp\.com$/,
  mode: 'chat',
  extract(doc) {
    const main = doc.querySelector('#main');
    if (!main) return [];
    const incoming = lastIncoming(main.querySelectorAll(MESSAGE), (msg) => {
      // Where both the row and an element inside it carry a marker, the outer one is the message.
      if (msg.parentElement?.closest(MESSAGE)) return null;
      const id = msg.getAttribute('data-id') ?? msg.querySelector('[data-id]')?.getAttribute('data-id') ?? null;
      const received = id ? id.startsWith('false_') : msg.classList.contains('message-in') || !!msg.querySelector('.message-in');
      if (!received) return null;
      const text = outermost(msg, '[data-pre-plain-text] span.selectable-text')[0] ?? outermost(msg, 'span.selectable-text', '.quoted-mention')[0];
      return text ? { el: text, id } : null;
    });
    const list = messageList(main);
    const item = list ? conversationItem(peerOf(main, incoming), list, incoming) : null;
    return item ? [item] : [];
  },
  root: (doc) => doc.querySelector('#main'),
};

/** The scrolling message pane: the nearest container of all rows (role="application" in current markup). */
function messageList(main: Element): Element | null {
  return main.querySelector('[role="application"]') ?? main.querySelector('.copyable-area') ?? main;
}

/** The header title (the contact's or group's name); else the chat id inside a message's data-id. */
function peerOf(main: Element, incoming: Message[]): string {
  const title = main.querySelector('header span[dir="auto"]');
  const name = title ? elementText(title) : '';
  if (name) return name;
  const id = incoming.find((m) => m.id)?.id ?? '';
  return id.split('_')[1] ?? '';
}
