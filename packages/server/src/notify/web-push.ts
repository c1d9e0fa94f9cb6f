import webpush from 'web-push';
import type { WebPushSubscription } from '../db/schema.js';
import type { WebPushSender } from './reminders.js';

/** A reminder is useful for a few hours; after that the push service may drop it. */
export const WEB_PUSH_TTL_SECONDS = 4 * 60 * 60;
const REQUEST_TIMEOUT_MS = 10_000;

export interface VapidKeys {
  publicKey: string;
  privateKey: string;
  subject: string;
}

/**
 * The browsers' push services. The server POSTs to whatever endpoint a subscription names, so
 * only these hosts are accepted: a patient cannot point the server at an internal address.
 */
const PUSH_SERVICE_HOSTS = [
  'fcm.googleapis.com',
  'android.googleapis.com',
  'updates.push.services.mozilla.com',
  'web.push.apple.com',
];
const PUSH_SERVICE_SUFFIXES = ['.notify.windows.com', '.push.apple.com'];

export function isKnownPushService(endpoint: string): boolean {
  let url: URL;
  try {
    url = new URL(endpoint);
  } catch {
    return false;
  }
  if (url.protocol !== 'https:' || url.port !== '' || url.username || url.password) return false;
  const host = url.hostname.toLowerCase();
  return PUSH_SERVICE_HOSTS.includes(host) || PUSH_SERVICE_SUFFIXES.some((suffix) => host.endsWith(suffix));
}

/** A push service refused the message (other than "subscription gone"); retried with back-off. */
export class WebPushError extends Error {
  override name = 'WebPushError';
  constructor(readonly responseCode: number) {
    super(`push service answered ${responseCode}`);
  }
}

/**
 * Web Push (RFC 8030) with VAPID (RFC 8292) and aes128gcm payload encryption (RFC 8291).
 * `web-push` builds the encrypted body and signed headers; the request itself goes through fetch
 * so it has a timeout and the endpoint's own scheme. The endpoint is never logged: it identifies
 * the patient's browser.
 */
export function createWebPushSender(vapid: VapidKeys, fetchImpl: typeof fetch = fetch): WebPushSender {
  return {
    async send(subscription: WebPushSubscription, payload) {
      const details = webpush.generateRequestDetails(subscription, JSON.stringify(payload), {
        vapidDetails: vapid,
        TTL: WEB_PUSH_TTL_SECONDS,
        contentEncoding: 'aes128gcm',
        urgency: 'high',
      });
      const response = await fetchImpl(details.endpoint, {
        method: details.method,
        headers: details.headers as Record<string, string>,
        body: new Uint8Array(details.body),
        signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
      });
      await response.body?.cancel();
      // 404/410: the browser unsubscribed or the subscription expired; it will never work again.
      if (response.status === 404 || response.status === 410) return 'gone';
      if (response.status < 200 || response.status >= 300) throw new WebPushError(response.status);
      return 'sent';
    },
  };
}
