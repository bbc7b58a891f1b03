import { Box, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../../ui/useFormat';
import type { TimelineAction } from '../hooks/useActionTimeline';
import { OVERDUE_COLOR, statusFill } from '../statusColors';
import { barPosition, type Period } from '../timeline';
import { UntranslatedMark } from '../../localisation/public';
import { localisedText } from '../../programmes/public';

// Narrower on phones, so some of the track shows beside the sticky labels.
export const LABEL_WIDTH = 'clamp(8rem, 34vw, 16rem)';
export const ROW_HEIGHT = 28;

export interface TimelineTrackProps {
  /** Where today falls on the track, in per cent, if inside the period. */
  today: number | null;
  children?: ReactNode;
}

/** The right-hand part of a row: the period's width, with the today line across it. */
export function TimelineTrack({ today, children }: TimelineTrackProps) {
  return (
    <Box pos="relative" style={{ flex: 1, minHeight: ROW_HEIGHT }}>
      {today !== null ? (
        <Box
          aria-hidden="true"
          pos="absolute"
          top={0}
          bottom={0}
          style={{
            left: `${today}%`,
            borderLeft: `2px dashed var(--mantine-color-${OVERDUE_COLOR}-5)`,
          }}
        />
      ) : null}
      {children}
    </Box>
  );
}

export interface TimelineRowProps {
  action: TimelineAction;
  period: Period;
  today: number | null;
  /** The programme's working languages, the first being the one titles are written in. */
  languages: readonly string[];
}

/** One action: its code and title on the left, its bar across the period on the right. */
export function TimelineRow({ action, period, today, languages }: TimelineRowProps) {
  const { t } = useTranslation('action-plan');
  const format = useFormat();
  const text = localisedText(
    { title: action.title, languages, translations: action.translations },
    format.locale,
  );
  const bar = barPosition(action.startsOn, action.dueOn, period);
  const label = t(action.overdue ? 'timeline.barOverdue' : 'timeline.bar', {
    code: action.code,
    title: text.title,
    start: format.date(action.startsOn),
    end: format.date(action.dueOn),
    status: t(`status.${action.status}`),
    progress: Math.round(action.progress),
  });

  return (
    <Box component="li" display="flex" style={{ alignItems: 'center' }}>
      <Box
        w={LABEL_WIDTH}
        px="xs"
        style={{
          flexShrink: 0,
          position: 'sticky',
          left: 0,
          zIndex: 1,
          background: 'var(--mantine-color-body)',
        }}
      >
        <Text size="xs" truncate="end" title={`${action.code} ${text.title}`}>
          <Text span ff="monospace" fw={600} size="xs">
            {action.code}
          </Text>{' '}
          <span lang={text.titleLanguage}>{text.title}</span>
          <UntranslatedMark shown={text.titleLanguage} />
        </Text>
      </Box>
      <TimelineTrack today={today}>
        {bar ? (
          <Box
            role="img"
            aria-label={label}
            title={label}
            pos="absolute"
            top={6}
            h={ROW_HEIGHT - 12}
            style={{
              left: `${bar.offset}%`,
              width: `max(${bar.width}%, 4px)`,
              background: statusFill(action.status),
              borderRadius: 'var(--mantine-radius-sm)',
              outline: action.overdue
                ? `2px solid var(--mantine-color-${OVERDUE_COLOR}-7)`
                : undefined,
              outlineOffset: 1,
            }}
          />
        ) : (
          <Text size="xs" c="dimmed" role="img" aria-label={label}>
            {t('timeline.outside')}
          </Text>
        )}
      </TimelineTrack>
    </Box>
  );
}
