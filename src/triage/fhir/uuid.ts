/** A version-4 UUID from 16 random bytes (RFC 9562). */
function format(bytes: Uint8Array): string {
  bytes[6] = (bytes[6]! & 0x0f) | 0x40;
  bytes[8] = (bytes[8]! & 0x3f) | 0x80;
  const hex = [...bytes].map((b) => b.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/**
 * A new random id from the Web Crypto API, which every browser and Node 20 have: its randomUUID, or
 * its random bytes where randomUUID is withheld (a page not served over HTTPS).
 */
export const newId = (): string =>
  typeof crypto.randomUUID === 'function' ? crypto.randomUUID() : format(crypto.getRandomValues(new Uint8Array(16)));
