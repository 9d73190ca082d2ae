/** The adapters for social feeds, chats and webmail, where a page holds many posts or a conversation. */
import type { SiteAdapter } from '../types';
import { facebookAdapter } from './facebook';
import { gmailAdapter } from './gmail';
import { linkedinMessagingAdapter } from './linkedin-messaging';
import { messengerAdapter } from './messenger';
import { outlookAdapter } from './outlook';
import { telegramPreviewAdapter } from './telegram-preview';
import { telegramWebAdapter } from './telegram-web';
import { whatsappAdapter } from './whatsapp';

export const feedChatAdapters: SiteAdapter[] = [
  // Both serve facebook.com; their paths keep them apart (/messages/t/<id> is Messenger's).
  messengerAdapter,
  facebookAdapter,
  telegramWebAdapter,
  telegramPreviewAdapter,
  whatsappAdapter,
  linkedinMessagingAdapter,
  gmailAdapter,
  outlookAdapter,
];
