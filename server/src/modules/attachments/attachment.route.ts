import { pipeline } from 'node:stream/promises';
import express, { Router, type Request, type Response } from 'express';
import {
  ATTACHMENT_MAX_BYTES,
  ErrorCode,
  FieldMessage,
  TOO_LARGE_REASON,
  SERVER_PATHS,
} from '@spilno/shared';
import { AppError, BadInputError } from '../../common/errors';
import { IDEMPOTENCY_HEADER } from '../../common/idempotency';
import { route, signedInViewer, type RouteServices } from '../../common/http-route';
import type { AttachmentService } from './attachment.service';

/**
 * Uploads must carry this header. A cross-site HTML form cannot set headers, and a script on
 * another origin that sets one triggers a CORS preflight this server never grants.
 */
export const UPLOAD_HEADER = 'x-spilno-upload';

export function attachmentPath(id: string): string {
  return `/attachments/${id}`;
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

// Whatever Content-Type the browser sends (fetch labels a File with its own type), the body is
// taken as bytes and judged by its content. Compressed bodies are refused, so the limit is the
// size of the file itself.
const rawParser = express.raw({ type: () => true, limit: ATTACHMENT_MAX_BYTES, inflate: false });

/** The upload's bytes, read only once who may upload where is settled. */
function rawBody(req: Request, res: Response): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    rawParser(req, res, (error?: unknown) => {
      if (!error) resolve(Buffer.isBuffer(req.body) ? req.body : Buffer.alloc(0));
      else if ((error as { status?: number }).status === 413) {
        reject(
          new AppError(
            ErrorCode.BAD_USER_INPUT,
            `Attachments are limited to ${ATTACHMENT_MAX_BYTES / 1024 / 1024} MB`,
            { reason: TOO_LARGE_REASON },
          ),
        );
      } else reject(error);
    });
  });
}

function queryText(value: unknown): string | undefined {
  return typeof value === 'string' && value ? value : undefined;
}

/**
 * POST /attachments?eventId=<id>&name=<file name> (or twinningRelationId=<id> instead of
 * eventId) with the file as the raw body, by users who may change that record; answers the
 * attachment as JSON. Who may upload is settled before the body is read. With an
 * `Idempotency-Key` header, a repeat of the same upload answers the first attachment.
 * GET /attachments/<id> downloads a file, for users who may read its record.
 */
export function attachmentRouter(
  services: RouteServices & { attachments: AttachmentService },
): Router {
  const router = Router();

  router.post(
    SERVER_PATHS.attachmentUpload,
    route(services, async (ctx) => {
      const { req, res } = ctx;
      if (req.get(UPLOAD_HEADER) !== '1') {
        throw BadInputError.field(UPLOAD_HEADER, FieldMessage.REQUIRED);
      }
      const user = signedInViewer(ctx);
      const owner = await services.attachments.ownerToAttachTo(user, {
        eventId: queryText(req.query.eventId),
        twinningRelationId: queryText(req.query.twinningRelationId),
      });
      const name = typeof req.query.name === 'string' ? req.query.name : '';
      const attachment = await services.attachments.attach(
        user,
        owner,
        name,
        await rawBody(req, res),
        req.get(IDEMPOTENCY_HEADER),
      );
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
    }),
  );

  router.get(
    SERVER_PATHS.attachment,
    route<{ id: string }>(services, async (ctx) => {
      const { res } = ctx;
      const { attachment, content } = await services.attachments.open(
        signedInViewer(ctx),
        ctx.req.params.id,
      );
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
    }),
  );
  return router;
}
