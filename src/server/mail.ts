/**
 * E-mail as a pluggable transport. With SMTP_URL set, mail goes out through nodemailer;
 * without it e-mail is off (notifications stay in-app) — a deployment choice, logged once.
 * Tests pass a recording transport. Messages never name a client: they say what kind of
 * thing happened and link to OneDoor, where the access policy decides what is shown.
 */
import nodemailer from 'nodemailer';

export interface MailMessage {
  to: string;
  subject: string;
  text: string;
}

export interface MailTransport {
  /** Whether mail actually leaves (false: e-mail is switched off in this deployment). */
  readonly enabled: boolean;
  send(message: MailMessage): Promise<void>;
}

export function createMailTransport(opts: { smtpUrl?: string; from: string }): MailTransport {
  if (!opts.smtpUrl) return { enabled: false, send: async () => undefined };
  const transporter = nodemailer.createTransport(opts.smtpUrl);
  return {
    enabled: true,
    async send(m) {
      await transporter.sendMail({ from: opts.from, to: m.to, subject: m.subject, text: m.text });
    },
  };
}

/** For tests: keeps every message it was given. */
export class RecordingMailTransport implements MailTransport {
  readonly enabled = true;
  readonly sent: MailMessage[] = [];
  async send(message: MailMessage) {
    this.sent.push(message);
  }
}
