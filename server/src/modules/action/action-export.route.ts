import { Router } from 'express';
import { nullIfNotFound } from '../../common/errors';
import type { Services } from '../../services';
import { sessionToken } from '../auth/session.service';
import { actionRows, actionsXlsx } from './action-table';

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** GET /export/programmes/:id/actions.xlsx — the action plan as a spreadsheet, under the programme's read rules. */
export function actionExportRouter(services: Services): Router {
  const router = Router();
  router.get('/export/programmes/:id/actions.xlsx', async (req, res, next) => {
    try {
      const session = await services.sessions.resolve(sessionToken(req.headers.cookie));
      if (!session) {
        res.status(401).json({
          errors: [{ message: 'Sign in to continue', extensions: { code: 'UNAUTHENTICATED' } }],
        });
        return;
      }
      const programme = await services.policy
        .readableProgramme(session.user, req.params.id)
        .catch(nullIfNotFound);
      if (!programme) {
        res.status(404).json({
          errors: [{ message: 'Programme not found', extensions: { code: 'NOT_FOUND' } }],
        });
        return;
      }
      const file = await actionsXlsx(
        await actionRows(services.dataSource, programme.id),
        programme.code,
      );
      res.setHeader('Content-Type', XLSX_TYPE);
      res.setHeader(
        'Content-Disposition',
        `attachment; filename="${programme.code.replace(/[^A-Za-z0-9._-]/g, '_')}-actions.xlsx"`,
      );
      res.send(file);
    } catch (error) {
      next(error);
    }
  });
  return router;
}
