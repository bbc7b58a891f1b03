import DataLoader from 'dataloader';
import { byId, firstManyBy, manyBy } from '../../common/loaders';
import { defineModule, type CoreServices } from '../../common/module';
import type { AuditService } from '../audit';
import { EventAttendance } from './event-attendance.entity';
import { EventParticipant } from './event-participant.entity';
import { Event } from './event.entity';
import { ActionEventsResolver, EventAttendanceResolver, EventResolver } from './event.resolver';
import { EventService } from './event.service';
import { lastHeldAt } from './held';
import { readerOf, type NotificationService } from '../notifications/public';

export type { EventService };

export const eventsModule = defineModule({
  name: 'events',
  entities: [Event, EventAttendance, EventParticipant],
  resolvers: [EventResolver, EventAttendanceResolver, ActionEventsResolver],
  services: ({
    dataSource,
    policy,
    audit,
    notifications,
  }: CoreServices & { audit: AuditService; notifications: NotificationService }) => {
    const events = new EventService(dataSource, policy, audit, notifications);
    notifications.registerReader(
      'Event',
      readerOf((user, id) => events.readable(user, id)),
    );
    return { events };
  },
  loaders: (dataSource) => ({
    event: byId(dataSource, Event),
    eventsByAction: firstManyBy(dataSource, Event, 'actionId', { startsAt: 'ASC' }),
    lastHeldByAction: new DataLoader<string, Date | null>((ids) => lastHeldAt(dataSource, ids)),
    attendanceByEvent: manyBy(dataSource, EventAttendance, 'eventId'),
    participantsByEvent: manyBy(dataSource, EventParticipant, 'eventId'),
  }),
});
