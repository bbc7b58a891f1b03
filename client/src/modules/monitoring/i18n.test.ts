import {
  IssueCategory,
  IssueKind,
  IssueSeverity,
  IssueStatus,
  MonitoringRoundStatus,
} from '@spilno/shared';
import { describe, expect, it } from 'vitest';
import { resources } from '../../app/i18n';

// Labels are looked up by wire value, so a value added in shared/ needs a label in both.
describe.each([
  ['en', resources.en.monitoring],
  ['uk', resources.uk.monitoring],
])('monitoring texts in %s', (_language, texts) => {
  it.each([
    ['IssueKind', Object.values(IssueKind)],
    ['IssueCategory', Object.values(IssueCategory)],
    ['IssueSeverity', Object.values(IssueSeverity)],
    ['IssueStatus', Object.values(IssueStatus)],
    ['MonitoringRoundStatus', Object.values(MonitoringRoundStatus)],
  ])('label every value of %s', (name, values) => {
    const labels = (texts.enums as Record<string, Record<string, string>>)[name] ?? {};
    expect(Object.keys(labels).sort()).toEqual([...values].sort());
  });

  it('name a move to every status', () => {
    expect(Object.keys(texts.transition).sort()).toEqual(Object.values(IssueStatus).sort());
  });
});
