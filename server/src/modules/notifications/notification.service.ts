import {
  EmailFrequency,
  FieldMessage,
  LOCALES,
  pickTranslation,
  type TranslatableTexts,
} from '@spilno/shared';
import type PgBoss from 'pg-boss';
import type { DataSource, EntityManager } from 'typeorm';
import { BadInputError } from '../../common/errors';
import type { Logger } from '../../common/logger';
import type { ScopeService } from '../../common/module-types';
import { User } from '../users/public';
import type { Mailer } from './mailer';
import { message } from './messages';
import type { Notice } from './notice';
import { Notification } from './notification.entity';
import { QUEUES, RETRY, createQueue, transactionExecutor } from './queue';
import { dueReportNotices, unassignedIssueNotices } from './reminders';
import { recipientsOf, type ReaderCheck } from './recipients';
import { userOfToken } from './unsubscribe-token';

export interface NotificationPageArgs {
  unreadOnly: boolean;
  limit: number;
  offset: number;
}

export interface NotificationPage {
  items: Notification[];
  total: number;
  unread: number;
}

/**
 * In-app notifications and the e-mail about them. A module's write enqueues a notice in its
 * own transaction (`notify`), so a write rolled back tells nobody; the queue then works out
 * the recipients and writes each one's notification (`deliver`), and mails it to those who
 * asked for mail at once.
 */
/** How long after a failed start the queue tries again. */
const START_RETRY_MS = 30_000;

export class NotificationService {
  queue: PgBoss;
  private retry: NodeJS.Timeout | undefined;
  private stopping = false;
  private readonly readers = new Map<string, ReaderCheck>();

  constructor(
    private readonly dataSource: DataSource,
    private readonly policy: ScopeService,
    private readonly logger: Logger,
    readonly mailer: Mailer | null,
    private readonly secret: Buffer,
  ) {
    this.queue = this.newQueue();
  }

  private newQueue(): PgBoss {
    const queue = createQueue(this.dataSource);
    queue.on('error', (err) => this.logger.warn({ err }, 'notification queue error'));
    return queue;
  }

  /** Who may read a kind of record (by its type name): only they are told of it. */
  registerReader(recordType: string, check: ReaderCheck): void {
    this.readers.set(recordType, check);
  }

  /** Enqueues `notice` with the write that `manager`'s transaction is making. */
  async notify(manager: EntityManager, notice: Notice): Promise<void> {
    await this.queue.send(QUEUES.deliver, notice, { db: transactionExecutor(manager), ...RETRY });
  }

  /**
   * Writes the notice's notifications, each in its recipient's language, and enqueues the
   * mail of those who want it at once, in one transaction. Delivered again (a retry), it adds
   * nothing: a notification's key is unique per user.
   */
  async deliver(notice: Notice): Promise<number> {
    const recipients = await recipientsOf(
      this.dataSource.manager,
      this.policy,
      this.readers,
      notice,
    );
    if (recipients.length === 0) return 0;
    const programme = await this.programmeTitles(notice.programmeId);
    return this.dataSource.transaction(async (manager) => {
      let written = 0;
      for (const user of recipients) {
        const text = message(
          notice.kind,
          {
            programme: programme(user.language),
            subject: notice.subject,
            detail: notice.detail,
          },
          user.language,
        );
        const rows = await manager.query<{ id: string }[]>(
          `INSERT INTO notification ("userId", kind, "programmeId", key, title, body, link)
           VALUES ($1, $2, $3, $4, $5, $6, $7)
           ON CONFLICT ("userId", key) DO NOTHING RETURNING id`,
          [
            user.id,
            notice.kind,
            notice.programmeId,
            notice.key,
            text.title,
            text.body,
            notice.link,
          ],
        );
        const row = rows[0];
        if (!row) continue;
        written += 1;
        if (this.mailer && user.emailFrequency === EmailFrequency.IMMEDIATE) {
          await this.queue.send(
            QUEUES.mail,
            { notificationId: row.id },
            { db: transactionExecutor(manager), ...RETRY },
          );
        }
      }
      return written;
    });
  }

