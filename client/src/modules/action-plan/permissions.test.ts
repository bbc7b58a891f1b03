import { describe, expect, it } from 'vitest';
import { mayReportProgress, type ReportContext } from './permissions';

const partnerOrganisations = new Map([
  ['partner-kharkiv', 'org-kharkiv'],
  ['partner-belgorod', 'org-belgorod'],
]);

function context(overrides: Partial<ReportContext> = {}): ReportContext {
  return { canEdit: false, organisationId: null, partnerOrganisations, ...overrides };
}

const kharkivAction = { children: [], responsible: [{ id: 'partner-kharkiv' }] };
const jointAction = {
  children: [],
  responsible: [{ id: 'partner-kharkiv' }, { id: 'partner-belgorod' }],
};
const belgorodAction = { children: [], responsible: [{ id: 'partner-belgorod' }] };
const parentAction = { children: [{ id: 'child' }], responsible: [{ id: 'partner-kharkiv' }] };

describe('mayReportProgress', () => {
  it('lets staff of a responsible organisation report', () => {
    const kharkiv = context({ organisationId: 'org-kharkiv' });
    expect(mayReportProgress(kharkivAction, kharkiv)).toBe(true);
    expect(mayReportProgress(jointAction, kharkiv)).toBe(true);
  });

  it('refuses an action only the other side is responsible for', () => {
    expect(mayReportProgress(belgorodAction, context({ organisationId: 'org-kharkiv' }))).toBe(
      false,
    );
  });

  it('lets coordinators and administrators report on any leaf action', () => {
    expect(mayReportProgress(belgorodAction, context({ canEdit: true }))).toBe(true);
  });

  it('refuses users without an organisation or edit rights, such as observers', () => {
    expect(mayReportProgress(kharkivAction, context())).toBe(false);
  });

  it('never offers a report on a parent, whose progress is derived', () => {
    expect(mayReportProgress(parentAction, context({ canEdit: true }))).toBe(false);
    expect(mayReportProgress(parentAction, context({ organisationId: 'org-kharkiv' }))).toBe(false);
  });
});
