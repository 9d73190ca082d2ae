/**
 * The bytes a list signature covers. Publishers and the extension must serialise the same list to the same bytes
 * whatever order or spacing the file was written in, so keys are sorted at every level and there is no whitespace
 * (the shape of RFC 8785 for the values a list holds: strings, finite numbers, booleans, null, arrays, objects).
 */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return JSON.stringify(value);
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new TypeError('canonical JSON has no NaN or Infinity');
    return JSON.stringify(value);
  }
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (typeof value === 'object') {
    const obj = value as Record<string, unknown>;
    const keys = Object.keys(obj).filter((k) => obj[k] !== undefined).sort();
    return `{${keys.map((k) => `${JSON.stringify(k)}:${canonicalJson(obj[k])}`).join(',')}}`;
  }
  throw new TypeError(`canonical JSON cannot hold a ${typeof value}`);
}

// A signature made for a Lurewatch list can never be replayed as a signature over something else, and vice versa.
const DOMAIN = 'lurewatch-list-signature-v1\n';

/** What is signed: a fixed prefix, then the canonical JSON of the list document, as UTF-8. */
export function signedBytes(list: unknown): Uint8Array<ArrayBuffer> {
  return new TextEncoder().encode(DOMAIN + canonicalJson(list)) as Uint8Array<ArrayBuffer>;
}
