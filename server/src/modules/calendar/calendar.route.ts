import { Router, type Response } from 'express';
import { ErrorCode } from '@spilno/shared';
import { nullIfNotFound } from '../../common/errors';
import { isId } from '../../common/ids';
import type { Services } from '../../services';
import { sessionToken } from '../auth/session.service';
import type { User } from '../user/user.entity';

function refuse(res: Response, status: number, code: ErrorCode, message: string): void {
  res.status(status).json({ errors: [{ message, extensions: { code } }] });
}

/**
 * GET /calendar/<programmeId>.ics — the programme's events as iCalendar, under the
 * programme's read rules: with the session cookie, or with a personal secret link
 * (`?token=`) for calendar apps, which works while the link is not revoked and its owner
 * may still read the programme.
 */
export function calendarRouter(services: Services): Router {
  const router = Router();
  router.get('/calendar/:file', async (req, res, next) => {
    try {
      const programmeId = req.params.file.replace(/\.ics$/, '');
      const token = typeof req.query.token === 'string' ? req.query.token : undefined;
      if (!req.params.file.endsWith('.ics') || !isId(programmeId)) {
        refuse(res, 404, ErrorCode.NOT_FOUND, 'Not found');
        return;
      }
      let user: User | null;
      if (token !== undefined) {
        user = await services.calendar.userForToken(programmeId, token);
      } else {
        user = (await services.sessions.resolve(sessionToken(req.headers.cookie)))?.user ?? null;
        if (!user) {
          refuse(res, 401, ErrorCode.UNAUTHENTICATED, 'Sign in to continue');
          return;
        }
      }
      const programme = user
        ? await services.policy.readableProgramme(user, programmeId).catch(nullIfNotFound)
        : null;
      if (!programme) {
        refuse(res, 404, ErrorCode.NOT_FOUND, 'Programme not found');
        return;
      }
      const body = await services.calendar.ics(programme);
      res.setHeader('Content-Type', 'text/calendar; charset=utf-8');
      res.setHeader('Cache-Control', 'private, no-cache');
      res.setHeader(
        'Content-Disposition',
        `inline; filename="${programme.code.replace(/[^A-Za-z0-9._-]/g, '_')}.ics"`,
      );
      res.send(body);
    } catch (error) {
      next(error);
    }
  });
  return router;
}
