import { signedInViewer, type RouteContext } from '../../common/http-route';
import type { CoreServices } from '../../common/module';
import type { Programme } from './programme.entity';

/**
 * The programme `:id` of an export request, under the programme's read rules: signed out is
 * UNAUTHENTICATED, a programme the viewer may not read is NOT_FOUND (existence hidden).
 */
export function exportedProgramme(
  services: Pick<CoreServices, 'policy'>,
  ctx: RouteContext<{ id: string }>,
): Promise<Programme> {
  return services.policy.readableProgramme(signedInViewer(ctx), ctx.req.params.id);
}

/** A programme code as it may appear in a file name, e.g. KH-BE-2012. */
export function fileNameOf(code: string): string {
  return code.replace(/[^A-Za-z0-9._-]/g, '_');
}

/** Sends a file as a download named after the programme's code, e.g. KH-BE-2012-issues.csv. */
export function sendDownload(
  res: RouteContext<unknown>['res'],
  programme: Pick<Programme, 'code'>,
  suffix: string,
  type: string,
  body: string | Buffer,
): void {
  res.setHeader('Content-Type', type);
  res.setHeader('Cache-Control', 'private, no-cache');
  res.setHeader(
    'Content-Disposition',
    `attachment; filename="${fileNameOf(programme.code)}-${suffix}"`,
  );
  res.send(body);
}
