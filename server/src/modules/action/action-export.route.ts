import { Router } from 'express';
import { exportedProgramme, sendDownload } from '../../common/export-route';
import type { Services } from '../../services';
import { actionRows, actionsXlsx } from './action-table';

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** GET /export/programmes/:id/actions.xlsx — the action plan as a spreadsheet, under the programme's read rules. */
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
      );
      sendDownload(res, programme, 'actions.xlsx', XLSX_TYPE, file);
    } catch (error) {
      next(error);
    }
  });
  return router;
}
