type Listener = (...args: unknown[]) => unknown;

interface EventEmitter {
  listeners: Map<string, Listener[]>;
  on(event: string, listener: Listener): EventEmitter;
  emitAsync(event: string, ...args: unknown[]): Promise<unknown[]>;
}

/**
 * Stands in for eventemitter2 in the browser bundle (5.8 KB gzipped): json-rules-engine only
 * registers listeners with on() and fires them with emitAsync(), and this app listens to none.
 * A constructor function, not a class: json-rules-engine's compiled classes call `EventEmitter.call(this)`.
 */
function EventEmitter(this: EventEmitter) {
  this.listeners = new Map();
}

(EventEmitter.prototype as EventEmitter).on = function on(this: EventEmitter, event: string, listener: Listener) {
  this.listeners.set(event, [...(this.listeners.get(event) ?? []), listener]);
  return this;
};

(EventEmitter.prototype as EventEmitter).emitAsync = function emitAsync(this: EventEmitter, event: string, ...args: unknown[]) {
  return Promise.all((this.listeners.get(event) ?? []).map((listener) => listener(...args)));
};

export default EventEmitter;
