/**
 * Marks a promise with its outcome the way React's `use()` reads it, so that a page reading an
 * already-settled promise renders at once instead of suspending; after a suspense fallback React
 * holds the content back for about 300 ms, which a person waiting for their result feels.
 */
export function readableWithoutSuspending<T>(promise: Promise<T>): Promise<T> {
  // The handlers return nothing: returning the (rejected) promise itself would reject this chain too.
  promise.then(
    (value) => void Object.assign(promise, { status: 'fulfilled', value }),
    (reason: unknown) => void Object.assign(promise, { status: 'rejected', reason }),
  );
  return promise;
}

type Settled<T> = { status: 'fulfilled'; value: T } | { status: 'rejected'; reason: unknown };

/** The outcome of a promise marked by readableWithoutSuspending, once it has settled. */
export function settledOutcome<T>(promise: Promise<T>): Settled<T> | undefined {
  const { status } = promise as Partial<Settled<T>>;
  return status === 'fulfilled' || status === 'rejected' ? (promise as unknown as Settled<T>) : undefined;
}
