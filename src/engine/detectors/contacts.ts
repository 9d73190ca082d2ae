/**
 * Contact details in the original text: messaging-app handles and links, phone numbers with a country code, and
 * whether the ad also gives a way to reach a real organisation (a company email domain or website).
 */

export interface Span { start: number; end: number; value: string }

const MESSENGER_LINK = /\b(?:t\.me|telegram\.me|telegram\.dog|wa\.me|chat\.whatsapp\.com|api\.whatsapp\.com|line\.me|u\.wechat\.com|zalo\.me)\/[\w+\-/?=]{2,}/gi;
// "Telegram: @hr_anna", "WhatsApp +855 ...", "TG @x", "Line ID: abc", "zalo 09..." (also after folding look-alikes).
const MESSENGER_HANDLE = /\b(?:telegram|tele|tg|whats ?app|wa|w\/a|wechat|weixin|vx|line(?: id)?|zalo|viber|signal|imo)\b\s*(?:id|no\.?|number|num|#)?\s*[:：\-=]?\s*(@[\w.]{3,}|\+?\d[\d\s\-]{6,}\d)/gi;
const AT_HANDLE = /(?<![\w.])@[A-Za-z][\w]{3,31}\b(?!\.[a-z])/g;
const PHONE = /(?<![\w+])(?:\+|00)\s?(\d{1,3})[\s\-.()]*\d[\d\s\-.()]{5,16}\d/g;
const EMAIL = /\b[\w.+-]+@((?:[a-z0-9-]+\.)+[a-z]{2,})\b/gi;
const WEBSITE = /\b(?:https?:\/\/|www\.)((?:[a-z0-9-]+\.)+[a-z]{2,})/gi;
const FREE_MAIL = /^(?:gmail|googlemail|yahoo|ymail|hotmail|outlook|live|msn|aol|icloud|proton|protonmail|mail|gmx|yandex|qq|163|126|rediffmail|zoho)\./i;
const MESSENGER_HOST = /(?:^|\.)(?:t\.me|telegram\.me|wa\.me|whatsapp\.com|line\.me|zalo\.me|facebook\.com|fb\.com|m\.me|instagram\.com|tiktok\.com|bit\.ly|tinyurl\.com|forms\.gle|docs\.google\.com)$/i;

export function messengerContacts(text: string): Span[] {
  const out: Span[] = [];
  for (const re of [MESSENGER_LINK, MESSENGER_HANDLE]) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) out.push({ start: m.index, end: m.index + m[0].length, value: m[1] ?? m[0] });
  }
  return out;
}

export function atHandles(text: string): Span[] {
  const out: Span[] = [];
  AT_HANDLE.lastIndex = 0;
  for (let m = AT_HANDLE.exec(text); m; m = AT_HANDLE.exec(text)) out.push({ start: m.index, end: m.index + m[0].length, value: m[0] });
  return out;
}

export function phoneNumbers(text: string): (Span & { cc: string })[] {
  const out: (Span & { cc: string })[] = [];
  PHONE.lastIndex = 0;
  for (let m = PHONE.exec(text); m; m = PHONE.exec(text)) out.push({ start: m.index, end: m.index + m[0].length, value: m[0].replace(/[^\d+]/g, ''), cc: m[1]! });
  return out;
}

/** Every e-mail address in the text, as written. */
export function emailAddresses(text: string): Span[] {
  const out: Span[] = [];
  EMAIL.lastIndex = 0;
  for (let m = EMAIL.exec(text); m; m = EMAIL.exec(text)) out.push({ start: m.index, end: m.index + m[0].length, value: m[0] });
  return out;
}

/** True when the text offers a company email address or a website that is not a messenger or form. */
export function hasOrganisationContact(text: string): boolean {
  EMAIL.lastIndex = 0;
  for (let m = EMAIL.exec(text); m; m = EMAIL.exec(text)) if (!FREE_MAIL.test(m[1]!)) return true;
  WEBSITE.lastIndex = 0;
  for (let m = WEBSITE.exec(text); m; m = WEBSITE.exec(text)) if (!MESSENGER_HOST.test(m[1]!)) return true;
  return false;
}

/** Calling codes of countries where scam compounds recruit to, with the language of the people who live there. */
export const COMPOUND_CALLING_CODES: Record<string, string[]> = {
  '855': ['km'],
  '95': ['my'],
  '856': ['lo'],
  '66': ['th'],
  '971': ['ar'],
};

/** Longest calling-code prefix of a number's leading digits that is in the table. */
export function callingCode(digits: string): string | undefined {
  for (const len of [3, 2, 1]) {
    const cc = digits.slice(0, len);
    if (COMPOUND_CALLING_CODES[cc]) return cc;
  }
  return undefined;
}
