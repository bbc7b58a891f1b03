import { EventType } from '@spilno/shared';
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

const SIDE_FILLS = [fill('blue'), fill('yellow', 7), fill('green'), fill('pink'), fill('violet')];

/** The colour of the programme's n-th side (sides keep their colour across charts). */
export function sideFill(position: number): string {
  return SIDE_FILLS[position % SIDE_FILLS.length] ?? fill('gray');
}
