/**
 * Stands in for `hash-it` in the browser bundle: json-rules-engine only hashes a fact's id and
 * parameters to key its cache, and those are plain JSON here, so their JSON text is key enough.
 */
export default function hash(value: unknown): string {
  return JSON.stringify(value);
}
