import { SERVER_PATHS } from '@spilno/shared';
import { Router } from 'express';
import { NotFoundError } from '../../common/errors';
import { fileNameOf } from '../programmes/public';
import { route, signedInViewer, type RouteServices } from '../../common/http-route';
import { isId } from '../../common/ids';
import type { CalendarService } from './calendar.service';

/**
 * GET /calendar/<programmeId>.ics — the programme's events as iCalendar, under the
 * programme's read rules: with the session cookie, or with a personal secret link
 * (`?token=`) for calendar apps, which works while the link is not revoked and its owner
 * may still read the programme.
 */
export function calendarRouter(services: RouteServices & { calendar: CalendarService }): Router {
  const router = Router();
  router.get(
    SERVER_PATHS.calendarFeed,
    route<{ file: string }>(services, async (ctx) => {
      const { req, res } = ctx;
      const programmeId = req.params.file.replace(/\.ics$/, '');
      const token = typeof req.query.token === 'string' ? req.query.token : undefined;
      if (!req.params.file.endsWith('.ics') || !isId(programmeId)) {
        throw new NotFoundError('Calendar');
      }
      // A link that does not work looks like a programme that does not exist.
      const user =
        token === undefined
          ? signedInViewer(ctx)
          : await services.calendar.userForToken(programmeId, token);
      if (!user) throw new NotFoundError('Programme');
      const programme = await services.policy.readableProgramme(user, programmeId);
      const body = await services.calendar.ics(programme);
      res.setHeader('Content-Type', 'text/calendar; charset=utf-8');
      res.setHeader('Cache-Control', 'private, no-cache');
      res.setHeader('Content-Disposition', `inline; filename="${fileNameOf(programme.code)}.ics"`);
      res.send(body);
    }),
  );
  return router;
}
