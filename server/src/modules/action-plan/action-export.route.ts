import { SERVER_PATHS } from '@spilno/shared';
import { Router } from 'express';
import { exportLanguage } from '../../common/export-language';
import { exportedProgramme, sendDownload } from '../programmes/public';
import { route, type RouteServices } from '../../common/http-route';
import { actionRows, actionsXlsx } from './action-table';

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/**
 * GET /export/programmes/:id/actions.xlsx[?lang=en] — the action plan as a spreadsheet in the
 * reader's language, under the programme's read rules.
 */
export function actionExportRouter(services: RouteServices): Router {
  const router = Router();
  router.get(
    SERVER_PATHS.actionsXlsx,
    route<{ id: string }>(services, async (ctx) => {
      const programme = await exportedProgramme(services, ctx);
      const file = await actionsXlsx(
        await actionRows(services.dataSource, programme.id),
        programme.code,
        exportLanguage(ctx.req),
      );
      sendDownload(ctx.res, programme, 'actions.xlsx', XLSX_TYPE, file);
    }),
  );
  return router;
}
