import type { WebPushSubscription } from '../db/schema.js';
import type { Mailer, OutgoingEmail } from './mailer.js';

/**
 * Reminder delivery. A reminder is a nudge and a link, nothing else: no drug name, no dose, no
 * diagnosis, no clinic specialty — a lock screen or a shared inbox must not reveal treatment.
 * The patient reads what to take after signing in to the portal.
 */
export const REMINDER_SUBJECT = 'Time for your medicine';

export function reminderEmail(to: string, portalUrl: string): OutgoingEmail {
  const link = `${portalUrl.replace(/\/+$/, '')}/portal`;
  return {
    to,
    subject: REMINDER_SUBJECT,
    text: `Hello,\n\nThis is your reminder. Open Titrate to see what is due and to log it:\n${link}\n\nYou can change when reminders arrive, or turn them off, in your settings.`,
  };
}

/** The one recipient of a reminder, and how they asked to be reached. */
export interface ReminderTarget {
  reminderId: string;
  email: string | null;
  emailEnabled: boolean;
  webPush: WebPushSubscription[];
  smsNumber: string | null;
  /** Forgets subscriptions the push service reported gone (404/410). */
  dropWebPush?: ((endpoints: string[]) => Promise<void>) | undefined;
}

/**
 * Web Push (RFC 8030 + VAPID), implemented in `web-push.ts`. Resolves 'gone' when the push
 * service says the subscription no longer exists; throws on other failures.
 */
export interface WebPushSender {
  send(subscription: WebPushSubscription, payload: { title: string; url: string }): Promise<'sent' | 'gone'>;
}

/** SMS: an interface for a provider adapter; none is shipped. */
export interface SmsSender {
  send(to: string, text: string): Promise<void>;
}

export interface ReminderDelivery {
  /** Sends one reminder; returns the channel used, or null when the patient has none enabled. */
  deliver(target: ReminderTarget): Promise<'email' | 'web-push' | 'sms' | null>;
}

export interface DeliveryOptions {
  mailer: Mailer;
  portalUrl: string;
  webPush?: WebPushSender | undefined;
  sms?: SmsSender | undefined;
}

/**
 * Web push first (it reaches the phone), then email; SMS only when neither is available. A push
 * that reaches no device (every subscription gone or failing) falls back to email for this reminder.
 */
export function createReminderDelivery(options: DeliveryOptions): ReminderDelivery {
  const portal = `${options.portalUrl.replace(/\/+$/, '')}/portal`;
  return {
    async deliver(target) {
      let pushError: unknown = null;
      if (options.webPush && target.webPush.length > 0) {
        let delivered = 0;
        const gone: string[] = [];
        for (const subscription of target.webPush) {
          try {
            const result = await options.webPush.send(subscription, { title: REMINDER_SUBJECT, url: portal });
            if (result === 'gone') gone.push(subscription.endpoint);
            else delivered++;
          } catch (error) {
            pushError ??= error;
          }
        }
        if (gone.length > 0) await target.dropWebPush?.(gone);
        if (delivered > 0) return 'web-push';
      }
      if (options.mailer.enabled && target.emailEnabled && target.email) {
        await options.mailer.send(reminderEmail(target.email, options.portalUrl));
        return 'email';
      }
      if (options.sms && target.smsNumber) {
        await options.sms.send(target.smsNumber, `${REMINDER_SUBJECT}. ${portal}`);
        return 'sms';
      }
      // Push failed for a reason that may pass (5xx, timeout) and nothing else reaches the patient.
      if (pushError) throw pushError;
      return null;
    },
  };
}
