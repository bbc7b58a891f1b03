import { eventPath, NotificationKind } from '@spilno/shared';
import type { Notice } from '../notifications/public';
import type { User } from '../users/public';
import type { Event } from './event.entity';

/** A logged event, for the programme's coordinators. */
export function eventLogged(actor: User, event: Event): Notice {
  return {
    kind: NotificationKind.EVENT_LOGGED,
    actorId: actor.id,
    programmeId: event.programmeId,
    record: { type: 'Event', id: event.id },
    audience: [{ coordinatorsOf: event.programmeId }],
    subject: event.title,
    link: eventPath(event.programmeId, event.id),
    key: `${NotificationKind.EVENT_LOGGED}:${event.id}`,
  };
}
