import 'reflect-metadata';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ACTION_COLUMNS, ActionStatus, FieldMessage, ORGANISATION_COLUMNS } from '@spilno/shared';
import { parse } from 'csv-parse/sync';
import { buildAction } from '../factories';
import { startTestApp, type TestApp } from '../graphql';
import { buildCast, castProgramme, type Cast, type CastProgramme } from '../programme-cast';

let app: TestApp;
let cast: Cast;
let p: CastProgramme;

beforeAll(async () => {
  app = await startTestApp();
  cast = await buildCast(app);
  p = await castProgramme(app, cast);
  await buildAction(app.dataSource, p.programme.id, {
    code: '1',
    title: 'Щорічна конференція',
    status: ActionStatus.IN_PROGRESS,
    startsOn: '2026-03-02',
    dueOn: '2026-11-30',
  });
});
afterAll(() => app?.close());

interface Preview {
  valid: boolean;
  creates: number;
  updates: number;
  unchanged: number;
  rows: { errors: { field: string; message: string }[] }[];
}

const PREVIEW_FIELDS = 'valid creates updates unchanged rows { errors { field message } }';

const headerOf = (csv: string) =>
  (parse(csv.replace(/^\uFEFF/, ''), { to_line: 1 }) as string[][])[0];

describe('CSV files read back as they were written, by the shared column lists', () => {
  it('exports the action plan with the shared columns and previews it back unchanged', async () => {
    const coordinator = cast.clients.coordinator;
    const { exportActions } = await coordinator.ok<{ exportActions: string }>(
      'query ($id: ID!) { exportActions(programmeId: $id) }',
      { id: p.programme.id },
    );
    expect(headerOf(exportActions)).toEqual([...ACTION_COLUMNS]);
    const { previewActionImport } = await coordinator.ok<{ previewActionImport: Preview }>(
      `mutation ($id: ID!, $csv: String!) { previewActionImport(programmeId: $id, csv: $csv) { ${PREVIEW_FIELDS} } }`,
      { id: p.programme.id, csv: exportActions },
    );
    expect(previewActionImport).toMatchObject({
      valid: true,
      creates: 0,
      updates: 0,
      unchanged: 1,
    });
  });

  it('refuses an imported action dated on a day the calendar does not have', async () => {
    const csv = `code,title,startsOn,dueOn\n2,Круглий стіл,2026-02-30,2026-13-01\n`;
    const { previewActionImport } = await cast.clients.coordinator.ok<{
      previewActionImport: Preview;
    }>(
      `mutation ($id: ID!, $csv: String!) { previewActionImport(programmeId: $id, csv: $csv) { ${PREVIEW_FIELDS} } }`,
      { id: p.programme.id, csv },
    );
    expect(previewActionImport.valid).toBe(false);
    expect(previewActionImport.rows[0]?.errors).toEqual(
      expect.arrayContaining([
        { field: 'startsOn', message: FieldMessage.INVALID_DATE },
        { field: 'dueOn', message: FieldMessage.INVALID_DATE },
      ]),
    );
  });

  it('exports the directory with the shared columns and previews it back unchanged', async () => {
    const admin = cast.clients.admin;
    const { exportOrganisations } = await admin.ok<{ exportOrganisations: string }>(
      'query { exportOrganisations }',
    );
    expect(headerOf(exportOrganisations)).toEqual([...ORGANISATION_COLUMNS]);
    const { previewOrganisationImport } = await admin.ok<{ previewOrganisationImport: Preview }>(
      `mutation ($csv: String!) { previewOrganisationImport(csv: $csv) { ${PREVIEW_FIELDS} } }`,
      { csv: exportOrganisations },
    );
    expect(previewOrganisationImport).toMatchObject({ valid: true, creates: 0, updates: 0 });
    expect(previewOrganisationImport.unchanged).toBeGreaterThan(0);
  });
});
