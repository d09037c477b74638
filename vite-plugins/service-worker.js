// Built into sw.js by precache-service-worker.ts, which declares above this code CACHE, a cache name
// that changes whenever any built file does, and PRECACHE, the URL of every built file.

self.addEventListener('install', (event) => {
  // 'reload' skips the HTTP cache, so that a new version never precaches an old index.html.
  const requests = PRECACHE.map((url) => new Request(url, { cache: 'reload' }));
  event.waitUntil(
    caches
      .open(CACHE)
      .then((cache) => cache.addAll(requests))
      .then(() => self.skipWaiting()),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((names) => Promise.all(names.filter((name) => name !== CACHE).map((name) => caches.delete(name))))
      .then(() => self.clients.claim()),
  );
});

// Cache first. Every page is index.html: the app keeps its pages after the '#'. Vary is ignored: a
// server may vary on a header (vite preview: Origin) that the page's requests carry and the precache's did not.
self.addEventListener('fetch', (event) => {
  const { request } = event;
  if (request.method !== 'GET' || new URL(request.url).origin !== self.location.origin) return;
  const key = request.mode === 'navigate' ? new URL('index.html', self.registration.scope).href : request;
  event.respondWith(
    caches
      .open(CACHE)
      .then((cache) => cache.match(key, { ignoreVary: true }))
      .then((cached) => cached ?? fetch(request)),
  );
});
