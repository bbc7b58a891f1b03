import {
  addDays,
  FieldMessage,
  INDICATORS_MAX,
  PARTNERS_MAX,
  REPORTING_PERIODS_MAX,
  Role,
} from '@spilno/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Indicator } from '../../src/modules/indicators/indicator.entity';
import { Partner } from '../../src/modules/programmes/partner.entity';
import { ReportingPeriod } from '../../src/modules/progress-reports/reporting-period.entity';
import { BOUNDED_LISTS, insert, organisations, range, type Seeded } from '../bounded-list-cases';
import { BOUNDED_FIELDS } from '../bounded-list-fields';
import { buildOrganisation, buildProgramme, buildUser } from '../factories';
import { startTestApp, type Client, type TestApp } from '../graphql';

let app: TestApp;
let admin: Client;

beforeAll(async () => {
  app = await startTestApp();
  // Named to sort after everyone else a list of people answers.
  admin = await app.as(
    await buildUser(app.dataSource, { role: Role.ADMIN, name: 'Zoryana Admin' }),
  );
});

afterAll(() => app?.close());

describe.each([...BOUNDED_LISTS, ...BOUNDED_FIELDS])('$field', (list) => {
  let seeded: Seeded;
  beforeAll(async () => {
    seeded = await list.seed(app.dataSource);
  }, 60_000);
  /** The first `count` rows of the field's order, or the latest of a thread. */
  const expected = (count: number) =>
    list.latest ? seeded.all.slice(-count) : seeded.all.slice(0, count);

  it(`answers its default of ${list.bound.default} when limit is left out`, async () => {
    expect(seeded.all.length).toBeGreaterThan(list.bound.default);
    const data = await admin.ok(seeded.document(false), seeded.variables);
    expect(seeded.keys(data as never)).toEqual(expected(list.bound.default));
  });

  it('answers as many as limit asks for', async () => {
    const data = await admin.ok(seeded.document(true), { ...seeded.variables, limit: 3 });
    expect(seeded.keys(data as never)).toEqual(expected(3));
  });

  it.each([0, list.bound.max + 1])(
    'refuses limit %i as BAD_USER_INPUT naming limit',
    async (limit) => {
      const result = await admin.request(seeded.document(true), { ...seeded.variables, limit });
      expect(result.errors?.[0]?.extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        fields: [{ field: 'limit', message: FieldMessage.OUT_OF_RANGE }],
      });
    },
  );
});

describe('what a programme is set up with is capped where it is added', () => {
  const tooMany = {
    code: 'BAD_USER_INPUT',
    fields: [{ field: 'programmeId', message: 'too_many' }],
  };

  it(`takes up to ${PARTNERS_MAX} partners`, async () => {
    const { programme, sides } = await buildProgramme(app.dataSource);
    const ua = sides.find((side) => side.country === 'UA')!;
    const seated = await organisations(app.dataSource, PARTNERS_MAX - 1, 'Партнерка');
    await insert(
      app.dataSource,
      Partner,
      seated.map((organisationId) => ({
        programmeId: programme.id,
        organisationId,
        sideId: ua.id,
        role: 'PARTNER' as Partner['role'],
      })),
    );
    const add = async () =>
      admin.request(
        `mutation($p: ID!, $o: ID!, $s: ID!) {
          addPartner(programmeId: $p, organisationId: $o, sideId: $s, role: PARTNER) { id } }`,
        { p: programme.id, o: (await buildOrganisation(app.dataSource)).id, s: ua.id },
      );
    expect((await add()).errors).toBeUndefined();
    expect((await add()).errors?.[0]?.extensions).toMatchObject(tooMany);
    expect(await app.dataSource.getRepository(Partner).countBy({ programmeId: programme.id })).toBe(
      PARTNERS_MAX,
    );
  });

  it(`takes up to ${INDICATORS_MAX} indicators`, async () => {
    const { programme } = await buildProgramme(app.dataSource);
    await insert(
      app.dataSource,
      Indicator,
      range(INDICATORS_MAX - 1).map((i) => ({
        programmeId: programme.id,
        name: `Показник ${i}`,
        unit: 'events',
        target: 1,
      })),
    );
    const create = () =>
      admin.request(
        `mutation($p: ID!) {
          createIndicator(programmeId: $p, input: { name: "Ще один", unit: "events", target: 1 }) { id } }`,
        { p: programme.id },
      );
    expect((await create()).errors).toBeUndefined();
    expect((await create()).errors?.[0]?.extensions).toMatchObject(tooMany);
  });

  it(`takes up to ${REPORTING_PERIODS_MAX} reporting periods, defined or generated`, async () => {
    const { programme } = await buildProgramme(app.dataSource);
    const days = (count: number, from = 0) =>
      range(count).map((i) => {
        const on = addDays(programme.startsOn, from + i);
        return { programmeId: programme.id, startsOn: on, endsOn: on, dueOn: on };
      });
    await insert(app.dataSource, ReportingPeriod, days(REPORTING_PERIODS_MAX - 1));
    // Months after those days would add twenty periods more than it may hold.
    const generated = await admin.request(
      `mutation($p: ID!) { generateReportingPeriods(programmeId: $p, months: 1) { id } }`,
      { p: programme.id },
    );
    expect(generated.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [{ field: 'months', message: FieldMessage.OUT_OF_RANGE }],
    });
    const create = (on: string) =>
      admin.request(
        `mutation($p: ID!, $on: LocalDate!) {
          createReportingPeriod(programmeId: $p, input: { startsOn: $on, endsOn: $on, dueOn: $on }) { id } }`,
        { p: programme.id, on },
      );
    expect((await create(addDays(programme.startsOn, 300))).errors).toBeUndefined();
    expect((await create(addDays(programme.startsOn, 301))).errors?.[0]?.extensions).toMatchObject(
      tooMany,
    );
    expect(
      await app.dataSource.getRepository(ReportingPeriod).countBy({ programmeId: programme.id }),
    ).toBe(REPORTING_PERIODS_MAX);
  });
});
