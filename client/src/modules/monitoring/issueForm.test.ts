import { describe, expect, it } from 'vitest';
import { emptyIssueForm, issueFormErrors, toIssueInput } from './issueForm';
import { issuePath, issuesCsvPath, roundPath } from '../../app/paths';

describe('issue form', () => {
  it('starts as a medium problem raised by the first choice', () => {
    expect(emptyIssueForm('o-ua')).toMatchObject({
      kind: 'PROBLEM',
      severity: 'MEDIUM',
      category: null,
      raisedById: 'o-ua',
    });
    expect(emptyIssueForm('o-ua', 'EXPECTATION').kind).toBe('EXPECTATION');
  });

  it('asks for a category, a title and who raises it', () => {
    expect(issueFormErrors(emptyIssueForm(null))).toEqual({
      category: 'required',
      title: 'required',
      raisedById: 'required',
    });
    const long = { ...emptyIssueForm('o'), category: 'FINANCE' as const, title: 'x'.repeat(201) };
    expect(issueFormErrors(long)).toEqual({ title: 'too_long' });
  });

  it('sends trimmed text, no empty description, and the round it answers', () => {
    const values = {
      ...emptyIssueForm('o-ua'),
      category: 'BORDER_CROSSING' as const,
      title: '  Черги на кордоні ',
      description: '   ',
    };
    expect(toIssueInput(values, 'r1')).toEqual({
      kind: 'PROBLEM',
      category: 'BORDER_CROSSING',
      severity: 'MEDIUM',
      title: 'Черги на кордоні',
      description: null,
      raisedById: 'o-ua',
      eventId: null,
      roundId: 'r1',
    });
  });
});

describe('monitoring addresses', () => {
  it('puts issues and rounds below the programme’s monitoring tab', () => {
    expect(issuePath('p 1', 'i1')).toBe('/programmes/p%201/monitoring/issues/i1');
    expect(roundPath('p1', 'r1')).toBe('/programmes/p1/monitoring/rounds/r1');
  });

  it('exports with the list’s filters, leaving empty ones out', () => {
    expect(issuesCsvPath('p1', { status: 'OPEN', kind: null, roundId: 'r1' })).toBe(
      '/export/programmes/p1/issues.csv?status=OPEN&roundId=r1',
    );
    expect(issuesCsvPath('p1', {})).toBe('/export/programmes/p1/issues.csv');
    expect(issuesCsvPath('p1', { status: 'OPEN' }, 'en')).toBe(
      '/export/programmes/p1/issues.csv?status=OPEN&lang=en',
    );
  });
});
