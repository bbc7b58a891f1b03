import { Role } from '@spilno/shared';
import { openDatabase } from '../src/database/data-source';
import { SESSION_COOKIE } from '../src/modules/auth/session.service';
import { buildUser, TEST_PASSWORD } from './factories';
import type { GraphQLError } from './graphql';
import { SIGN_IN } from './user-documents';

/** A request still unanswered after this long counts as hung: the tests wait no longer. */
export const HANG_MS = 30_000;

export interface Answer {
  /** The HTTP status; 0 when the connection failed or was cut. */
  status: number;
  /** The first error's code, or NETWORK for a failed connection, HUNG for no answer. */
  code: string | null;
  /** The first error's extensions, its code included. */
  extensions: Record<string, unknown> | null;
  errors: GraphQLError[];
  data: Record<string, unknown> | null;
  headers: Headers | null;
  /** When it was sent (Date.now()) and how long it took. */
  at: number;
  ms: number;
}

/** One GraphQL POST on its own, answered whatever happens to the server or its database. */
export async function graphql(
  url: string,
  query: string,
  variables: Record<string, unknown> = {},
  cookie?: string,
): Promise<Answer> {
  const at = Date.now();
  const done = (fields: Omit<Answer, 'at' | 'ms'>): Answer => ({
    ...fields,
    at,
    ms: Date.now() - at,
  });
  try {
    const response = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(cookie ? { cookie } : {}) },
      body: JSON.stringify({ query, variables }),
      signal: AbortSignal.timeout(HANG_MS),
    });
    const body = (await response.json()) as {
      data?: Record<string, unknown> | null;
      errors?: GraphQLError[];
    };
    const extensions = body.errors?.[0]?.extensions;
    return done({
      status: response.status,
      code: extensions?.code ?? null,
      extensions: extensions ?? null,
      errors: body.errors ?? [],
      data: body.data ?? null,
      headers: response.headers,
    });
  } catch (error) {
    const hung = (error as Error).name === 'TimeoutError';
    const code = hung ? 'HUNG' : 'NETWORK';
    return done({ status: 0, code, extensions: null, errors: [], data: null, headers: null });
  }
}

/** Signs in and answers the session cookie to send with later requests. */
export async function signIn(url: string, email: string, password: string): Promise<string> {
  const answer = await graphql(url, SIGN_IN, { email, password });
  const cookie = answer.headers?.get('set-cookie')?.split(';')[0];
  if (answer.code || !cookie?.startsWith(`${SESSION_COOKIE}=`)) {
    throw new Error(`sign-in failed: ${answer.status} ${answer.code}`);
  }
  return cookie;
}

const CREATE_ORGANISATION = `mutation ($input: OrganisationInput!) {
  createOrganisation(input: $input) { id }
}`;
const SEARCH_ORGANISATIONS = `query ($search: String!) {
  organisations(search: $search, limit: 5) { total items { id } }
}`;

/** Every load organisation's name starts so; readers search for it. */
export const LOAD_NAME = 'Навантаження';

export function createOrganisation(url: string, cookie: string, name: string): Promise<Answer> {
  return graphql(
    url,
    CREATE_ORGANISATION,
    { input: { name, kind: 'CITY_COUNCIL', country: 'UA' } },
    cookie,
  );
}

export interface LoadOptions {
  /** Clients creating organisations, one request at a time each. */
  writers: number;
  /** Clients searching the directory meanwhile. */
  readers?: number;
}

export interface Load {
  /** Ids of the organisations whose creation was answered as done. */
  acknowledged: string[];
  /** Every answer so far, reads and writes, in the order they came. */
  answers: (Answer & { write: boolean })[];
  /** Requests sent and not answered yet. */
  inFlight(): number;
  /** The first successful answer to a request sent at or after `since` (Date.now()). */
  succeeded(since: number, timeoutMs: number): Promise<Answer>;
  /** Lets every client finish the request it is in, and sends no more. */
  stop(): Promise<void>;
}

/** Pause after a failed request, so that clients of a refusing server do not spin. */
const BACKOFF_MS = 50;

