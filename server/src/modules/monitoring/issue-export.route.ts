import { SERVER_PATHS } from '@spilno/shared';
import { Router } from 'express';
import { BadInputError } from '../../common/errors';
import { exportLanguage } from '../../common/export-language';
import { exportedProgramme, sendDownload } from '../programmes/public';
import { route, type RouteServices } from '../../common/http-route';
import { filterFromQuery, issuesCsv } from './issue-csv';

/**
 * GET /export/programmes/:id/issues.csv — the programme's monitoring issues as CSV in the
 * reader's language (`lang`), under the programme's read rules, with the list's filters as
 * query parameters.
 */
export function issueExportRouter(services: RouteServices): Router {
  const router = Router();
  router.get(
    SERVER_PATHS.issuesCsv,
    route<{ id: string }>(services, async (ctx) => {
      const programme = await exportedProgramme(services, ctx);
      const { filter, errors } = filterFromQuery(ctx.req.query);
      if (errors.length) throw new BadInputError(errors);
      const csv = await issuesCsv(
        services.dataSource,
        programme.id,
        filter,
        exportLanguage(ctx.req),
      );
      sendDownload(ctx.res, programme, 'issues.csv', 'text/csv; charset=utf-8', csv);
    }),
  );
  return router;
}
