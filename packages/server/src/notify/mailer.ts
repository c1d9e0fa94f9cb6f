import nodemailer from 'nodemailer';

/**
 * Outgoing email. Messages must never carry health information: a nudge and a link only
 * (invitations, password resets, reminders all follow this rule).
 */
export interface OutgoingEmail {
  to: string;
  subject: string;
  text: string;
  html?: string;
}

export interface Mailer {
  send(email: OutgoingEmail): Promise<void>;
  /** False when no mail server is configured: callers show links on screen instead. */
  readonly enabled: boolean;
}

/** Sends through an SMTP server (`smtp://user:pass@host:port` or `smtps://…`). */
export function createSmtpMailer(smtpUrl: string, from: string): Mailer & { close(): void } {
  const transport = nodemailer.createTransport(smtpUrl);
  return {
    enabled: true,
    async send(email) {
      await transport.sendMail({ from, ...email });
    },
    close: () => transport.close(),
  };
}

/** Used when no SMTP server is configured: nothing is sent (and nothing is logged, since links are secrets). */
export const disabledMailer: Mailer = {
  enabled: false,
  async send() {},
};

/** Keeps messages in memory, for tests. */
export class MemoryMailer implements Mailer {
  readonly enabled = true;
  readonly sent: OutgoingEmail[] = [];
  async send(email: OutgoingEmail): Promise<void> {
    this.sent.push(email);
  }
}
