import { Badge, Card, Group, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { PublicProgrammeQuery } from '../../../generated/graphql';
import { ShowMoreButton } from '../../../ui/ShowMoreButton';
import { EventTime } from '../../events/public';

type Event = NonNullable<PublicProgrammeQuery['publicProgramme']>['events'][number];

export interface PublicEventsProps {
  /** The latest held events. */
  rows: readonly Event[];
  /** Whether earlier ones were held too. */
  more: boolean;
  onMore: () => void;
  loading: boolean;
}

/** Held events, latest first, with their outcomes: what the cooperation has done. */
export function PublicEvents({ rows: events, more, onMore, loading }: PublicEventsProps) {
  const { t } = useTranslation('public-site');
  const { t: tEvents } = useTranslation('events');
  if (events.length === 0) return <Text c="dimmed">{t('events.empty')}</Text>;
  return (
    <Stack gap="sm">
      {events.map((event) => (
        <Card key={`${event.startsAt}-${event.title}`} withBorder padding="md" component="article">
          <Group gap="xs" mb={4}>
            <Badge variant="light">{tEvents(`enums.EventType.${event.type}`)}</Badge>
          </Group>
          <Title order={3} size="h5">
            {event.title}
          </Title>
          <EventTime event={event} />
          {event.venue || event.organiser ? (
            <Text size="sm" c="dimmed">
              {[event.venue, event.organiser].filter(Boolean).join(' · ')}
            </Text>
          ) : null}
          {event.outcomes ? (
            <Text size="sm" mt="xs" style={{ whiteSpace: 'pre-line' }}>
              <Text span fw={600}>
                {t('events.outcomes')}:
              </Text>{' '}
              {event.outcomes}
            </Text>
          ) : null}
        </Card>
      ))}
      <ShowMoreButton more={more} onMore={onMore} label={t('events.earlier')} loading={loading} />
    </Stack>
  );
}
