import 'reflect-metadata';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { OrganisationKind, PartnerRole, ProgrammeStatus, Role } from '@spilno/shared';
import { createApp } from '../src/app';
import { createLogger } from '../src/common/logger';
import { openDatabase } from '../src/database/data-source';
import { ActionResponsible } from '../src/modules/action-plan/action-responsible.entity';
import { Action } from '../src/modules/action-plan/action.entity';
import { hashPassword } from '../src/modules/auth/password';
import { SESSION_COOKIE } from '../src/modules/auth/session.service';
import { Organisation } from '../src/modules/organisations/organisation.entity';
import { Partner } from '../src/modules/programmes/partner.entity';
import { ProgrammeCoordinator } from '../src/modules/programmes/programme-coordinator.entity';
import { ProgrammeSide } from '../src/modules/programmes/programme-side.entity';
import { Programme } from '../src/modules/programmes/programme.entity';
import { User } from '../src/modules/users/user.entity';
import { createSchema } from '../src/schema';
import { createServices } from '../src/services';

/**
 * Speed and memory of the read paths people use most, on a realistic volume: a region's
 * directory (ORGANISATIONS) and a programme with a large action plan (ACTIONS). Runs on the
 * embedded database unless DATABASE_URL is set. Requests are sequential and bounded.
 */
const ORGANISATIONS = Number(process.env.BENCH_ORGANISATIONS ?? 5000);
const ACTIONS = Number(process.env.BENCH_ACTIONS ?? 500);
const REQUESTS = Number(process.env.BENCH_REQUESTS ?? 100);

/** Targets on a 2-core machine; the run fails when one is missed. */
const TARGETS_MS = { directorySearch: 150, programmePlan: 400, dashboard: 150 };
const HEAP_TARGET_MB = 400;

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
}

