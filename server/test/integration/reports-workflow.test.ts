import 'reflect-metadata';
import { describe, expect, it } from 'vitest';
import { ErrorCode, Role } from '@spilno/shared';
import { useCast } from '../cast-world';
import { buildUser } from '../factories';
import type { TestApp } from '../graphql';
import { expectRefused } from '../matrix';
import { castProgramme, expectFields, expectNoChange, type Cast } from '../programme-cast';
import {
  CREATE_REPORT,
  REPORT_QUERY,
  reportInput,
  REVIEW_REPORT,
  SUBMIT_REPORT,
  UPDATE_REPORT,
  type ReportData,
} from '../report-documents';
import { reportSteps } from '../report-steps';

let app: TestApp;
let cast: Cast;

useCast((world) => ({ app, cast } = world));

const { draft, submit, review, reportRows } = reportSteps(() => ({ app, cast }));

describe('the report workflow', () => {
  it('goes draft → submitted → changes requested → submitted again → approved', async () => {
    const p = await castProgramme(app, cast);
    const created = await draft(
      p,
      cast.clients.partner,
      p.uaPartner.id,
      reportInput({ narrative: '' }),
    );
    expect(created).toMatchObject({ status: 'DRAFT', version: 1, canEdit: true, narrative: '' });

    const edited = (
      await cast.clients.partner.ok<{ updateProgressReport: ReportData }>(UPDATE_REPORT, {
        id: created.id,
        version: created.version,
        input: reportInput({ narrative: '  Перший варіант звіту.  ' }),
      })
    ).updateProgressReport;
    expect(edited).toMatchObject({ version: 2, narrative: 'Перший варіант звіту.' });

    const submitted = await submit(edited);
    expect(submitted).toMatchObject({ status: 'SUBMITTED', version: 3, canEdit: false });
    expect(submitted.submittedBy?.id).toBe(cast.users.partner.id);
    expect(submitted.submittedAt).toBe(submitted.firstSubmittedAt);

    const sentBack = await review(submitted, 'REQUEST_CHANGES', 'Додайте кількість учасників.');
    expect(sentBack).toMatchObject({ status: 'CHANGES_REQUESTED', version: 4, canReview: false });

    const fixed = (
      await cast.clients.partner.ok<{ updateProgressReport: ReportData }>(UPDATE_REPORT, {
        id: sentBack.id,
        version: sentBack.version,
        input: reportInput({ narrative: 'Другий варіант: 42 учасники з обох сторін.' }),
      })
    ).updateProgressReport;
    const resubmitted = await submit(fixed);
    expect(resubmitted.status).toBe('SUBMITTED');
    // The first submission stays: it tells whether the partner reported on time.
    expect(resubmitted.firstSubmittedAt).toBe(submitted.firstSubmittedAt);
    expect(Date.parse(resubmitted.submittedAt ?? '')).toBeGreaterThanOrEqual(
      Date.parse(submitted.submittedAt ?? ''),
    );

    const approved = await review(resubmitted, 'APPROVE', 'Дякуємо.');
    expect(approved.status).toBe('APPROVED');
    expect(approved.reviews).toEqual([
      {
        decision: 'REQUEST_CHANGES',
        comment: 'Додайте кількість учасників.',
        author: { id: cast.users.coordinator.id },
      },
      { decision: 'APPROVE', comment: 'Дякуємо.', author: { id: cast.users.coordinator.id } },
    ]);
    // The partner reads the whole thread.
    const seen = await cast.clients.partner.ok<{ progressReport: ReportData }>(REPORT_QUERY, {
      id: created.id,
    });
    expect(seen.progressReport.reviews).toHaveLength(2);
  });

  it('freezes a submitted or approved report: edits and resubmission are BAD_USER_INPUT', async () => {
    const p = await castProgramme(app, cast);
    const submitted = await submit(await draft(p));
    const frozen = async (report: ReportData) => {
      const update = await expectNoChange(app, reportRows(p), () =>
        cast.clients.partner.request(UPDATE_REPORT, {
          id: report.id,
          version: report.version,
          input: reportInput({ narrative: 'Змінено після подання' }),
        }),
      );
      expectFields(update, [['id', 'not_allowed']]);
      const again = await expectNoChange(app, reportRows(p), () =>
        cast.clients.partner.request(SUBMIT_REPORT, { id: report.id, version: report.version }),
      );
      expectFields(again, [['id', 'transition_not_allowed']]);
    };
    await frozen(submitted);
    const approved = await review(submitted, 'APPROVE');
    await frozen(approved);
    // Nor may an approved report be reviewed again.
    expectFields(
      await cast.clients.coordinator.request(REVIEW_REPORT, {
        id: approved.id,
        version: approved.version,
        decision: 'REQUEST_CHANGES',
        comment: 'Ще раз',
      }),
      [['id', 'transition_not_allowed']],
    );
  });

  it('submits only with a narrative and reviews only submitted reports', async () => {
    const p = await castProgramme(app, cast);
    const empty = await draft(
      p,
      cast.clients.partner,
      p.uaPartner.id,
      reportInput({ narrative: ' ' }),
    );
    expectFields(
      await cast.clients.partner.request(SUBMIT_REPORT, { id: empty.id, version: empty.version }),
      [['narrative', 'required']],
    );
    expectFields(
      await cast.clients.coordinator.request(REVIEW_REPORT, {
        id: empty.id,
        version: empty.version,
        decision: 'APPROVE',
      }),
      [['id', 'transition_not_allowed']],
    );
  });

  it('needs a comment to send a report back', async () => {
    const p = await castProgramme(app, cast);
    const submitted = await submit(await draft(p));
    for (const comment of [null, '   ']) {
      expectFields(
        await cast.clients.coordinator.request(REVIEW_REPORT, {
          id: submitted.id,
          version: submitted.version,
          decision: 'REQUEST_CHANGES',
          comment,
        }),
        [['comment', 'required']],
      );
    }
    expectFields(
      await cast.clients.coordinator.request(REVIEW_REPORT, {
        id: submitted.id,
        version: submitted.version,
        decision: 'APPROVE',
        comment: 'x'.repeat(4001),
      }),
      [['comment', 'too_long']],
    );
  });
});

