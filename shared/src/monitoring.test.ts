import { describe, expect, it } from 'vitest';
import { IssueStatus } from './enums';
import { canMoveIssue, ISSUE_TRANSITIONS, needsResolution } from './monitoring';

const { OPEN, IN_REVIEW, IN_PROGRESS, RESOLVED, DISMISSED } = IssueStatus;

describe('issue workflow', () => {
  it('goes OPEN → IN_REVIEW → IN_PROGRESS → RESOLVED or DISMISSED', () => {
    expect(canMoveIssue(OPEN, IN_REVIEW)).toBe(true);
    expect(canMoveIssue(IN_REVIEW, IN_PROGRESS)).toBe(true);
    expect(canMoveIssue(IN_PROGRESS, RESOLVED)).toBe(true);
    expect(canMoveIssue(IN_PROGRESS, DISMISSED)).toBe(true);
  });

  it('dismisses a duplicate straight from review, but resolves only what was worked on', () => {
    expect(canMoveIssue(IN_REVIEW, DISMISSED)).toBe(true);
    expect(canMoveIssue(IN_REVIEW, RESOLVED)).toBe(false);
    expect(canMoveIssue(OPEN, DISMISSED)).toBe(false);
  });

  it('reopens a closed issue', () => {
    expect(canMoveIssue(RESOLVED, OPEN)).toBe(true);
    expect(canMoveIssue(DISMISSED, OPEN)).toBe(true);
  });

  it('skips no step and never stays put', () => {
    expect(canMoveIssue(OPEN, RESOLVED)).toBe(false);
    expect(canMoveIssue(OPEN, IN_PROGRESS)).toBe(false);
    expect(canMoveIssue(IN_REVIEW, RESOLVED)).toBe(false);
    expect(canMoveIssue(RESOLVED, DISMISSED)).toBe(false);
    expect(canMoveIssue(RESOLVED, IN_PROGRESS)).toBe(false);
    for (const status of Object.values(IssueStatus)) {
      expect(canMoveIssue(status, status)).toBe(false);
    }
  });

  it('lists a way on from every status', () => {
    for (const status of Object.values(IssueStatus)) {
      expect(ISSUE_TRANSITIONS[status].length).toBeGreaterThan(0);
    }
  });

  it('asks for a resolution only when closing', () => {
    expect(needsResolution(RESOLVED)).toBe(true);
    expect(needsResolution(DISMISSED)).toBe(true);
    expect(needsResolution(IN_PROGRESS)).toBe(false);
    expect(needsResolution(OPEN)).toBe(false);
  });
});
