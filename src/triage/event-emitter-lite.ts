type Listener = (...args: unknown[]) => unknown;

/**
 * Stands in for eventemitter2 in the browser bundle (5.8 KB gzipped): json-rules-engine only
 * registers listeners with on() and fires them with emitAsync(), and this app listens to none.
 */
export default class EventEmitter {
  #listeners = new Map<string, Listener[]>();

  on(event: string, listener: Listener): this {
    this.#listeners.set(event, [...(this.#listeners.get(event) ?? []), listener]);
    return this;
  }

  emitAsync(event: string, ...args: unknown[]): Promise<unknown[]> {
    return Promise.all((this.#listeners.get(event) ?? []).map((listener) => listener(...args)));
  }
}