  /** The programme's title in a reader's language (its own where it has no translation). */
  private async programmeTitles(programmeId: string | null): Promise<(language: string) => string> {
    if (!programmeId) return () => '';
    const [row] = await this.dataSource.query<
      (TranslatableTexts & { title: string; languages: string[] })[]
    >('SELECT title, languages, translations FROM programme WHERE id = $1', [programmeId]);
    if (!row) return () => '';
    return (language) => pickTranslation(row, 'title', row.languages, language).text ?? row.title;
  }

  async page(user: User, args: NotificationPageArgs): Promise<NotificationPage> {
    const query = this.dataSource
      .getRepository(Notification)
      .createQueryBuilder('n')
      .where('n.userId = :userId', { userId: user.id });
    if (args.unreadOnly) query.andWhere('n.readAt IS NULL');
    const [items, total] = await query
      .orderBy('n.createdAt', 'DESC')
      .addOrderBy('n.id', 'DESC')
      .take(args.limit)
      .skip(args.offset)
      .getManyAndCount();
    const unread = await this.dataSource
      .getRepository(Notification)
      .createQueryBuilder('n')
      .where('n.userId = :userId AND n.readAt IS NULL', { userId: user.id })
      .getCount();
    return { items, total, unread };
  }

  /** Marks the user's own notifications read (all without ids); how many were unread. */
  async markRead(user: User, ids: string[] | null | undefined): Promise<number> {
    const query = this.dataSource
      .createQueryBuilder()
      .update(Notification)
      .set({ readAt: () => 'now()' })
      .where('"userId" = :userId AND "readAt" IS NULL', { userId: user.id });
    if (ids) {
      const valid = ids.filter((id) => /^[0-9a-f-]{36}$/i.test(id));
      if (valid.length === 0) return 0;
      query.andWhere('id = ANY(:ids)', { ids: valid });
    }
    const result = await query.execute();
    return result.affected ?? 0;
  }

  async updateSettings(
    user: User,
    email: EmailFrequency,
    language: string | null | undefined,
  ): Promise<User> {
    if (language != null && !(LOCALES as readonly string[]).includes(language)) {
      throw BadInputError.field('language', FieldMessage.INVALID);
    }
    await this.dataSource
      .getRepository(User)
      .update({ id: user.id }, { emailFrequency: email, ...(language ? { language } : {}) });
    return this.dataSource.getRepository(User).findOneByOrFail({ id: user.id });
  }

  /** The user a one-click unsubscribe token was made for, or null. */
  userOfToken(token: string): string | null {
    return userOfToken(this.secret, token);
  }

  /** Turns e-mail off for the user a one-click unsubscribe link was made for. */
  async unsubscribe(userId: string): Promise<void> {
    await this.dataSource
      .getRepository(User)
      .update({ id: userId }, { emailFrequency: EmailFrequency.OFF });
  }

  /** Sends one notification by mail, unless it went already or its reader no longer wants it. */
  async mailOne(notificationId: string): Promise<boolean> {
    if (!this.mailer) return false;
    const notification = await this.dataSource
      .getRepository(Notification)
      .findOne({ where: { id: notificationId }, relations: { user: true } });
    const user = notification?.user;
    if (!notification || !user || notification.mailedAt) return false;
    if (user.emailFrequency !== EmailFrequency.IMMEDIATE || !user.active) return false;
    await this.mailer.single(user, notification);
    await this.dataSource
      .getRepository(Notification)
      .update({ id: notification.id }, { mailedAt: new Date() });
    return true;
  }

