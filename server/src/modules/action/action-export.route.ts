import { Router } from 'express';
import { exportLanguage } from '../../common/export-language';
import { exportedProgramme, sendDownload } from '../../common/export-route';
import type { Services } from '../../services';
import { actionRows, actionsXlsx } from './action-table';

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/**
 * GET /export/programmes/:id/actions.xlsx[?lang=en] — the action plan as a spreadsheet in the
 * reader's language, under the programme's read rules.
 */
export function actionExportRouter(services: Services): Router {
  const router = Router();
  router.get('/export/programmes/:id/actions.xlsx', async (req, res, next) => {
    try {
      const found = await exportedProgramme(services, req, res);
      if (!found) return;
      const { programme } = found;
      const file = await actionsXlsx(
        await actionRows(services.dataSource, programme.id),
        programme.code,
        exportLanguage(req),
      );
      sendDownload(res, programme, 'actions.xlsx', XLSX_TYPE, file);
    } catch (error) {
      next(error);
    }
  });
  return router;
}
