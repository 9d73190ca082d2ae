/**
 * The contact details an investigator needs from a flagged ad, kept with its evidence: phone numbers, messaging
 * handles and links, web links, e-mail addresses and agency licence numbers. Each is quoted as the ad wrote it.
 */
import { atHandles, emailAddresses, messengerContacts, phoneNumbers } from '../engine/detectors/contacts';
import { findLicences } from '../help/licence';

export interface Contacts { phones: string[]; handles: string[]; links: string[]; emails: string[]; licences: string[] }

const LINK = /\bhttps?:\/\/[^\s<>"')]+/gi;

const uniq = (xs: string[]) => [...new Set(xs.map((x) => x.trim()).filter(Boolean))].slice(0, 20);

export function extractContacts(text: string): Contacts {
  const emails = uniq(emailAddresses(text).map((e) => e.value));
  return {
    phones: uniq(phoneNumbers(text).map((p) => text.slice(p.start, p.end))),
    // An e-mail's "@domain" is not a handle.
    handles: uniq([...atHandles(text), ...messengerContacts(text)].map((h) => text.slice(h.start, h.end)).filter((h) => !emails.some((e) => e.includes(h.replace(/^.*@/, '@'))))),
    // A sentence's full stop or comma after a link is not part of it.
    links: uniq((text.match(LINK) ?? []).map((l) => l.replace(/[.,;:!?]+$/, ''))),
    emails,
    licences: uniq(findLicences(text).map((l) => text.slice(l.start, l.end))),
  };
}
