// Built into sw.js by precache-service-worker.ts, which declares above this code CACHE, a cache name
// that changes whenever any built file does, and PRECACHE, the URL of every built file.

// A new version installs beside the running one and waits: a tab opened on the version before keeps
// its own worker, and with it every file it may still load (the engine, the rulebook, the summary,
// the FHIR export), until the person reloads from the page's "new version" notice or closes the tab.
self.addEventListener('install', (event) => {
  // 'reload' skips the HTTP cache, so that a new version never precaches an old index.html.
  const requests = PRECACHE.map((url) => new Request(url, { cache: 'reload' }));
  event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(requests)));
});

self.addEventListener('message', (event) => {
  if (event.data === 'skip-waiting') self.skipWaiting();
});

// Keeps the version before this one: another tab still open on it may ask for its files once this
// worker has taken over. Any older version goes (Cache Storage lists caches oldest first).
self.addEventListener('activate', (event) => {
  // This app's caches share CACHE's name up to its last '-' (the rest is the build's fingerprint).
  const appCache = CACHE.slice(0, CACHE.lastIndexOf('-') + 1);
  event.waitUntil(
    caches
      .keys()
      .then((names) => {
        const older = names.filter((name) => name !== CACHE && name.startsWith(appCache));
        return Promise.all(older.slice(0, -1).map((name) => caches.delete(name)));
      })
      .then(() => self.clients.claim()),
  );
});

// Cache first: this version's files, then a file only the version before had. Every page is
// index.html (the app keeps its pages after the '#'), always this version's. Vary is ignored: a
// server may vary on a header (vite preview: Origin) that the page's requests carry and the precache's did not.
self.addEventListener('fetch', (event) => {
  const { request } = event;
  if (request.method !== 'GET' || new URL(request.url).origin !== self.location.origin) return;
  const navigation = request.mode === 'navigate';
  const key = navigation ? new URL('index.html', self.registration.scope).href : request;
  event.respondWith(
    caches
      .open(CACHE)
      .then((cache) => cache.match(key, { ignoreVary: true }))
      .then((cached) => cached ?? (navigation ? undefined : caches.match(request, { ignoreVary: true })))
      .then((cached) => cached ?? fetch(request)),
  );
});
