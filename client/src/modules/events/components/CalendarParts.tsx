import { ActionIcon, Anchor, Group, Title } from '@mantine/core';
import { Link } from 'react-router';
import { UntranslatedMark } from '../../localisation/public';
import type { DayEvent } from '../hooks/useEventsByDay';
import { eventPath } from '../../../app/paths';

export interface CalendarPagerProps {
  /** The period shown, e.g. the month or the week's range. */
  label: string;
  previousLabel: string;
  nextLabel: string;
  onPrevious: () => void;
  onNext: () => void;
}

/** The period a calendar shows, between the buttons that step to the one before and after. */
export function CalendarPager({
  label,
  previousLabel,
  nextLabel,
  onPrevious,
  onNext,
}: CalendarPagerProps) {
  return (
    <Group justify="space-between">
      <ActionIcon variant="default" aria-label={previousLabel} onClick={onPrevious}>
        ‹
      </ActionIcon>
      <Title order={3} size="h4">
        {label}
      </Title>
      <ActionIcon variant="default" aria-label={nextLabel} onClick={onNext}>
        ›
      </ActionIcon>
    </Group>
  );
}

export interface CalendarEventLinkProps {
  programmeId: string;
  entry: Pick<DayEvent, 'event' | 'text'>;
  /** How many lines of the title the cell has room for. */
  lines: number;
}

/** An event's title in a calendar cell, linking to its page, marked where untranslated. */
export function CalendarEventLink({ programmeId, entry, lines }: CalendarEventLinkProps) {
  const { event, text } = entry;
  return (
    <>
      <Anchor
        component={Link}
        to={eventPath(programmeId, event.id)}
        size="xs"
        lineClamp={lines}
        display="block"
        lang={text.titleLanguage}
        style={{ wordBreak: 'break-word' }}
      >
        {text.title}
      </Anchor>
      <UntranslatedMark shown={text.titleLanguage} />
    </>
  );
}
