import fs from 'node:fs';
import path from 'node:path';
import { ApolloServer } from '@apollo/server';
import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginLandingPageDisabled,
} from '@apollo/server/plugin/disabled';
import { expressMiddleware } from '@as-integrations/express5';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import { ErrorCode, SERVER_PATHS, serverPathMatcher } from '@spilno/shared';
import express, { type Express, type Request } from 'express';
import type { GraphQLSchema } from 'graphql';
import helmet from 'helmet';
import type { DataSource } from 'typeorm';
import type { Config } from './config';
import type { Context } from './common/context';
import { ASSETS_PREFIX, apiCompression, clientFiles } from './common/delivery';
import { coalescePlugin } from './common/coalesce';
import { createErrorFormatter } from './common/error-format';
import { healthHandler } from './common/health';
import { httpErrorHandler } from './common/http-errors';
import { sendError } from './common/http-route';
import { inputGuardPlugin } from './common/input-guard';
import { replicaRoutingPlugin, routeDownloads, routeRequests } from './common/replica-routing';
import { contextFailure, unavailablePlugin } from './common/unavailable';
import {
  BODY_LIMIT,
  MAX_ALIASES,
  MAX_DIRECTIVES,
  MAX_QUERY_COST,
  MAX_QUERY_DEPTH,
  MAX_TOKENS,
} from './common/limits';
import { createViewer } from './common/viewer';
import type { Logger } from './common/logger';
import { deviceCookieOf } from './modules/auth/public';
import { createLoaders } from './loaders';
import { modules } from './modules';
import type { Services } from './services';

export interface AppOptions {
  config: Pick<
    Config,
    'production' | 'clientDir' | 'trustProxy' | 'databaseUrl' | 'dataDir' | 's3'
  >;
  dataSource: DataSource;
  schema: GraphQLSchema;
  services: Services;
  logger: Logger;
}

export interface App {
  express: Express;
  stop(): Promise<void>;
}

const moduleRoutes = modules.flatMap((module) => module.routes ?? []);

/** Every path the server answers itself: the app's own and each module's routes. */
export const serverPaths: readonly string[] = [
  SERVER_PATHS.graphql,
  SERVER_PATHS.health,
  ...moduleRoutes.flatMap((route) => route.paths),
];

/** Paths the single-page app must never shadow. */
const isServerPath = serverPathMatcher(serverPaths);

const isAttachmentPath = serverPathMatcher([SERVER_PATHS.attachment]);
/** Attachment downloads stream the stored file as it is (see apiCompression). */
const isAttachmentDownload = (req: Request) =>
  req.method === 'GET' && isAttachmentPath.test(req.path);

/** One Express app: security headers, `/graphql`, `/healthz`, and the built client with SPA fallback. */
export async function createApp({
  config,
  dataSource,
  schema,
  services,
  logger,
}: AppOptions): Promise<App> {
  const armor = new ApolloArmor({
    maxDepth: { n: MAX_QUERY_DEPTH },
    maxAliases: { n: MAX_ALIASES },
    maxDirectives: { n: MAX_DIRECTIVES },
    // Armor counts tokens by parsing the document again inside a plugin hook, where a syntax
    // error becomes a 500; graphql's own parser counts them instead (parseOptions below).
    maxTokens: { enabled: false },
    costLimit: { maxCost: MAX_QUERY_COST },
    // "Did you mean …?" hints would describe the schema to anyone probing it.
    blockFieldSuggestion: { enabled: true },
  }).protect();
  const apollo = new ApolloServer<Context>({
    schema,
    ...armor,
    parseOptions: { maxTokens: MAX_TOKENS },
    plugins: [
      ...armor.plugins,
      inputGuardPlugin(),
      unavailablePlugin(),
      ApolloServerPluginLandingPageDisabled(),
      // Spilno sets no cache hints; the plugin would still wrap every field's resolver.
      ApolloServerPluginCacheControlDisabled(),
      replicaRoutingPlugin(),
      coalescePlugin(),
    ],
    validationRules: armor.validationRules,
    introspection: !config.production,
    csrfPrevention: true,
    // main.ts owns shutdown: HTTP first, then Apollo, then the database.
    stopOnTerminationSignals: false,
    includeStacktraceInErrorResponses: false,
    formatError: createErrorFormatter(logger),
  });
  await apollo.start();

  const app = express();
  app.disable('x-powered-by');
  app.set('trust proxy', config.trustProxy);
  app.use(
    helmet({
      contentSecurityPolicy: {
        directives: {
          defaultSrc: ["'self'"],
          // The UI kit sets inline style attributes; scripts stay same-origin only.
          styleSrc: ["'self'", "'unsafe-inline'"],
          imgSrc: ["'self'", 'data:', 'blob:'],
          frameAncestors: ["'none'"],
          upgradeInsecureRequests: null,
        },
      },
      frameguard: { action: 'deny' },
      strictTransportSecurity: config.production,
    }),
  );

  app.use(apiCompression(isAttachmentDownload));

  // The embedded database and the file attachment store both live under DATA_DIR.
  const localDir = config.databaseUrl && config.s3 ? undefined : config.dataDir;
  app.get(SERVER_PATHS.health, healthHandler(dataSource, logger, localDir));

  app.use(
    SERVER_PATHS.graphql,
    express.json({ limit: BODY_LIMIT }),
    routeRequests,
    expressMiddleware(apollo, {
      context: async ({ req, res }): Promise<Context> => {
        const session = await services.sessions.fromCookies(req.headers.cookie).catch((error) => {
          throw contextFailure(error);
        });
        const user = session?.user ?? null;
        return {
          user,
          viewer: user ? createViewer(dataSource, user) : null,
          sessionTokenHash: session?.tokenHash ?? null,
          ip: req.ip ?? 'unknown',
          deviceCookie: deviceCookieOf(req.headers.cookie),
          secure: req.secure,
          res,
          services,
          loaders: createLoaders(dataSource),
        };
      },
    }),
  );

  app.use(
    [SERVER_PATHS.actionsXlsx, SERVER_PATHS.issuesCsv, SERVER_PATHS.programmeReportPdf],
    routeDownloads,
  );
  for (const route of moduleRoutes) app.use(route.router(services));

  const indexHtml = path.join(config.clientDir, 'index.html');
  if (fs.existsSync(indexHtml)) {
    const client = clientFiles(config.clientDir);
    app.use(client.files);
    // Deep links such as /programmes/<id> load the app, which routes on the client. A missing
    // hashed file is an old build's: HTML in its place would fail as a script, a 404 does not.
    app.get(/.*/, (req, res, next) => {
      if (isServerPath.test(req.path) || req.path.startsWith(ASSETS_PREFIX)) return next();
      client.index(req, res, next);
    });
  } else {
    logger.warn({ clientDir: config.clientDir }, 'no built client found; serving the API only');
  }
  app.use((_req, res) => sendError(res, ErrorCode.NOT_FOUND, 'Not found'));
  app.use(httpErrorHandler(logger));

  return { express: app, stop: () => apollo.stop() };
}
