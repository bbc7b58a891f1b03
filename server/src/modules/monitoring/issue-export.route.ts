import { ErrorCode } from '@spilno/shared';
import { Router } from 'express';
import { exportLanguage } from '../../common/export-language';
import { exportedProgramme, sendDownload } from '../../common/export-route';
import type { Services } from '../../services';
import { filterFromQuery, issuesCsv } from './issue-csv';

/**
 * GET /export/programmes/:id/issues.csv — the programme's monitoring issues as CSV in the
 * reader's language (`lang`), under the programme's read rules, with the list's filters as
 * query parameters.
 */
export function issueExportRouter(services: Services): Router {
  const router = Router();
  router.get('/export/programmes/:id/issues.csv', async (req, res, next) => {
    try {
      const found = await exportedProgramme(services, req, res);
      if (!found) return;
      const { filter, errors } = filterFromQuery(req.query);
      if (errors.length) {
        res.status(400).json({
          errors: [
            {
              message: 'Invalid filter',
              extensions: { code: ErrorCode.BAD_USER_INPUT, fields: errors },
            },
          ],
        });
        return;
      }
      const csv = await issuesCsv(
        services.dataSource,
        found.programme.id,
        filter,
        exportLanguage(req),
      );
      sendDownload(res, found.programme, 'issues.csv', 'text/csv; charset=utf-8', csv);
    } catch (error) {
      next(error);
    }
  });
  return router;
}
