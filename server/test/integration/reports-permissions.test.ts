import 'reflect-metadata';
import { beforeAll, describe, expect, it } from 'vitest';
import { ErrorCode, ProgrammeStatus, ReportStatus } from '@spilno/shared';
import { useCast } from '../cast-world';
import type { TestApp } from '../graphql';
import { expectRefused } from '../matrix';
import {
  castProgramme,
  CAST,
  expectNoChange,
  refusal,
  rowsOf,
  type Cast,
  type CastProgramme,
  type Member,
} from '../programme-cast';
import { buildReport, freshDay } from '../report-factories';
import {
  CREATE_PERIOD,
  CREATE_REPORT,
  REPORT_QUERY,
  REPORTING_STATUS,
  REPORTS,
  reportInput,
  REVIEW_REPORT,
  SUBMIT_REPORT,
  UPDATE_REPORT,
} from '../report-documents';

let app: TestApp;
let cast: Cast;
const programmes = {} as Record<ProgrammeStatus.ACTIVE | ProgrammeStatus.DRAFT, CastProgramme>;

useCast((world) => ({ app, cast } = world));
beforeAll(async () => {
  programmes.ACTIVE = await castProgramme(app, cast);
  programmes.DRAFT = await castProgramme(app, cast, { status: ProgrammeStatus.DRAFT });
});

/**
 * Who may do what to a report of the UA partner, beyond reading the programme:
 * `write` — its organisation's staff and administrators; `readDraft` — they and the
 * programme's coordinators (a draft is NOT_FOUND to everyone else); `review` — the
 * coordinators and administrators.
 */
const ALLOWED = {
  write: ['admin', 'partner'],
  readDraft: ['admin', 'coordinator', 'partner'],
  review: ['admin', 'coordinator'],
} as const;

function expected(
  member: Member,
  status: ProgrammeStatus,
  op: 'create' | 'readDraft' | 'read' | 'writeDraft' | 'review',
): ErrorCode | undefined {
  const read = refusal(member, 'read', status);
  if (read) return read;
  const among = (list: readonly string[]) => list.includes(member);
  switch (op) {
    case 'read':
      return undefined;
    case 'create':
      return among(ALLOWED.write) ? undefined : ErrorCode.FORBIDDEN;
    case 'readDraft':
      return among(ALLOWED.readDraft) ? undefined : ErrorCode.NOT_FOUND;
    case 'writeDraft':
      if (!among(ALLOWED.readDraft)) return ErrorCode.NOT_FOUND;
      return among(ALLOWED.write) ? undefined : ErrorCode.FORBIDDEN;
    case 'review':
      return among(ALLOWED.review) ? undefined : ErrorCode.FORBIDDEN;
  }
}

const reports = (p: CastProgramme) => () =>
  rowsOf(app, 'progress_report', 'programmeId', p.programme.id);

const STATUSES = [ProgrammeStatus.ACTIVE, ProgrammeStatus.DRAFT] as const;

