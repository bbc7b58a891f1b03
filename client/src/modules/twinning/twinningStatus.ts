import { TwinningStatus } from '@spilno/shared';
import type { EnumValue } from '../../ui/enums';

export type TwinningStatusValue = EnumValue<TwinningStatus>;

/** In the order a relation goes through them; lists, legends and charts use it. */
export const TWINNING_STATUSES: readonly TwinningStatusValue[] = Object.values(TwinningStatus);

/** One Mantine colour per status, for badges and the timeline. */
export const STATUS_COLORS: Record<TwinningStatusValue, string> = {
  PROPOSED: 'blue',
  NEGOTIATING: 'orange',
  ACTIVE: 'teal',
  DORMANT: 'gray',
  TERMINATED: 'red',
};

/**
 * How the picture draws each status. Plain colours, not theme variables, so the picture stays
 * right once downloaded; and a dash pattern per status, so it reads in black and white and by
 * people who do not tell the colours apart.
 */
export const STATUS_STROKES: Record<TwinningStatusValue, { color: string; dash: string | null }> = {
  PROPOSED: { color: '#1c7ed6', dash: '2 5' },
  NEGOTIATING: { color: '#e8590c', dash: '10 5' },
  ACTIVE: { color: '#0ca678', dash: null },
  DORMANT: { color: '#868e96', dash: '10 4 2 4' },
  TERMINATED: { color: '#c92a2a', dash: '3 3' },
};