  /**
   * Each digest reader's notifications not mailed yet, one mail per reader grouped by
   * programme, each marked as mailed with the mail that carried it.
   */
  async sendDigests(now: Date = new Date()): Promise<number> {
    if (!this.mailer) return 0;
    const users = await this.dataSource
      .getRepository(User)
      .createQueryBuilder('u')
      .where('u.emailFrequency = :digest AND u.active', { digest: EmailFrequency.DAILY_DIGEST })
      .andWhere(
        'EXISTS (SELECT 1 FROM notification n WHERE n."userId" = u.id AND n."mailedAt" IS NULL AND n."createdAt" <= :now)',
        { now },
      )
      .getMany();
    let sent = 0;
    for (const user of users) {
      const items = await this.dataSource
        .getRepository(Notification)
        .createQueryBuilder('n')
        .where('n.userId = :id AND n.mailedAt IS NULL AND n.createdAt <= :now', {
          id: user.id,
          now,
        })
        .orderBy('n.createdAt', 'ASC')
        .getMany();
      const titles = new Map<string, string>();
      for (const programmeId of new Set(items.map((n) => n.programmeId))) {
        if (programmeId)
          titles.set(programmeId, (await this.programmeTitles(programmeId))(user.language));
      }
      await this.mailer.digest(user, items, (id) => (id ? (titles.get(id) ?? '') : ''));
      await this.dataSource.getRepository(Notification).update(
        items.map((n) => n.id),
        { mailedAt: now },
      );
      sent += 1;
    }
    return sent;
  }

  /**
   * The daily reminders: reports due soon or late, and issues nobody took on (see
   * reminders.ts); how many were told.
   */
  async remind(now: Date): Promise<number> {
    let told = 0;
    const notices = [
      ...(await dueReportNotices(this.dataSource, now)),
      ...(await unassignedIssueNotices(this.dataSource, now)),
    ];
    for (const notice of notices) {
      told += await this.deliver(notice);
    }
    return told;
  }

  /**
   * Runs the queue's workers and daily schedules. Several instances may: each job is taken by
   * one of them, and a schedule fires once for all.
   */
  async start(): Promise<void> {
    try {
      await this.startWorkers();
    } catch (err) {
      if (this.stopping) return;
      // Starting writes (schedules, supervision): on a full disk or while the database is away
      // the server still serves, and the queue starts once it can. pg-boss cannot start again
      // after a failed start, so the next attempt takes a fresh instance.
      this.logger.warn({ err }, 'notification queue could not start; trying again shortly');
      await this.queue.stop({ graceful: false, close: false, wait: false }).catch(() => undefined);
      this.queue = this.newQueue();
      this.retry = setTimeout(() => void this.start(), START_RETRY_MS);
      this.retry.unref();
    }
  }

  private async startWorkers(): Promise<void> {
    await this.queue.start();
    const polling = { pollingIntervalSeconds: 2 };
    await this.queue.work<Notice>(QUEUES.deliver, polling, async (jobs) => {
      for (const job of jobs) await this.deliver(job.data);
    });
    await this.queue.work<{ notificationId: string }>(QUEUES.mail, polling, async (jobs) => {
      for (const job of jobs) await this.mailOne(job.data.notificationId);
    });
    await this.queue.work(QUEUES.digest, async () => {
      await this.sendDigests();
    });
    await this.queue.work(QUEUES.reminders, async () => {
      await this.remind(new Date());
    });
    await this.queue.schedule(QUEUES.digest, '0 7 * * *', undefined, { tz: 'Europe/Kyiv' });
    await this.queue.schedule(QUEUES.reminders, '0 6 * * *', undefined, { tz: 'Europe/Kyiv' });
    this.logger.info('notification queue started');
  }

  async stop(): Promise<void> {
    this.stopping = true;
    clearTimeout(this.retry);
    await this.queue.stop({ graceful: true, close: false, wait: true, timeout: 5000 });
  }

  /**
   * Runs every delivery and mail job waiting now, in this process: what the workers do, for
   * tests and scripts that do not start them.
   */
  async drain(): Promise<void> {
    for (const [name, run] of [
      [QUEUES.deliver, (data: unknown) => this.deliver(data as Notice)],
      [
        QUEUES.mail,
        (data: unknown) => this.mailOne((data as { notificationId: string }).notificationId),
      ],
    ] as const) {
      for (;;) {
        const jobs = await this.queue.fetch(name, { batchSize: 20 });
        if (!jobs || jobs.length === 0) break;
        for (const job of jobs) {
          await run(job.data);
          await this.queue.complete(name, job.id);
        }
      }
    }
  }
}