describe.each(STATUSES)('on a %s programme', (status) => {
  describe.each(CAST)('as %s', (member) => {
    const client = () => cast.clients[member];

    it('createProgressReport for the UA partner', async () => {
      const p = programmes[status];
      const code = expected(member, status, 'create');
      const variables = {
        programmeId: p.programme.id,
        partnerId: p.uaPartner.id,
        // Bad input too: permission is checked first.
        input: reportInput({ ...freshDay(), narrative: code ? 'x'.repeat(30_000) : 'Звіт' }),
      };
      if (!code) {
        const data = await client().ok<{ createProgressReport: { status: string } }>(
          CREATE_REPORT,
          variables,
        );
        expect(data.createProgressReport.status).toBe('DRAFT');
        return;
      }
      const result = await expectNoChange(app, reports(p), () =>
        client().request(CREATE_REPORT, variables),
      );
      expectRefused(result, code);
    });

    it('progressReport and progressReports: drafts to their writers and coordinators', async () => {
      const p = programmes[status];
      const draft = await buildReport(app.dataSource, p.uaPartner);
      const submitted = await buildReport(app.dataSource, p.uaPartner, {
        status: ReportStatus.SUBMITTED,
      });
      for (const [report, op] of [
        [draft, 'readDraft'],
        [submitted, 'read'],
      ] as const) {
        const code = expected(member, status, op);
        const one = await client().request<{ progressReport: { id: string } | null }>(
          REPORT_QUERY,
          { id: report.id },
        );
        if (!code) expect(one.data?.progressReport?.id).toBe(report.id);
        else if (code === ErrorCode.NOT_FOUND) expect(one.data).toEqual({ progressReport: null });
        else expectRefused(one, code);
        const list = await client().request<{ progressReports: { id: string }[] }>(REPORTS, {
          programmeId: p.programme.id,
          periodStart: report.periodStart,
        });
        const programmeCode = refusal(member, 'read', status);
        if (programmeCode) expectRefused(list, programmeCode);
        else expect(list.data?.progressReports.map((r) => r.id)).toEqual(code ? [] : [report.id]);
      }
    });

    it('updateProgressReport and submitProgressReport of a UA draft', async () => {
      const p = programmes[status];
      const code = expected(member, status, 'writeDraft');
      for (const [query, extra] of [
        [UPDATE_REPORT, { input: reportInput({ periodEnd: '1999-01-01' }) }],
        [SUBMIT_REPORT, {}],
      ] as const) {
        const draft = await buildReport(app.dataSource, p.uaPartner);
        const variables = { id: draft.id, version: draft.version, ...extra };
        if (!code) {
          const result = await client().request(query, variables);
          // Allowed: the update's bad dates are BAD_USER_INPUT, the submission goes through.
          if (query === UPDATE_REPORT) {
            expect(result.errors?.[0]?.extensions?.code).toBe(ErrorCode.BAD_USER_INPUT);
          } else {
            expect(result.errors).toBeUndefined();
          }
          continue;
        }
        const result = await expectNoChange(app, reports(p), () =>
          client().request(query, variables),
        );
        expectRefused(result, code);
      }
    });

    it('reviewProgressReport of a submitted UA report', async () => {
      const p = programmes[status];
      const code = expected(member, status, 'review');
      const submitted = await buildReport(app.dataSource, p.uaPartner, {
        status: ReportStatus.SUBMITTED,
      });
      const variables = {
        id: submitted.id,
        version: submitted.version,
        decision: 'REQUEST_CHANGES',
        comment: code ? null : 'Уточніть дані',
      };
      if (!code) {
        const data = await client().ok<{ reviewProgressReport: { status: string } }>(
          REVIEW_REPORT,
          variables,
        );
        expect(data.reviewProgressReport.status).toBe('CHANGES_REQUESTED');
        return;
      }
      const result = await expectNoChange(app, reports(p), () =>
        client().request(REVIEW_REPORT, variables),
      );
      expectRefused(result, code);
    });

    it('reportingStatus and createReportingPeriod', async () => {
      // A programme of its own: once it has periods, reports must take their dates.
      const p = await castProgramme(app, cast, { status });
      const read = refusal(member, 'read', status);
      const grid = await client().request(REPORTING_STATUS, { programmeId: p.programme.id });
      if (read) expectRefused(grid, read);
      else expect(grid.errors).toBeUndefined();
      const coordinate = refusal(member, 'coordinate', status);
      const period = await client().request(CREATE_PERIOD, {
        programmeId: p.programme.id,
        input: {
          startsOn: '2026-01-01',
          endsOn: '2026-06-30',
          dueOn: coordinate ? '2020-01-01' : '2026-07-31',
        },
      });
      if (coordinate) expectRefused(period, coordinate);
      else expect(period.errors).toBeUndefined();
    });
  });
});
