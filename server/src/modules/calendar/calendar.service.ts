import crypto from 'node:crypto';
import { EventStatus } from '@spilno/shared';
import ical, { ICalEventStatus } from 'ical-generator';
import { DateTime } from 'luxon';
import type { DataSource } from 'typeorm';
import type { Policy, Programme } from '../programmes/public';
import { hashToken } from '../auth/public';
import { Event } from '../events/public';
import { User } from '../users/public';
import { CalendarFeed } from './calendar-feed.entity';
import { isUtcZone, readsBack, spansByZone, vtimezone } from './vtimezone';

/** Events one feed carries at most, newest kept: a calendar app re-reads the whole feed. */
const FEED_EVENTS_MAX = 5000;

const STATUS: Record<EventStatus, ICalEventStatus> = {
  [EventStatus.PLANNED]: ICalEventStatus.CONFIRMED,
  [EventStatus.HELD]: ICalEventStatus.CONFIRMED,
  [EventStatus.POSTPONED]: ICalEventStatus.TENTATIVE,
  [EventStatus.CANCELLED]: ICalEventStatus.CANCELLED,
};

/** The programme calendar as iCalendar (RFC 5545), and the personal secret links to it. */
export class CalendarService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly policy: Policy,
  ) {}

  /** Issues a new secret link for `user`, replacing any earlier one (only its hash is kept). */
  async issueFeed(user: User, programmeId: string): Promise<string> {
    await this.policy.readableProgramme(user, programmeId);
    const token = crypto.randomBytes(32).toString('base64url');
    await this.dataSource.transaction(async (manager) => {
      await manager.delete(CalendarFeed, { userId: user.id, programmeId });
      await manager.insert(CalendarFeed, {
        userId: user.id,
        programmeId,
        tokenHash: hashToken(token),
      });
    });
    return feedPath(programmeId, token);
  }

  /** The user's secret link of the programme, if there is one (without the token). */
  async feed(user: User, programmeId: string): Promise<CalendarFeed | null> {
    await this.policy.readableProgramme(user, programmeId);
    return this.dataSource.getRepository(CalendarFeed).findOneBy({ userId: user.id, programmeId });
  }

  async revokeFeed(user: User, programmeId: string): Promise<boolean> {
    await this.policy.readableProgramme(user, programmeId);
    const result = await this.dataSource
      .getRepository(CalendarFeed)
      .delete({ userId: user.id, programmeId });
    return (result.affected ?? 0) > 0;
  }

  /** The active user a secret link of this programme belongs to, or null. */
  async userForToken(programmeId: string, token: string): Promise<User | null> {
    const feed = await this.dataSource
      .getRepository(CalendarFeed)
      .findOneBy({ tokenHash: hashToken(token) });
    if (!feed || feed.programmeId !== programmeId) return null;
    const user = await this.dataSource.getRepository(User).findOneBy({ id: feed.userId });
    if (!user?.active) return null;
    await this.dataSource
      .getRepository(CalendarFeed)
      .update({ id: feed.id }, { lastUsedAt: new Date() });
    return user;
  }

  /** The programme's events as an iCalendar feed, each at its own zone's wall-clock time. */
  async ics(programme: Programme): Promise<string> {
    const events = await this.dataSource.getRepository(Event).find({
      where: { programmeId: programme.id },
      order: { startsAt: 'DESC' },
      take: FEED_EVENTS_MAX,
    });
    const spans = spansByZone(events);
    const blocks = new Map<string, string | null>();
    const block = (zone: string) => {
      if (!blocks.has(zone)) {
        const span = spans.get(zone);
        blocks.set(zone, span && !isUtcZone(zone) ? vtimezone(zone, span) : null);
      }
      return blocks.get(zone) ?? null;
    };
    const calendar = ical({
      name: `${programme.code} ${programme.title}`,
      prodId: { company: 'Spilno', product: 'Spilno', language: 'UK' },
      timezone: { name: null, generator: block },
    });
    for (const event of events.reverse()) {
      // In UTC when there is no VTIMEZONE (UTC itself, a zone the runtime does not know) or
      // when a local time would name another instant (the second pass of a repeated hour).
      const zone =
        block(event.timeZone) &&
        readsBack(event.startsAt, event.timeZone) &&
        readsBack(event.endsAt, event.timeZone)
          ? event.timeZone
          : null;
      calendar.createEvent({
        id: `${event.id}@spilno`,
        sequence: event.version,
        start: DateTime.fromJSDate(event.startsAt),
        end: DateTime.fromJSDate(event.endsAt),
        timezone: zone,
        summary: event.title,
        description: event.outcomes ?? event.description,
        location: event.venue,
        url: event.onlineLink,
        status: STATUS[event.status],
        lastModified: DateTime.fromJSDate(event.updatedAt),
        stamp: DateTime.fromJSDate(event.updatedAt),
      });
    }
    return calendar.toString();
  }
}

/** Relative, so it holds behind any host name; the client puts its origin in front. */
export function feedPath(programmeId: string, token: string): string {
  return `/calendar/${programmeId}.ics?token=${token}`;
}
