/** FNV-1a over a text, from a given start: four starts give 128 bits for an id derived from the text. */
function fnv1a(text: string, start: number): number {
  let hash = start;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

function format(bytes: Uint8Array, version: number): string {
  bytes[6] = (bytes[6]! & 0x0f) | (version << 4);
  bytes[8] = (bytes[8]! & 0x3f) | 0x80; // the RFC 9562 variant
  const hex = [...bytes].map((b) => b.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** A version-8 (custom) UUID derived from a text: the same text, the same id. Not random, and not secret. */
function derivedUuid(text: string): string {
  const bytes = new Uint8Array(16);
  const view = new DataView(bytes.buffer);
  [0x811c9dc5, 0x050c5d1f, 0x2f1b0a3d, 0x6b43a9b5].forEach((start, i) => view.setUint32(i * 4, fnv1a(`${i}:${text}`, start)));
  return format(bytes, 8);
}

/**
 * A maker of new ids: the Web Crypto API's random UUIDs where there is one (browsers, Node), its
 * random bytes where randomUUID is withheld (a page not served over HTTPS), and otherwise ids
 * derived from `seed` and a count, unique within one export. No Node module is needed.
 */
export function newIds(seed: string): () => string {
  const webCrypto = (globalThis as { crypto?: Partial<Crypto> }).crypto;
  if (typeof webCrypto?.randomUUID === 'function') return () => webCrypto.randomUUID!();
  if (typeof webCrypto?.getRandomValues === 'function') return () => format(webCrypto.getRandomValues!(new Uint8Array(16)), 4);
  let count = 0;
  return () => derivedUuid(`${seed}#${count++}`);
}
