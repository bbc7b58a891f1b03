import { ErrorCode } from '@spilno/shared';
import { Router } from 'express';
import { NotFoundError } from '../../common/errors';
import type { Services } from '../../services';
import { sessionToken } from '../auth/session.service';

/**
 * GET /programmes/<id>/report.pdf[?lang=en] — the printable progress report as a PDF, for
 * signed-in readers of the programme. Out of scope and missing look the same (404).
 */
export function programmeReportRouter(services: Services): Router {
  const router = Router();
  router.get('/programmes/:id/report.pdf', async (req, res, next) => {
    try {
      const user = (await services.sessions.resolve(sessionToken(req.headers.cookie)))?.user;
      if (!user) {
        res.status(401).json({
          errors: [
            { message: 'Sign in to continue', extensions: { code: ErrorCode.UNAUTHENTICATED } },
          ],
        });
        return;
      }
      const report = await services.programmeReport.pdf(user, req.params.id, req.query.lang);
      res.setHeader('Content-Type', 'application/pdf');
      res.setHeader('Cache-Control', 'private, no-store');
      res.setHeader(
        'Content-Disposition',
        `inline; filename="${report.code.replace(/[^A-Za-z0-9._-]/g, '_')}-report.pdf"`,
      );
      res.send(report.pdf);
    } catch (error) {
      if (error instanceof NotFoundError) {
        res.status(404).json({
          errors: [{ message: 'Programme not found', extensions: { code: ErrorCode.NOT_FOUND } }],
        });
        return;
      }
      next(error);
    }
  });
  return router;
}
