import { SERVER_PATHS } from '@spilno/shared';
import { Router } from 'express';
import { fileNameOf } from '../programmes/public';
import { route, signedInViewer, type RouteServices } from '../../common/http-route';
import type { ProgrammeReportService } from './programme-report.service';

/**
 * GET /programmes/<id>/report.pdf[?lang=en] — the printable progress report as a PDF, for
 * signed-in readers of the programme. Out of scope and missing look the same (404).
 */
export function programmeReportRouter(
  services: RouteServices & { programmeReport: ProgrammeReportService },
): Router {
  const router = Router();
  router.get(
    SERVER_PATHS.programmeReportPdf,
    route<{ id: string }>(services, async (ctx) => {
      const { req, res } = ctx;
      const report = await services.programmeReport.pdf(
        signedInViewer(ctx),
        req.params.id,
        req.query.lang,
      );
      res.setHeader('Content-Type', 'application/pdf');
      res.setHeader('Cache-Control', 'private, no-store');
      res.setHeader(
        'Content-Disposition',
        `inline; filename="${fileNameOf(report.code)}-report.pdf"`,
      );
      res.send(report.pdf);
    }),
  );
  return router;
}