async function main() {
  const db = await openDatabase({
    databaseUrl: process.env.DATABASE_URL,
    dataDir: undefined,
    poolSize: 10,
  });
  await db.dataSource.runMigrations({ transaction: 'each' });
  const ds = db.dataSource;
  const seedStart = performance.now();
  const orgs = Array.from({ length: ORGANISATIONS }, (_, i) => ({
    name: `${['Вовчанська', 'Зміївська', 'Лозівська', 'Ізюмська'][i % 4]} сільська рада ${i}`,
    kind: OrganisationKind.VILLAGE_COUNCIL,
    country: i % 3 === 0 ? 'PL' : 'UA',
    region: 'Харківська область',
  }));
  for (let i = 0; i < orgs.length; i += 1000)
    await ds.getRepository(Organisation).insert(orgs.slice(i, i + 1000));
  const [ua, pl] = await Promise.all([
    ds.getRepository(Organisation).findOneByOrFail({ country: 'UA' }),
    ds.getRepository(Organisation).findOneByOrFail({ country: 'PL' }),
  ]);
  const user = await ds.getRepository(User).save({
    email: 'bench@spilno.test',
    name: 'Bench',
    role: Role.COORDINATOR,
    passwordHash: await hashPassword('bench-password-1'),
    active: true,
  });
  const programme = await ds.getRepository(Programme).save({
    code: 'BENCH',
    title: 'Bench',
    startsOn: '2026-01-01',
    endsOn: '2030-12-31',
    status: ProgrammeStatus.ACTIVE,
    languages: ['uk'],
    translations: [],
  });
  await ds
    .getRepository(ProgrammeCoordinator)
    .insert({ programmeId: programme.id, userId: user.id });
  const sides = await ds.getRepository(ProgrammeSide).save([
    { programmeId: programme.id, name: 'UA', country: 'UA', position: 0 },
    { programmeId: programme.id, name: 'PL', country: 'PL', position: 1 },
  ]);
  const partners = await ds.getRepository(Partner).save([
    {
      programmeId: programme.id,
      organisationId: ua.id,
      sideId: sides[0]!.id,
      role: PartnerRole.LEAD,
    },
    {
      programmeId: programme.id,
      organisationId: pl.id,
      sideId: sides[1]!.id,
      role: PartnerRole.LEAD,
    },
  ]);
  const roots = await ds.getRepository(Action).save(
    Array.from({ length: ACTIONS / 10 }, (_, i) => ({
      programmeId: programme.id,
      code: `${i + 1}`,
      title: `Action ${i + 1}`,
      startsOn: '2026-01-01',
      dueOn: '2027-01-01',
      translations: [],
    })),
  );
  const leaves = await ds.getRepository(Action).save(
    roots.flatMap((root) =>
      Array.from({ length: 9 }, (_, j) => ({
        programmeId: programme.id,
        parentId: root.id,
        code: `${root.code}.${j + 1}`,
        title: `Sub-action ${root.code}.${j + 1}`,
        startsOn: '2026-01-01',
        dueOn: '2026-06-01',
        ownProgress: (j * 11) % 101,
        translations: [],
      })),
    ),
  );
  await ds
    .getRepository(ActionResponsible)
    .insert(leaves.map((a, i) => ({ actionId: a.id, partnerId: partners[i % 2]!.id })));
  const seedMs = performance.now() - seedStart;

  // Count SQL statements per request to prove relations are batched, not fetched per row.
  let statements = 0;
  // Every statement TypeORM runs passes its logger, whatever the logging option says.
  const logQuery = ds.logger.logQuery.bind(ds.logger);
  ds.logger.logQuery = (...args) => {
    statements += 1;
    return logQuery(...args);
  };

  const logger = createLogger('silent');
  const services = createServices(ds, logger, {
    // The bench uploads nothing; the attachment store only creates its folder on a write.
    dataDir: path.join(os.tmpdir(), 'spilno-bench'),
  });
  const app = await createApp({
    config: { production: true, clientDir: '/nonexistent', trustProxy: 0 },
    dataSource: ds,
    schema: await createSchema(),
    services,
    logger,
  });
  const server = app.express.listen(0, '127.0.0.1');
  await new Promise((resolve) => server.once('listening', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
  const token = await ds.transaction((m) => services.sessions.create(m, user.id));
  const cookie = `${SESSION_COOKIE}=${token}`;

  const scenarios = {
    directorySearch: {
      query:
        'query($s:String){ organisations(search:$s, limit:50){ total items { id name parent { name } } } }',
      variables: { s: 'зміїв' },
    },
    programmePlan: {
      query:
        'query($id:ID!){ programme(id:$id){ actions { id code title progress overdue parent { id } responsible { organisation { name } side { id } } } } }',
      variables: { id: programme.id },
    },
    dashboard: {
      query:
        'query($id:ID!){ programmeDashboard(programmeId:$id){ overallProgress overdueActions actionsByStatus { status count } } }',
      variables: { id: programme.id },
    },
  };
  const results: Record<string, { p50: number; p95: number; statements: number }> = {};
  for (const [name, body] of Object.entries(scenarios)) {
    const times: number[] = [];
    let perRequest = 0;
    for (let i = 0; i < REQUESTS; i++) {
      const before = statements;
      const start = performance.now();
      const response = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', cookie },
        body: JSON.stringify(body),
      });
      const json = (await response.json()) as { errors?: unknown };
      if (json.errors) throw new Error(`${name}: ${JSON.stringify(json.errors)}`);
      times.push(performance.now() - start);
      perRequest = statements - before;
    }
    times.sort((a, b) => a - b);
    results[name] = {
      p50: percentile(times, 50),
      p95: percentile(times, 95),
      statements: perRequest,
    };
  }
  const heapMb = process.memoryUsage().heapUsed / 1024 / 1024;
  server.close();
  await app.stop();
  await db.close();

  console.info(
    `seeded ${ORGANISATIONS} organisations and ${ACTIONS} actions in ${seedMs.toFixed(0)} ms (${db.embedded ? 'embedded' : 'PostgreSQL server'})`,
  );
  let failed = 0;
  for (const [name, r] of Object.entries(results)) {
    const target = TARGETS_MS[name as keyof typeof TARGETS_MS];
    const ok = r.p95 <= target;
    if (!ok) failed += 1;
    console.info(
      `${ok ? 'ok  ' : 'SLOW'} ${name.padEnd(16)} p50 ${r.p50.toFixed(1)} ms  p95 ${r.p95.toFixed(1)} ms (target ${target})  SQL statements/request ${r.statements}`,
    );
  }
  const heapOk = heapMb <= HEAP_TARGET_MB;
  if (!heapOk) failed += 1;
  console.info(
    `${heapOk ? 'ok  ' : 'HIGH'} heap used ${heapMb.toFixed(0)} MB (target ${HEAP_TARGET_MB})`,
  );
  console.info(`${Object.keys(results).length + 1 - failed} passed, ${failed} failed`);
  process.exitCode = failed ? 1 : 0;
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
