/** The notification e-mail's part of the configuration (see config.ts, which reads it). */

/** Where notification e-mail goes out; see the README's configuration section. */
export interface MailSettings {
  /** smtp://[user:password@]host:port (smtps:// for TLS from the start). */
  smtpUrl: string;
  /** The From address. */
  from: string;
  /** The address of the app as its users reach it: links in mail are absolute. */
  publicUrl: string;
  /** Signs one-click unsubscribe links (DEVICE_COOKIE_SECRET's key). */
  secret: Buffer;
}

const MAIL_ADDRESS = /^(?:[^<>@\s]+@[^<>@\s]+\.[^<>@\s]+|[^<>]*<[^<>@\s]+@[^<>@\s]+\.[^<>@\s]+>)$/;

export function mailSettingsOf(
  env: NodeJS.ProcessEnv,
  port: number,
  secret: Buffer,
  problems: { add(problem: string): void },
): MailSettings | null {
  const raw = env.SMTP_URL || undefined;
  const from = env.MAIL_FROM || undefined;
  const publicUrl = env.PUBLIC_URL || `http://localhost:${port}`;
  let url: URL | null = null;
  try {
    url = new URL(publicUrl);
  } catch {
    // Reported below.
  }
  if (!url || (url.protocol !== 'http:' && url.protocol !== 'https:')) {
    problems.add(`PUBLIC_URL must be an http:// or https:// URL, got "${publicUrl}"`);
  }
  if (!raw) {
    if (from)
      problems.add('MAIL_FROM is set but SMTP_URL is not: set SMTP_URL too, or unset MAIL_FROM');
    return null;
  }
  let smtp: URL | null = null;
  try {
    smtp = new URL(raw);
  } catch {
    // Reported below; never echoed, it may hold a password.
  }
  if (!smtp || (smtp.protocol !== 'smtp:' && smtp.protocol !== 'smtps:') || !smtp.hostname) {
    problems.add('SMTP_URL must be a URL like smtp://user:password@host:587');
  }
  if (!from)
    problems.add('MAIL_FROM must be set when SMTP_URL is, e.g. Spilno <noreply@example.org>');
  else if (!MAIL_ADDRESS.test(from)) {
    problems.add(
      `MAIL_FROM must be an e-mail address such as Spilno <noreply@example.org>, got "${from}"`,
    );
  }
  return { smtpUrl: raw, from: from ?? '', publicUrl, secret };
}
