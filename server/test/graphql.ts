import fs from 'node:fs';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import type { Server } from 'node:http';
import type { DataSource } from 'typeorm';
import { createApp } from '../src/app';
import {
  exportDefaults,
  type ExportSettings,
  type MailSettings,
  type S3Settings,
} from '../src/config';
import { createLogger, type Logger } from '../src/common/logger';
import type { Database } from '../src/database/data-source';
import { SESSION_COOKIE } from '../src/modules/auth/session.service';
import type { User } from '../src/modules/users/user.entity';
import { createSchema } from '../src/schema';
import { closeServices, createServices, type Services } from '../src/services';
import { openTestDatabase } from './db';

export interface GraphQLError {
  message: string;
  path?: (string | number)[];
  extensions?: {
    code?: string;
    fields?: { field: string; message: string }[];
    [key: string]: unknown;
  };
}

export interface GraphQLResult<T = Record<string, unknown>> {
  status: number;
  data?: T | null;
  errors?: GraphQLError[];
  headers: Headers;
}

/** Talks to the running app over HTTP, as a browser would, keeping its session cookie. */
export class Client {
  constructor(
    private readonly url: string,
    public cookie: string | null = null,
    private readonly headers: Record<string, string> = {},
  ) {}

  async request<T = Record<string, unknown>>(
    query: string,
    variables: Record<string, unknown> = {},
  ): Promise<GraphQLResult<T>> {
    const response = await fetch(`${this.url}/graphql`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        ...(this.cookie ? { cookie: this.cookie } : {}),
        ...this.headers,
      },
      body: JSON.stringify({ query, variables }),
    });
    const setCookie = response.headers.get('set-cookie');
    if (setCookie?.startsWith(`${SESSION_COOKIE}=`)) {
      const value = setCookie.split(';')[0] ?? '';
      this.cookie = value.endsWith('=') ? null : value;
    }
    const body = (await response.json()) as { data?: T; errors?: GraphQLError[] };
    return {
      status: response.status,
      data: body.data,
      errors: body.errors,
      headers: response.headers,
    };
  }

  /** The data of a request that must succeed. */
  async ok<T = Record<string, unknown>>(
    query: string,
    variables?: Record<string, unknown>,
  ): Promise<T> {
    const result = await this.request<T>(query, variables);
    if (result.errors?.length || !result.data) {
      throw new Error(`expected success, got ${JSON.stringify(result.errors)}`);
    }
    return result.data;
  }

  /** The code of the first error of a request that must fail. */
  async code(query: string, variables?: Record<string, unknown>): Promise<string | undefined> {
    const result = await this.request(query, variables);
    return result.errors?.[0]?.extensions?.code;
  }
}

export interface TestApp {
  url: string;
  db: Database;
  dataSource: DataSource;
  services: Services;
  /** A temporary DATA_DIR for this app's files (attachments), removed on close. */
  dataDir: string;
  anonymous(): Client;
  /** A client already signed in as `user` (a session row is created directly; no hashing). */
  as(user: User): Promise<Client>;
  close(): Promise<void>;
}

/** Starts the real app (schema, services, HTTP) on a free port over a fresh database. */
export async function startTestApp(
  options: {
    production?: boolean;
    s3?: S3Settings;
    /** EXPORT_* settings other than the defaults. */
    exports?: Partial<ExportSettings>;
    logger?: Logger;
    /** A built client to serve; none by default, so the server answers the API only. */
    clientDir?: string;
    /** Notification e-mail; none by default, so notifications stay in the app. */
    mail?: MailSettings;
  } = {},
): Promise<TestApp> {
  const db = await openTestDatabase();
  const logger = options.logger ?? createLogger('silent');
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'spilno-test-data-'));
  const services = createServices(db.dataSource, logger, {
    dataDir,
    s3: options.s3,
    exports: { ...exportDefaults(), ...options.exports },
    mail: options.mail,
  });
  const app = await createApp({
    config: {
      production: options.production ?? true,
      clientDir: options.clientDir ?? '/nonexistent',
      trustProxy: 0,
      databaseUrl: undefined,
      dataDir,
      s3: options.s3 ?? null,
    },
    dataSource: db.dataSource,
    schema: await createSchema(),
    services,
    logger,
  });
  const server: Server = await new Promise((resolve) => {
    const listening = app.express.listen(0, '127.0.0.1', () => resolve(listening));
  });
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url,
    db,
    dataSource: db.dataSource,
    services,
    dataDir,
    anonymous: () => new Client(url),
    async as(user: User) {
      const token = await db.dataSource.transaction((manager) =>
        services.sessions.create(manager, user.id),
      );
      return new Client(url, `${SESSION_COOKIE}=${token}`);
    },
    async close() {
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      // Idle keep-alive connections would hold close() open until they time out.
      server.closeAllConnections();
      await closed;
      await app.stop();
      await closeServices(services);
      await db.close();
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
