import path from 'node:path';
import compression from 'compression';
import expressStaticGzip from 'express-static-gzip';
import type { ServerResponse } from 'node:http';
import type { Request, RequestHandler } from 'express';

/**
 * How bytes leave the server: the built client precompressed with cache headers that let
 * browsers keep hashed files for good, and API answers compressed on the fly.
 */

/** Vite names every file under /assets after its content hash: a new build means a new name. */
export const ASSETS_PREFIX = '/assets/';

/** A hashed file never changes under its name, so browsers and proxies keep it for a year. */
export const IMMUTABLE = 'public, max-age=31536000, immutable';

/** index.html names the current hashed files: browsers must revalidate it (ETag) every time. */
export const REVALIDATE = 'no-cache';

/**
 * Files the build writes at the root under names that stay the same across builds: the service
 * worker, its Workbox runtime and the web app manifest. They are revalidated like index.html
 * (an immutable service worker would keep an old app installed for a year), and a missing one
 * is a 404: index.html in its place would be taken for a broken worker or manifest.
 */
const SHELL_FILE = /^\/(?:sw\.js|workbox-[\w-]+\.js|manifest\.webmanifest)$/;

export function isShellFile(pathname: string): boolean {
  return SHELL_FILE.test(pathname);
}

const MANIFEST_TYPE = 'application/manifest+json';

/** Below this size compression costs more than the bytes it saves. */
const COMPRESSION_THRESHOLD = 1024;

/**
 * Serves the built client from `clientDir`, choosing the `.br` (preferred) or `.gz` file the
 * build wrote next to each file, so nothing is compressed per request. `files` answers the
 * files by their path; `index` answers index.html the same way, for `/` and for every deep
 * link the client routes itself.
 */
export function clientFiles(clientDir: string): { files: RequestHandler; index: RequestHandler } {
  const assetsDir = path.join(clientDir, ASSETS_PREFIX);
  const files = expressStaticGzip(clientDir, {
    enableBrotli: true,
    orderPreference: ['br', 'gzip'],
    index: false,
    serveStatic: {
      index: false,
      // serve-static's own header would be the same for every file; ours depends on the file.
      cacheControl: false,
      setHeaders: (res: ServerResponse, file: string) => {
        res.setHeader('Cache-Control', file.startsWith(assetsDir) ? IMMUTABLE : REVALIDATE);
        // Browsers install the app from a manifest of its registered type only.
        if (file.endsWith('.webmanifest')) res.setHeader('Content-Type', MANIFEST_TYPE);
      },
    },
  }) as RequestHandler;

  const index: RequestHandler = (req, res, next) => {
    const original = req.url;
    req.url = '/index.html';
    files(req, res, (error?: unknown) => {
      req.url = original;
      next(error);
    });
  };

  return { files, index };
}

/**
 * Compresses API answers (GraphQL JSON, CSV, calendar feeds), brotli where the client accepts
 * it. Formats that are compressed already (PDF, XLSX, images) are left alone by the content-type
 * check, and so are attachment downloads: they stream stored bytes whose length and ETag the
 * route sets, which compressing would falsify.
 */
export function apiCompression(isStreamedDownload: (req: Request) => boolean): RequestHandler {
  return compression({
    threshold: COMPRESSION_THRESHOLD,
    filter: (req, res) => !isStreamedDownload(req) && compression.filter(req, res),
  });
}