describe('who reviews', () => {
  it('refuses a coordinator of the partner organisation: nobody approves their own report', async () => {
    const p = await castProgramme(app, cast);
    const ownCoordinator = await buildUser(app.dataSource, {
      role: Role.COORDINATOR,
      organisationId: cast.ua.id,
    });
    await app.dataSource.query(
      'INSERT INTO programme_coordinator ("programmeId", "userId") VALUES ($1, $2)',
      [p.programme.id, ownCoordinator.id],
    );
    const client = await app.as(ownCoordinator);
    const submitted = await submit(await draft(p));
    const seen = await client.ok<{ progressReport: ReportData }>(REPORT_QUERY, {
      id: submitted.id,
    });
    expect(seen.progressReport.canReview).toBe(false);
    const result = await expectNoChange(app, reportRows(p), () =>
      client.request(REVIEW_REPORT, {
        id: submitted.id,
        version: submitted.version,
        decision: 'APPROVE',
      }),
    );
    expectRefused(result, ErrorCode.FORBIDDEN);
    // The neighbour's report is not theirs: they review it.
    const other = await submit(
      await draft(p, cast.clients.neighbour, p.plPartner.id),
      cast.clients.neighbour,
    );
    expect((await review(other, 'APPROVE', null, client)).status).toBe('APPROVED');
  });

  it('refuses an administrator reviewing a report they submitted on the partner’s behalf', async () => {
    const p = await castProgramme(app, cast);
    const submitted = await submit(await draft(p, cast.clients.admin), cast.clients.admin);
    expect(submitted.submittedBy?.id).toBe(cast.users.admin.id);
    expect(submitted.canReview).toBe(false);
    expectRefused(
      await cast.clients.admin.request(REVIEW_REPORT, {
        id: submitted.id,
        version: submitted.version,
        decision: 'APPROVE',
      }),
      ErrorCode.FORBIDDEN,
    );
    expect((await review(submitted, 'APPROVE')).status).toBe('APPROVED');
  });

  it('refuses partners, observers and coordinators of other programmes', async () => {
    const p = await castProgramme(app, cast);
    const submitted = await submit(await draft(p));
    for (const member of ['partner', 'neighbour', 'observer', 'otherCoordinator'] as const) {
      const result = await cast.clients[member].request(REVIEW_REPORT, {
        id: submitted.id,
        version: submitted.version,
        decision: 'APPROVE',
        comment: ' ',
      });
      expectRefused(result, ErrorCode.FORBIDDEN);
    }
    expectRefused(
      await cast.clients.outsider.request(REVIEW_REPORT, {
        id: submitted.id,
        version: submitted.version,
        decision: 'APPROVE',
      }),
      ErrorCode.NOT_FOUND,
    );
  });
});

describe('the other side’s report', () => {
  it('is not the neighbour’s to write: a draft is NOT_FOUND, a submitted one FORBIDDEN', async () => {
    const p = await castProgramme(app, cast);
    const ua = await draft(p);
    const edit = { id: ua.id, version: ua.version, input: reportInput() };
    expectRefused(await cast.clients.neighbour.request(UPDATE_REPORT, edit), ErrorCode.NOT_FOUND);
    expectRefused(
      await cast.clients.neighbour.request(SUBMIT_REPORT, { id: ua.id, version: ua.version }),
      ErrorCode.NOT_FOUND,
    );
    const submitted = await submit(ua);
    expectRefused(
      await cast.clients.neighbour.request(UPDATE_REPORT, { ...edit, version: submitted.version }),
      ErrorCode.FORBIDDEN,
    );
    // Nor may the neighbour start a report in the UA partner's name, whatever the input.
    const create = await expectNoChange(app, reportRows(p), () =>
      cast.clients.neighbour.request(CREATE_REPORT, {
        programmeId: p.programme.id,
        partnerId: p.uaPartner.id,
        input: reportInput({ periodStart: '2026-07-01', periodEnd: '2026-01-01' }),
      }),
    );
    expectRefused(create, ErrorCode.FORBIDDEN);
    for (const partnerId of ['not-an-id', '00000000-0000-0000-0000-000000000000']) {
      expectRefused(
        await cast.clients.neighbour.request(CREATE_REPORT, {
          programmeId: p.programme.id,
          partnerId,
          input: reportInput(),
        }),
        ErrorCode.FORBIDDEN,
      );
    }
  });

  it('lets an administrator name only a partner of the programme', async () => {
    const p = await castProgramme(app, cast);
    const other = await castProgramme(app, cast);
    expectFields(
      await cast.clients.admin.request(CREATE_REPORT, {
        programmeId: p.programme.id,
        partnerId: other.uaPartner.id,
        input: reportInput(),
      }),
      [['partnerId', 'unknown_reference']],
    );
  });
});

describe('the partner of a report', () => {
  it('cannot be removed from the programme while it has reports', async () => {
    const p = await castProgramme(app, cast);
    await draft(p, cast.clients.neighbour, p.plPartner.id);
    expectFields(
      await cast.clients.coordinator.request(
        'mutation ($id: ID!, $version: Int!) { removePartner(id: $id, version: $version) }',
        { id: p.plPartner.id, version: p.plPartner.version },
      ),
      [['id', 'in_use']],
    );
  });
});
