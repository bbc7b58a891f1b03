import { SERVER_PATHS } from '@spilno/shared';
import { defineModule, type CoreServices } from '../../common/module';
import { CalendarFeed } from './calendar-feed.entity';
import { CalendarResolver } from './calendar.resolver';
import { calendarRouter } from './calendar.route';
import { CalendarService } from './calendar.service';

export const calendarModule = defineModule({
  name: 'calendar',
  entities: [CalendarFeed],
  resolvers: [CalendarResolver],
  services: ({ dataSource, policy }: CoreServices) => ({
    calendar: new CalendarService(dataSource, policy),
  }),
  routes: [{ paths: [SERVER_PATHS.calendarFeed], router: calendarRouter }],
});
