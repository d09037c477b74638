/**
 * Stands in for jsonpath-plus in the browser bundle, where it would cost several KB for nothing:
 * the rule schema allows no `path` in a condition, so json-rules-engine never calls it.
 */
export function JSONPath(): never {
  throw new Error('rule conditions with a "path" are not supported');
}
