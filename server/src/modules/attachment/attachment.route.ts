import { pipeline } from 'node:stream/promises';
import express, { Router, type ErrorRequestHandler, type Request, type Response } from 'express';
import { ATTACHMENT_MAX_BYTES, ErrorCode } from '@spilno/shared';
import { AppError } from '../../common/errors';
import type { Services } from '../../services';
import { sessionToken } from '../auth/session.service';
import type { User } from '../user/user.entity';
import { UnsupportedFileError, type AttachmentOwner } from './attachment.service';

/**
 * Uploads must carry this header. A cross-site HTML form cannot set headers, and a script on
 * another origin that sets one triggers a CORS preflight this server never grants.
 */
export const UPLOAD_HEADER = 'x-spilno-upload';

export function attachmentPath(id: string): string {
  return `/attachments/${id}`;
}

const STATUS: Record<ErrorCode, number> = {
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  BAD_USER_INPUT: 400,
  CONFLICT: 409,
  RATE_LIMITED: 429,
  INTERNAL_SERVER_ERROR: 500,
};

function refuse(res: Response, status: number, code: ErrorCode, message: string): void {
  res.status(status).json({ errors: [{ message, extensions: { code } }] });
}

/** An error a service threw on purpose, answered as JSON with its HTTP status. */
function answer(res: Response, error: AppError): void {
  const status = error instanceof UnsupportedFileError ? 415 : STATUS[error.code];
  res.status(status).json({
    errors: [{ message: error.message, extensions: { ...error.extensions, code: error.code } }],
  });
}

async function signedInUser(services: Services, req: Request): Promise<User | null> {
  return (await services.sessions.resolve(sessionToken(req.headers.cookie)))?.user ?? null;
}

/** `filename*` (RFC 6266 / 8187) carries the real name; `filename` an ASCII stand-in. */
function contentDisposition(fileName: string): string {
  const ascii = fileName.replace(/[^\x20-\x7e]|["\\%]/g, '_');
  const encoded = encodeURIComponent(fileName).replace(
    /['()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encoded}`;
}

interface UploadLocals {
  user: User;
  owner: AttachmentOwner;
}

function queryText(value: unknown): string | undefined {
  return typeof value === 'string' && value ? value : undefined;
}

/**
 * POST /attachments?eventId=<id>&name=<file name> (or twinningRelationId=<id> instead of
 * eventId) with the file as the raw body, by users who may change that record; answers the
 * attachment as JSON. Who may upload is settled before the body is read.
 * GET /attachments/<id> downloads a file, for users who may read its record.
 */
export function attachmentRouter(services: Services): Router {
  const router = Router();

  router.post(
    '/attachments',
    async (req, res: Response<unknown, Partial<UploadLocals>>, next) => {
      try {
        if (req.get(UPLOAD_HEADER) !== '1') {
          refuse(res, 400, ErrorCode.BAD_USER_INPUT, `Uploads must carry "${UPLOAD_HEADER}: 1"`);
          return;
        }
        const user = await signedInUser(services, req);
        if (!user) {
          refuse(res, 401, ErrorCode.UNAUTHENTICATED, 'Sign in to continue');
          return;
        }
        res.locals.owner = await services.attachments.ownerToAttachTo(user, {
          eventId: queryText(req.query.eventId),
          twinningRelationId: queryText(req.query.twinningRelationId),
        });
        res.locals.user = user;
        next();
      } catch (error) {
        if (error instanceof AppError) answer(res, error);
        else next(error);
      }
    },
    // Whatever Content-Type the browser sends (fetch labels a File with its own type), the
    // body is taken as bytes and judged by its content. Compressed bodies are refused, so the
    // limit is the size of the file itself.
    express.raw({ type: () => true, limit: ATTACHMENT_MAX_BYTES, inflate: false }),
    async (req, res: Response<unknown, Partial<UploadLocals>>, next) => {
      try {
        const { user, owner } = res.locals;
        if (!user || !owner) throw new Error('upload reached the body without its checks');
        const name = typeof req.query.name === 'string' ? req.query.name : '';
        const data = Buffer.isBuffer(req.body) ? req.body : Buffer.alloc(0);
        const attachment = await services.attachments.attach(user, owner, name, data);
        res.status(201).json({
          id: attachment.id,
          eventId: attachment.eventId,
          twinningRelationId: attachment.twinningRelationId,
          fileName: attachment.fileName,
          contentType: attachment.contentType,
          size: attachment.size,
          sha256: attachment.sha256,
          createdAt: attachment.createdAt.toISOString(),
          downloadPath: attachmentPath(attachment.id),
        });
      } catch (error) {
        if (error instanceof AppError) answer(res, error);
        else next(error);
      }
    },
  );

  router.get('/attachments/:id', async (req, res, next) => {
    try {
      const user = await signedInUser(services, req);
      if (!user) {
        refuse(res, 401, ErrorCode.UNAUTHENTICATED, 'Sign in to continue');
        return;
      }
      const { attachment, content } = await services.attachments.open(user, req.params.id);
      res.setHeader('Content-Type', attachment.contentType);
      res.setHeader('Content-Length', String(attachment.size));
      res.setHeader('Content-Disposition', contentDisposition(attachment.fileName));
      res.setHeader('X-Content-Type-Options', 'nosniff');
      // Should a browser render it anyway, it runs nothing and loads nothing.
      res.setHeader('Content-Security-Policy', "default-src 'none'; sandbox");
      res.setHeader('Cache-Control', 'private, no-cache');
      res.setHeader('ETag', `"${attachment.sha256}"`);
      await pipeline(content, res).catch((error: unknown) => {
        // A reader who goes away mid-download is not an error of ours.
        if ((error as NodeJS.ErrnoException).code !== 'ERR_STREAM_PREMATURE_CLOSE') throw error;
      });
    } catch (error) {
      if (error instanceof AppError && !res.headersSent) answer(res, error);
      else next(error);
    }
  });

  const tooLarge: ErrorRequestHandler = (error: { status?: number }, _req, res, next) => {
    if (error.status !== 413 || res.headersSent) {
      next(error);
      return;
    }
    refuse(
      res,
      413,
      ErrorCode.BAD_USER_INPUT,
      `Attachments are limited to ${ATTACHMENT_MAX_BYTES / 1024 / 1024} MB`,
    );
  };
  router.use('/attachments', tooLarge);
  return router;
}
