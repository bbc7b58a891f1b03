import crypto from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import pg from 'pg';

/**
 * The hand-written baseline the benchmark compares Spilno's lists with: node:http and pg, the
 * same SQL a careful programmer would write, and the same JSON body Spilno's GraphQL answer
 * has (the benchmark checks that they are equal). It checks the session cookie as Spilno does,
 * with one statement, and nothing else: no schema, no ORM, no policy layer.
 */
const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: 10 });

type Handler = (params: URLSearchParams) => Promise<unknown>;

const handlers: Record<string, Handler> = {
  async events(params) {
    const programmeId = params.get('programmeId');
    const [total, items] = await Promise.all([
      pool.query<{ count: number }>(
        `SELECT count(*)::int AS count FROM event WHERE "programmeId" = $1`,
        [programmeId],
      ),
      pool.query(
        `SELECT id, title, type, status, "startsAt", "endsAt", "timeZone",
                CASE WHEN "organiserPartnerId" IS NULL THEN NULL
                     ELSE json_build_object('id', "organiserPartnerId") END AS organiser
           FROM event WHERE "programmeId" = $1 ORDER BY "startsAt", id LIMIT 50`,
        [programmeId],
      ),
    ]);
    return { events: { total: total.rows[0]!.count, items: items.rows } };
  },

  async issues(params) {
    const programmeId = params.get('programmeId');
    const [total, items] = await Promise.all([
      pool.query<{ count: number }>(
        `SELECT count(*)::int AS count FROM monitoring_issue WHERE "programmeId" = $1`,
        [programmeId],
      ),
      pool.query(
        `SELECT i.id, i.title, i.kind, i.severity, i.status,
                json_build_object('id', o.id, 'name', o.name) AS "raisedBy"
           FROM monitoring_issue i JOIN organisation o ON o.id = i."raisedById"
          WHERE i."programmeId" = $1 ORDER BY i."createdAt" DESC, i.id DESC LIMIT 50`,
        [programmeId],
      ),
    ]);
    return { monitoringIssues: { total: total.rows[0]!.count, items: items.rows } };
  },

  async organisations(params) {
    // The benchmark sends the any-case pattern, as Spilno builds it, so both match alike.
    const pattern = params.get('pattern') ?? '';
    const where = `lower(name || ' ' || coalesce("nameEn", '')) ~ $1`;
    const [total, items] = await Promise.all([
      pool.query<{ count: number }>(
        `SELECT count(*)::int AS count FROM organisation WHERE ${where}`,
        [pattern],
      ),
      pool.query(
        `SELECT id, name, country, kind FROM organisation WHERE ${where}
          ORDER BY name, id LIMIT 50`,
        [pattern],
      ),
    ]);
    return { organisations: { total: total.rows[0]!.count, items: items.rows } };
  },

  async twinning(params) {
    const { rows } = await pool.query(
      `SELECT r.id, r.kind, r.status, r.since,
              json_build_object('id', a.id, 'name', a.name) AS "organisationA",
              json_build_object('id', b.id, 'name', b.name) AS "organisationB"
         FROM twinning_relation r
         JOIN organisation a ON a.id = r."organisationAId"
         JOIN organisation b ON b.id = r."organisationBId"
        WHERE r."programmeId" = $1
        ORDER BY r.since DESC NULLS LAST, r."createdAt" DESC, r.id`,
      [params.get('programmeId')],
    );
    return { twinningRelations: rows };
  },
};

// `since` is a date: pg would turn it into a Date at local midnight; keep the text, as Spilno does.
pg.types.setTypeParser(pg.types.builtins.DATE, (value) => value);

async function signedIn(cookie: string | undefined): Promise<boolean> {
  const token = /spilno_session=([^;]+)/.exec(cookie ?? '')?.[1];
  if (!token) return false;
  const hash = crypto.createHash('sha256').update(token).digest('hex');
  const { rowCount } = await pool.query(
    `SELECT 1 FROM session s JOIN user_account u ON u.id = s."userId"
      WHERE s."tokenHash" = $1 AND u.active`,
    [hash],
  );
  return rowCount === 1;
}

const server = http.createServer((request, response) => {
  const url = new URL(request.url ?? '/', 'http://baseline');
  const handler = handlers[url.pathname.slice(1)];
  void (async () => {
    if (!handler) return response.writeHead(404).end();
    if (!(await signedIn(request.headers.cookie))) return response.writeHead(401).end();
    const body = JSON.stringify({ data: await handler(url.searchParams) });
    response.writeHead(200, { 'content-type': 'application/json' }).end(body);
  })().catch((error: unknown) => {
    response.writeHead(500).end(String(error));
  });
});

server.listen(0, '127.0.0.1', () => {
  const { port } = server.address() as AddressInfo;
  console.info(JSON.stringify({ url: `http://127.0.0.1:${port}` }));
});
