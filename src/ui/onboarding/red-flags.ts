/** The red flags the welcome page teaches, each with its illustration; the words are in the message catalogs. */
import type { MessageKey } from '../../i18n/keys';
import pay from '../../../assets/illustrations/pay.svg';
import visa from '../../../assets/illustrations/visa.svg';
import route from '../../../assets/illustrations/route.svg';
import free from '../../../assets/illustrations/free.svg';
import chat from '../../../assets/illustrations/chat.svg';
import passport from '../../../assets/illustrations/passport.svg';
import work from '../../../assets/illustrations/work.svg';

export interface RedFlag { id: string; picture: string; title: MessageKey; example: MessageKey; ask: MessageKey }

const flag = (id: string, picture: string, name: 'Pay' | 'Visa' | 'Route' | 'Free' | 'Chat' | 'Passport' | 'Work'): RedFlag => ({
  id,
  picture,
  title: `onbFlag${name}`,
  example: `onbFlag${name}Example`,
  ask: `onbFlag${name}Ask`,
});

/** In the order a recruiter usually shows them: the offer, the trip, the pressure, the contact, the demands, the work. */
export const RED_FLAGS: RedFlag[] = [
  flag('pay', pay, 'Pay'),
  flag('visa', visa, 'Visa'),
  flag('route', route, 'Route'),
  flag('free', free, 'Free'),
  flag('chat', chat, 'Chat'),
  flag('passport', passport, 'Passport'),
  flag('work', work, 'Work'),
];
