import { EventType, IssueStatus } from '@spilno/shared';
import type { EnumValue } from '../../ui/enums';

const fill = (color: string, shade = 6) => `var(--mantine-color-${color}-${shade})`;

/** One colour per event type, the same in every chart. */
export const EVENT_TYPE_FILLS: Record<EnumValue<EventType>, string> = {
  [EventType.CONFERENCE]: fill('blue'),
  [EventType.ROUND_TABLE]: fill('teal'),
  [EventType.WORKSHOP]: fill('grape'),
  [EventType.SEMINAR]: fill('orange'),
  [EventType.GENERAL_MEETING]: fill('red'),
  [EventType.STUDY_VISIT]: fill('lime', 7),
  [EventType.TRAINING]: fill('cyan', 7),
  [EventType.OTHER]: fill('gray'),
};

/** One colour per issue status: open ones warm, closed ones cool. */
export const ISSUE_STATUS_FILLS: Record<EnumValue<IssueStatus>, string> = {
  [IssueStatus.OPEN]: fill('red'),
  [IssueStatus.IN_REVIEW]: fill('orange'),
  [IssueStatus.IN_PROGRESS]: fill('yellow', 7),
  [IssueStatus.RESOLVED]: fill('green'),
  [IssueStatus.DISMISSED]: fill('gray'),
};

const SIDE_FILLS = [fill('blue'), fill('yellow', 7), fill('green'), fill('pink'), fill('violet')];

/** The colour of the programme's n-th side (sides keep their colour across charts). */
export function sideFill(position: number): string {
  return SIDE_FILLS[position % SIDE_FILLS.length] ?? fill('gray');
}
