import 'reflect-metadata';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { OrganisationKind } from '@spilno/shared';
import type { Organisation } from '../../src/modules/organisations/organisation.entity';
import { buildOrganisation, buildUser } from '../factories';
import { startTestApp, type Client, type TestApp } from '../graphql';

const ORGANISATIONS = `query ($search: String, $country: String, $kind: OrganisationKind, $limit: Int!, $offset: Int!) {
  organisations(search: $search, country: $country, kind: $kind, limit: $limit, offset: $offset) {
    total items { id name }
  }
}`;
const WITH_PARENTS = `query ($search: String, $limit: Int!) {
  organisations(search: $search, limit: $limit) { total items { id parent { name } } }
}`;
const ORGANISATION = `query ($id: ID!) {
  organisation(id: $id) { id name nameEn kind country region population parent { id name } }
}`;

interface Page {
  organisations: { total: number; items: { id: string; name: string }[] };
}

describe('the organisation directory', () => {
  let app: TestApp;
  let client: Client;
  const built: Record<string, Organisation> = {};

  beforeAll(async () => {
    app = await startTestApp();
    client = await app.as(await buildUser(app.dataSource));
    const ds = app.dataSource;
    built.region = await buildOrganisation(ds, {
      name: 'Харківська обласна рада',
      nameEn: 'Kharkiv Regional Council',
      kind: OrganisationKind.REGIONAL_COUNCIL,
      population: 2_598_961,
    });
    built.district = await buildOrganisation(ds, {
      name: 'Зміївська районна рада',
      kind: OrganisationKind.DISTRICT_COUNCIL,
      parentId: built.region.id,
    });
    built.city = await buildOrganisation(ds, { name: 'ХАРКІВСЬКА МІСЬКА РАДА' });
    built.neighbour = await buildOrganisation(ds, {
      name: 'Белгородская областная Дума',
      nameEn: 'Belgorod Regional Duma',
      kind: OrganisationKind.REGIONAL_COUNCIL,
      country: 'RU',
    });
    built.percent = await buildOrganisation(ds, { name: 'Громада 100% участі' });
    built.percentDecoy = await buildOrganisation(ds, { name: 'Громада 1000 участі' });
    built.underscore = await buildOrganisation(ds, { name: 'Бюро_А' });
    built.underscoreDecoy = await buildOrganisation(ds, { name: 'БюроБА' });
  });
  afterAll(() => app?.close());

  const list = (variables: Record<string, unknown>) =>
    client.ok<Page>(ORGANISATIONS, { limit: 50, offset: 0, ...variables });
  const names = async (variables: Record<string, unknown>) =>
    (await list(variables)).organisations.items.map((o) => o.name).sort();

  it('finds part of a Ukrainian name in any letter case', async () => {
    const expected = ['Харківська обласна рада', 'ХАРКІВСЬКА МІСЬКА РАДА'].sort();
    expect(await names({ search: 'харків' })).toEqual(expected);
    expect(await names({ search: 'ХАРКІВ' })).toEqual(expected);
    expect(await names({ search: '  ківська МІС ' })).toEqual(['ХАРКІВСЬКА МІСЬКА РАДА']);
  });

  it('takes % and _ in the search literally', async () => {
    expect(await names({ search: '100%' })).toEqual(['Громада 100% участі']);
    expect(await names({ search: 'о_а' })).toEqual(['Бюро_А']);
    expect(await names({ search: '%' })).toEqual(['Громада 100% участі']);
    expect(await names({ search: '.*' })).toEqual([]);
  });

  it('finds an organisation by its English name', async () => {
    expect(await names({ search: 'regional' })).toEqual(
      ['Белгородская областная Дума', 'Харківська обласна рада'].sort(),
    );
    expect(await names({ search: 'BELGOROD regional duma' })).toEqual([
      'Белгородская областная Дума',
    ]);
  });

  it('filters by country and by kind, together with a search', async () => {
    expect(await names({ country: 'RU' })).toEqual(['Белгородская областная Дума']);
    expect(await names({ kind: 'REGIONAL_COUNCIL' })).toEqual(
      ['Белгородская областная Дума', 'Харківська обласна рада'].sort(),
    );
    expect(await names({ kind: 'REGIONAL_COUNCIL', country: 'UA' })).toEqual([
      'Харківська обласна рада',
    ]);
    expect(await names({ search: 'рада', kind: 'DISTRICT_COUNCIL' })).toEqual([
      'Зміївська районна рада',
    ]);
  });

  it('pages by limit and offset in name order with the full total on every page', async () => {
    const tag = 'Сторінка';
    for (const letter of ['Ж', 'А', 'Д', 'В', 'Е', 'Б', 'Г']) {
      await buildOrganisation(app.dataSource, { name: `${tag} ${letter}` });
    }
    const pages = await Promise.all(
      [0, 3, 6, 9].map((offset) => list({ search: tag, limit: 3, offset })),
    );
    expect(pages.map((p) => p.organisations.total)).toEqual([7, 7, 7, 7]);
    expect(pages.map((p) => p.organisations.items.map((o) => o.name.slice(-1)))).toEqual([
      ['А', 'Б', 'В'],
      ['Г', 'Д', 'Е'],
      ['Ж'],
      [],
    ]);
  });

  it.each([
    [{ limit: 201 }, 'limit'],
    [{ limit: 0 }, 'limit'],
    [{ limit: -5 }, 'limit'],
    [{ offset: -1 }, 'offset'],
  ])('refuses paging %j by naming %s', async (paging, field) => {
    const result = await client.request(ORGANISATIONS, { limit: 50, offset: 0, ...paging });
    expect(result.errors?.[0]?.extensions).toEqual({
      code: 'BAD_USER_INPUT',
      fields: [{ field, message: 'out_of_range' }],
    });
  });

  it('refuses a malformed country and an over-long search by field', async () => {
    const country = await client.request(ORGANISATIONS, { country: 'ua', limit: 5, offset: 0 });
    expect(country.errors?.[0]?.extensions?.fields).toEqual([
      { field: 'country', message: 'invalid' },
    ]);
    const long = await client.request(ORGANISATIONS, {
      search: 'р'.repeat(101),
      limit: 5,
      offset: 0,
    });
    expect(long.errors?.[0]?.extensions?.fields).toEqual([
      { field: 'search', message: 'too_long' },
    ]);
  });

  it('answers UNAUTHENTICATED to anyone signed out', async () => {
    const anonymous = app.anonymous();
    expect(await anonymous.code(ORGANISATIONS, { limit: 5, offset: 0 })).toBe('UNAUTHENTICATED');
    expect(await anonymous.code(ORGANISATION, { id: built.region!.id })).toBe('UNAUTHENTICATED');
  });

  it('reads one organisation with its parent; a malformed or unknown id is null', async () => {
    expect(await client.ok(ORGANISATION, { id: built.district!.id })).toEqual({
      organisation: {
        id: built.district!.id,
        name: 'Зміївська районна рада',
        nameEn: null,
        kind: 'DISTRICT_COUNCIL',
        country: 'UA',
        region: 'Харківська область',
        population: null,
        parent: { id: built.region!.id, name: 'Харківська обласна рада' },
      },
    });
    expect(await client.ok(ORGANISATION, { id: built.region!.id })).toMatchObject({
      organisation: { population: 2_598_961, parent: null },
    });
    for (const id of ['not-an-id', '', '6f1c9a52-0000-4000-8000-000000000000']) {
      expect(await client.request(ORGANISATION, { id })).toMatchObject({
        data: { organisation: null },
        errors: undefined,
      });
    }
  });

  it('loads parents in one batch: the statement count does not grow with the rows', async () => {
    const tag = 'Пакет';
    const parents = [];
    for (let i = 0; i < 5; i++) {
      parents.push(await buildOrganisation(app.dataSource, { name: `Батьківська ${i}` }));
    }
    for (let i = 0; i < 50; i++) {
      await buildOrganisation(app.dataSource, {
        name: `${tag} ${String(i).padStart(2, '0')}`,
        parentId: parents[i % 5]!.id,
      });
    }
    const statementsFor = async (limit: number) => {
      const spy = vi.spyOn(app.dataSource.logger, 'logQuery');
      try {
        const data = await client.ok<{
          organisations: { items: { parent: { name: string } | null }[] };
        }>(WITH_PARENTS, { search: tag, limit });
        expect(data.organisations.items).toHaveLength(limit);
        expect(
          data.organisations.items.every((o) => o.parent?.name.startsWith('Батьківська')),
        ).toBe(true);
        return spy.mock.calls.length;
      } finally {
        spy.mockRestore();
      }
    };
    const few = await statementsFor(5);
    const many = await statementsFor(50);
    // The session lookup, the page, its count, and one batch of parents.
    expect(few).toBeGreaterThanOrEqual(3);
    expect(many).toBe(few);
    expect(many).toBeLessThanOrEqual(4);
  });
});
