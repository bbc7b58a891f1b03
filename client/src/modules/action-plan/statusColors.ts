import { ActionStatus } from '@spilno/shared';
import type { EnumValue } from '../../ui/enums';

export const ACTION_STATUSES: readonly EnumValue<ActionStatus>[] = [
  ActionStatus.PLANNED,
  ActionStatus.IN_PROGRESS,
  ActionStatus.DONE,
  ActionStatus.CANCELLED,
];

/** One Mantine colour per status, shared by badges, timeline bars and charts. */
export const STATUS_COLORS: Record<EnumValue<ActionStatus>, string> = {
  [ActionStatus.PLANNED]: 'gray',
  [ActionStatus.IN_PROGRESS]: 'blue',
  [ActionStatus.DONE]: 'teal',
  [ActionStatus.CANCELLED]: 'grape',
};

/** The filled shade of a status colour as a CSS value (for SVG and plain elements). */
export function statusFill(status: EnumValue<ActionStatus>): string {
  return `var(--mantine-color-${STATUS_COLORS[status]}-6)`;
}

/** Overdue is highlighted in one colour everywhere. */
export const OVERDUE_COLOR = 'red';
