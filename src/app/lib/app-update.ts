import { useSyncExternalStore } from 'react';

/**
 * A new version of the app, installed by its service worker and waiting (vite-plugins/service-worker.js):
 * it takes over only when the person reloads from the notice, so a page never loses the files of
 * the version it was opened on.
 */
let waiting: ServiceWorker | null = null;
const listeners = new Set<() => void>();

function offer(worker: ServiceWorker | null) {
  // With no worker in control yet, this is the first install, not an update.
  if (!worker || !navigator.serviceWorker.controller) return;
  waiting = worker;
  listeners.forEach((listener) => listener());
}

/** Registers the worker, and watches for a new version: when the page opens, and whenever it is shown again. */
export async function registerServiceWorker(url: string) {
  const registration = await navigator.serviceWorker.register(url);
  offer(registration.waiting);
  registration.addEventListener('updatefound', () => {
    const worker = registration.installing;
    worker?.addEventListener('statechange', () => {
      if (worker.state === 'installed') offer(worker);
    });
  });
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'visible') registration.update().catch(() => undefined);
  });
}

const subscribe = (listener: () => void) => {
  listeners.add(listener);
  return () => listeners.delete(listener);
};

/** Whether a new version is waiting for the person to reload. */
export const useUpdateReady = () =>
  useSyncExternalStore(
    subscribe,
    () => waiting !== null,
    () => false,
  );

/** Lets the waiting version take over, then reloads into it; the answers are kept on the device. */
export function reloadToUpdate() {
  // Another tab may have let it take over already.
  if (waiting?.state === 'activating' || waiting?.state === 'activated') return window.location.reload();
  navigator.serviceWorker.addEventListener('controllerchange', () => window.location.reload(), { once: true });
  waiting?.postMessage('skip-waiting');
}