/** Concurrent clients that keep writing (and reading) until stopped, each waiting for its answer. */
export function startLoad(url: string, cookie: string, options: LoadOptions): Load {
  let stopped = false;
  let pending = 0;
  let written = 0;
  const acknowledged: string[] = [];
  const answers: Load['answers'] = [];
  const client = async (write: boolean, n: number) => {
    while (!stopped) {
      pending += 1;
      const answer = write
        ? await createOrganisation(url, cookie, `${LOAD_NAME} ${n}-${(written += 1)}`)
        : await graphql(url, SEARCH_ORGANISATIONS, { search: LOAD_NAME }, cookie);
      pending -= 1;
      const created = answer.data?.createOrganisation as { id: string } | undefined;
      if (created && !answer.code) acknowledged.push(created.id);
      answers.push({ ...answer, write });
      if (answer.code) await new Promise((resolve) => setTimeout(resolve, BACKOFF_MS));
    }
  };
  const clients = [
    ...Array.from({ length: options.writers }, (_, n) => client(true, n)),
    ...Array.from({ length: options.readers ?? 0 }, (_, n) => client(false, n)),
  ];
  return {
    acknowledged,
    answers,
    inFlight: () => pending,
    succeeded: (since, timeoutMs) =>
      until(
        () => answers.find((answer) => answer.at >= since && !answer.code),
        timeoutMs,
        'no request succeeded',
      ),
    async stop() {
      stopped = true;
      await Promise.all(clients);
    },
  };
}

/** Polls `check` until it answers something, for `timeoutMs` at most. */
export async function until<T>(
  check: () => T | undefined | false,
  timeoutMs: number,
  what: string,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = check();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`${what} within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/** Resolves once `count` writes more than now have been acknowledged. */
export async function acknowledgedMore(load: Load, count: number): Promise<void> {
  const target = load.acknowledged.length + count;
  await until(() => load.acknowledged.length >= target, HANG_MS, `${count} writes acknowledged`);
}

/** The ids of `ids` that the server at `url` cannot find, asked twenty at a time. */
export async function unreadable(url: string, cookie: string, ids: string[]): Promise<string[]> {
  const missing: string[] = [];
  for (let start = 0; start < ids.length; start += 20) {
    const batch = ids.slice(start, start + 20);
    const query = `{ ${batch.map((id, n) => `o${n}: organisation(id: "${id}") { id }`).join(' ')} }`;
    const answer = await graphql(url, query, {}, cookie);
    if (answer.code) throw new Error(`reading back failed: ${answer.status} ${answer.code}`);
    batch.forEach((id, n) => {
      if (!answer.data?.[`o${n}`]) missing.push(id);
    });
  }
  return missing;
}

/** An admin account added straight to the database at `databaseUrl`, to sign in with. */
export async function addAdmin(databaseUrl: string): Promise<{ email: string; password: string }> {
  const db = await openDatabase({ databaseUrl, dataDir: undefined, poolSize: 1 });
  try {
    const user = await buildUser(db.dataSource, { role: Role.ADMIN });
    return { email: user.email, password: TEST_PASSWORD };
  } finally {
    await db.close();
  }
}

export interface HealthWatch {
  /** Every /healthz answer so far: its status (0 for none) and when it was asked. */
  answers: { at: number; ms: number; status: number }[];
  stop(): Promise<void>;
}

/** Asks /healthz every `everyMs` until stopped, one request at a time. */
export function watchHealth(url: string, everyMs = 100): HealthWatch {
  let stopped = false;
  const answers: HealthWatch['answers'] = [];
  const loop = (async () => {
    while (!stopped) {
      const at = Date.now();
      const status = await fetch(`${url}/healthz`, { signal: AbortSignal.timeout(HANG_MS) }).then(
        async (response) => {
          await response.arrayBuffer();
          return response.status;
        },
        () => 0,
      );
      answers.push({ at, ms: Date.now() - at, status });
      await new Promise((resolve) => setTimeout(resolve, everyMs));
    }
  })();
  return {
    answers,
    async stop() {
      stopped = true;
      await loop;
    },
  };
}
