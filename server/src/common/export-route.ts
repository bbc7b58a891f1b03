import { ErrorCode } from '@spilno/shared';
import type { Request, Response } from 'express';
import type { Programme } from '../modules/programme/programme.entity';
import { sessionToken } from '../modules/auth/session.service';
import type { User } from '../modules/user/user.entity';
import type { Services } from '../services';
import { nullIfNotFound } from './errors';

export function refuse(res: Response, status: number, code: ErrorCode, message: string): void {
  res.status(status).json({ errors: [{ message, extensions: { code } }] });
}

/**
 * The signed-in user and the programme `:id` of an export request, under the programme's read
 * rules; null once it has answered 401 (signed out) or 404 (not readable, existence hidden).
 */
export async function exportedProgramme(
  services: Services,
  req: Request<{ id: string }>,
  res: Response,
): Promise<{ user: User; programme: Programme } | null> {
  const session = await services.sessions.resolve(sessionToken(req.headers.cookie));
  if (!session) {
    refuse(res, 401, ErrorCode.UNAUTHENTICATED, 'Sign in to continue');
    return null;
  }
  const programme = await services.policy
    .readableProgramme(session.user, req.params.id)
    .catch(nullIfNotFound);
  if (!programme) {
    refuse(res, 404, ErrorCode.NOT_FOUND, 'Programme not found');
    return null;
  }
  return { user: session.user, programme };
}

/** Sends a file as a download named after the programme's code, e.g. KH-BE-2012-issues.csv. */
export function sendDownload(
  res: Response,
  programme: Pick<Programme, 'code'>,
  suffix: string,
  type: string,
  body: string | Buffer,
): void {
  res.setHeader('Content-Type', type);
  res.setHeader('Cache-Control', 'private, no-cache');
  res.setHeader(
    'Content-Disposition',
    `attachment; filename="${programme.code.replace(/[^A-Za-z0-9._-]/g, '_')}-${suffix}"`,
  );
  res.send(body);
}
