import { describe, expect, it } from 'vitest';
import {
  ActionStatus,
  EventStatus,
  EventType,
  IssueCategory,
  IssueStatus,
  PartnerRole,
  ProgrammeStatus,
  TwinningStatus,
} from '../enums';
import { LABELS, labelsFor, localeOf } from './index';

type Tree = { [key: string]: string | Tree };
const keys = (tree: Tree, prefix = ''): string[] =>
  Object.entries(tree).flatMap(([key, value]) =>
    typeof value === 'string' ? [`${prefix}${key}`] : keys(value, `${prefix}${key}.`),
  );

describe('shared labels', () => {
  it('name every value of the enums they cover, in both languages', () => {
    for (const labels of Object.values(LABELS)) {
      expect(Object.keys(labels.enums.ActionStatus).sort()).toEqual(
        Object.values(ActionStatus).sort(),
      );
      expect(Object.keys(labels.enums.EventType).sort()).toEqual(Object.values(EventType).sort());
      expect(Object.keys(labels.enums.EventStatus).sort()).toEqual(
        Object.values(EventStatus).sort(),
      );
      expect(Object.keys(labels.enums.IssueStatus).sort()).toEqual(
        Object.values(IssueStatus).sort(),
      );
      expect(Object.keys(labels.enums.IssueCategory).sort()).toEqual(
        Object.values(IssueCategory).sort(),
      );
      expect(Object.keys(labels.enums.TwinningStatus).sort()).toEqual(
        Object.values(TwinningStatus).sort(),
      );
      expect(Object.keys(labels.enums.PartnerRole).sort()).toEqual(
        Object.values(PartnerRole).sort(),
      );
      expect(Object.keys(labels.enums.ProgrammeStatus).sort()).toEqual(
        Object.values(ProgrammeStatus).sort(),
      );
    }
  });

  it('have the same keys and no blank text in uk and en', () => {
    const uk = keys(LABELS.uk as unknown as Tree);
    expect(keys(LABELS.en as unknown as Tree)).toEqual(uk);
    for (const labels of Object.values(LABELS)) {
      const flat = JSON.stringify(labels);
      expect(flat).not.toMatch(/":""/);
    }
  });

  it('fall back to Ukrainian for a language Spilno does not speak', () => {
    expect(localeOf('en')).toBe('en');
    expect(localeOf('de')).toBe('uk');
    expect(localeOf(['en'])).toBe('uk');
    expect(labelsFor('en').enums.ActionStatus.IN_PROGRESS).toBe('In progress');
    expect(labelsFor(undefined).actionColumns.plannedBudget).toBe('Запланований бюджет');
  });
});
