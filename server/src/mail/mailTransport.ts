import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Transporter } from 'nodemailer';

export interface OutgoingMail {
  id: number;
  from: string;
  to: string;
  subject: string;
  text: string;
  html?: string | null;
  headers: Record<string, string>;
}

/** `sent`: handed to the SMTP server; `written`: no server configured, kept as an .eml file instead. */
export interface MailOutcome {
  status: 'sent' | 'written';
  file: string | null;
}

export interface MailTransport {
  send(mail: OutgoingMail): Promise<MailOutcome>;
  close(): void;
}

function message(mail: OutgoingMail) {
  return { from: mail.from, to: mail.to, subject: mail.subject, text: mail.text, ...(mail.html ? { html: mail.html } : {}), headers: mail.headers };
}

/**
 * A nodemailer transport made at the first message: nodemailer is half of the
 * built collector's code, and loading it at start cost the first 202 tens of
 * milliseconds of CPU for mail that may never be sent.
 */
function lazyTransport(options: string | Record<string, unknown>) {
  let transport: Promise<Transporter> | undefined;
  return {
    get: () => (transport ??= import('nodemailer').then(({ default: nodemailer }) => nodemailer.createTransport(options))),
    close: () => void transport?.then((t) => t.close(), () => {}),
  };
}

/** Over SMTP with nodemailer: `smtp://user:pass@host:587`, `smtps://…:465`. */
function smtpTransport(url: string): MailTransport {
  const transport = lazyTransport(url);
  return {
    async send(mail) {
      await (await transport.get()).sendMail(message(mail));
      return { status: 'sent', file: null };
    },
    close: transport.close,
  };
}

/** Without SMTP, each message is written as `<dir>/<id>.eml` (what it would have sent, byte for byte). */
function fileTransport(dir: string): MailTransport {
  const transport = lazyTransport({ streamTransport: true, buffer: true, newline: 'unix' });
  return {
    async send(mail) {
      const info = await (await transport.get()).sendMail(message(mail));
      mkdirSync(dir, { recursive: true, mode: 0o700 });
      const file = join(dir, `${mail.id}.eml`);
      writeFileSync(file, info.message as Buffer, { mode: 0o600 });
      return { status: 'written', file };
    },
    close: transport.close,
  };
}

/** TOUCHPOINT_SMTP_URL when set, else .eml files in `<dataDir>/mail`. */
export function mailTransport(settings: { smtpUrl?: string; dataDir: string }): MailTransport {
  return settings.smtpUrl ? smtpTransport(settings.smtpUrl) : fileTransport(join(settings.dataDir, 'mail'));
}
