import { describe, expect, it } from 'vitest';
import { endAt, fold } from '../../src/engine/normalize';

/** Every folded character must point back into the original; the quoted span is what a user would see. */
function original(input: string, folded: ReturnType<typeof fold>, needle: string): string {
  const at = folded.text.indexOf(needle);
  expect(at, `"${needle}" in "${folded.text}"`).toBeGreaterThanOrEqual(0);
  return input.slice(folded.starts[at]!, endAt(folded, at + needle.length - 1));
}

describe('fold', () => {
  it.each([
    ['K.K P@rk', 'kk park'],
    ['T3legram', 'telegram'],
    ['w h a t s a p p', 'whatsapp'],
    ['Ｔｅｌｅｇｒａｍ', 'telegram'],
    ['việc nhẹ lương cao', 'viec nhe luong cao'],
    ['ĐI LÀM Ở CAMPUCHIA', 'di lam o campuchia'],
    ['Tеlegram', 'telegram'], // Cyrillic е
    ['tele\u200bgram', 'telegram'],
    ['free   ticket!!! 😍 and\n\nvisa', 'free ticket and visa'],
  ])('folds %j to %j', (input, expected) => {
    expect(fold(input).text).toBe(expected);
  });

  it('keeps digits, thousands separators and currency signs that pay detection reads', () => {
    expect(fold('USD 1,200/month').text).toBe('usd 1,200 month');
    expect(fold('₱45,000–₱60,000/mo').text).toBe('₱45,000 ₱60,000 mo');
  });

  it('leaves Russian words alone while mapping look-alikes inside Latin words', () => {
    expect(fold('Работа в Камбодже').text).toBe('работа в камбодже');
  });

  it('keeps the vowel signs of Thai, Devanagari and Khmer', () => {
    expect(fold('เงินเดือนสูง').text).toBe('เงินเดือนสูง');
    expect(fold('नौकरी').text).toBe('नौकरी');
  });

  it('maps every folded span back to the exact original text', () => {
    const input = 'Contact us on T 3 l e g r a m or at K.K P@rk — Ｆｒｅｅ ｔｉｃｋｅｔ';
    const f = fold(input);
    expect(original(input, f, 'kk park')).toBe('K.K P@rk');
    expect(original(input, f, 'free ticket')).toBe('Ｆｒｅｅ ｔｉｃｋｅｔ');
    expect(f.starts.length).toBe(f.text.length);
    for (let i = 1; i < f.text.length; i++) expect(f.starts[i]!).toBeGreaterThanOrEqual(f.starts[i - 1]!);
  });

  it('handles astral characters, lone surrogates and an empty string', () => {
    expect(fold('').text).toBe('');
    expect(fold('\ud83d').text).toBe('');
    expect(fold('𝐅𝐫𝐞𝐞 𝐭𝐢𝐜𝐤𝐞𝐭').text).toBe('free ticket');
  });
});
