import { byId, manyBy } from '../../common/loaders';
import { defineModule, type CoreServices } from '../../common/module';
import type { AuditService } from '../audit';
import { EventAttendance } from './event-attendance.entity';
import { EventParticipant } from './event-participant.entity';
import { Event } from './event.entity';
import { ActionEventsResolver, EventAttendanceResolver, EventResolver } from './event.resolver';
import { EventService } from './event.service';

export type { EventService };

export const eventsModule = defineModule({
  name: 'events',
  entities: [Event, EventAttendance, EventParticipant],
  resolvers: [EventResolver, EventAttendanceResolver, ActionEventsResolver],
  services: ({ dataSource, policy, audit }: CoreServices & { audit: AuditService }) => ({
    events: new EventService(dataSource, policy, audit),
  }),
  loaders: (dataSource) => ({
    event: byId(dataSource, Event),
    eventsByAction: manyBy(dataSource, Event, 'actionId', { startsAt: 'ASC' }),
    attendanceByEvent: manyBy(dataSource, EventAttendance, 'eventId'),
    participantsByEvent: manyBy(dataSource, EventParticipant, 'eventId'),
  }),
});
