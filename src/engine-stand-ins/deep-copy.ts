/**
 * Stands in for `clone` in the browser bundle: json-rules-engine copies each rule's conditions and
 * event on every run, and those are plain trees (validated JSON) with class prototypes to keep,
 * never cycles, Maps, Dates or Buffers, which is what `clone` spends its time and bytes on.
 */
export default function deepCopy<T>(value: T): T {
  if (value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) return value.map(deepCopy) as T;
  const copy = Object.create(Object.getPrototypeOf(value) as object | null) as Record<string, unknown>;
  for (const [key, inner] of Object.entries(value)) copy[key] = deepCopy(inner);
  return copy as T;
}
