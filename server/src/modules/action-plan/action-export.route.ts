import { SERVER_PATHS } from '@spilno/shared';
import { Router } from 'express';
import { exportLanguage } from '../../common/export-language';
import { workerTask } from '../../common/render-pool';
import { exportedProgramme, sendDownload } from '../programmes/public';
import { route, type RouteServices } from '../../common/http-route';
import { actionRows, actionRowsVersion } from './action-table';
import type { actionsSheet } from './actions.worker';

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const ACTIONS_SHEET = workerTask<typeof actionsSheet>(__filename, 'actions.worker', 'actionsSheet');

/**
 * GET /export/programmes/:id/actions.xlsx[?lang=en] — the action plan as a spreadsheet in the
 * reader's language, under the programme's read rules; rendered in a worker, once per
 * language and version of the plan.
 */
export function actionExportRouter(services: RouteServices): Router {
  const router = Router();
  router.get(
    SERVER_PATHS.actionsXlsx,
    route<{ id: string }>(services, async (ctx) => {
      const programme = await exportedProgramme(services, ctx);
      const language = exportLanguage(ctx.req);
      const version = await actionRowsVersion(services.dataSource, programme.id);
      const file = await services.exports.render({
        key: `actions.xlsx:${programme.id}:${language}:${version}`,
        task: ACTIONS_SHEET,
        input: async () => ({
          rows: await actionRows(services.dataSource, programme.id),
          sheetName: programme.code,
          language,
        }),
      });
      sendDownload(ctx.res, programme, 'actions.xlsx', XLSX_TYPE, file);
    }),
  );
  return router;
}
