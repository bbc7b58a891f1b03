import { serverPath } from '@spilno/shared';
import nodemailer, { type Transporter } from 'nodemailer';
import type { MailSettings } from '../../config';
import type { User } from '../users/public';
import { catalogue } from './messages';
import type { Notification } from './notification.entity';
import { unsubscribeToken } from './unsubscribe-token';

/**
 * Writes and sends the e-mail of notifications: plain text, a link back to each record and a
 * one-click unsubscribe (RFC 8058) that needs no sign-in.
 */
export class Mailer {
  private readonly transport: Transporter;

  constructor(private readonly settings: MailSettings) {
    this.transport = nodemailer.createTransport(settings.smtpUrl);
  }

  async single(user: User, notification: Notification): Promise<void> {
    const words = catalogue(user.language);
    const text = [
      notification.body,
      '',
      `${words.mail.open}: ${this.absolute(notification.link)}`,
      '',
      '--',
      words.mail.footer,
      `${words.mail.unsubscribe}: ${this.unsubscribeUrl(user)}`,
    ].join('\n');
    await this.send(user, notification.title, text);
  }

  /** One mail of the day's notifications, under the title of each programme they belong to. */
  async digest(
    user: User,
    notifications: Notification[],
    programmeTitle: (programmeId: string | null) => string,
  ): Promise<void> {
    const words = catalogue(user.language);
    const groups = new Map<string | null, Notification[]>();
    for (const n of notifications) {
      groups.set(n.programmeId, [...(groups.get(n.programmeId) ?? []), n]);
    }
    const lines = [words.mail.digestIntro, ''];
    for (const [programmeId, items] of groups) {
      const heading = programmeTitle(programmeId) || 'Spilno';
      lines.push(heading, '='.repeat(heading.length));
      for (const n of items)
        lines.push(`- ${n.title}`, `  ${n.body}`, `  ${this.absolute(n.link)}`);
      lines.push('');
    }
    lines.push('--', words.mail.footer, `${words.mail.unsubscribe}: ${this.unsubscribeUrl(user)}`);
    await this.send(user, words.mail.digestSubject(notifications.length), lines.join('\n'));
  }

  close(): void {
    this.transport.close();
  }

  private async send(user: User, subject: string, text: string): Promise<void> {
    const unsubscribe = this.unsubscribeUrl(user);
    await this.transport.sendMail({
      from: this.settings.from,
      to: user.email,
      subject,
      text,
      headers: {
        'List-Unsubscribe': `<${unsubscribe}>`,
        'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
      },
    });
  }

  private unsubscribeUrl(user: User): string {
    const token = unsubscribeToken(this.settings.secret, user.id);
    return this.absolute(serverPath('unsubscribe', { token }));
  }

  private absolute(path: string): string {
    return new URL(path, this.settings.publicUrl).toString();
  }
}
