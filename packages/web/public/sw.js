// Titrate service worker: dose reminders by web push, nothing else.
// Deliberately no fetch handler and no caches: health information must never be stored on the device.
// The push payload is {title, url} with no health information; the body stays neutral.

self.addEventListener('install', () => {
  self.skipWaiting();
});

self.addEventListener('activate', (event) => {
  event.waitUntil(self.clients.claim());
});

/** Only same-origin paths may be opened from a notification. */
function safeUrl(raw) {
  try {
    const url = new URL(typeof raw === 'string' ? raw : '/', self.location.origin);
    return url.origin === self.location.origin ? url.href : null;
  } catch {
    return null;
  }
}

self.addEventListener('push', (event) => {
  let payload = {};
  try {
    payload = event.data ? event.data.json() : {};
  } catch {
    payload = {};
  }
  const title = typeof payload.title === 'string' && payload.title ? payload.title : 'Titrate reminder';
  const url = safeUrl(payload.url) ?? `${self.location.origin}/`;
  event.waitUntil(
    self.registration.showNotification(title, {
      body: 'Open Titrate to see what’s due',
      icon: '/icon-192.png',
      // One notification per reminder: a repeat replaces the earlier one instead of stacking.
      tag: `titrate:${url}`,
      renotify: false,
      data: { url },
    }),
  );
});

self.addEventListener('notificationclick', (event) => {
  event.notification.close();
  const url = safeUrl(event.notification.data?.url);
  if (!url) return;
  event.waitUntil(
    (async () => {
      const windows = await self.clients.matchAll({ type: 'window', includeUncontrolled: true });
      const open = windows.find((client) => new URL(client.url).origin === self.location.origin);
      if (open) {
        await open.focus();
        if ('navigate' in open) await open.navigate(url).catch(() => undefined);
        return;
      }
      await self.clients.openWindow(url);
    })(),
  );
});
