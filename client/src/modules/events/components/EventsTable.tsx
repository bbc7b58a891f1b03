import { Anchor, Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { EventSummaryFragment } from '../../../generated/graphql';
import { useFormat } from '../../../ui/useFormat';
import { organisationName } from '../../organisations/public';
import { eventText } from '../eventText';
import type { EventsContext } from '../hooks/useEventsProgramme';
import { EventStatusBadge } from './EventStatusBadge';
import { EventTime } from './EventTime';
import { eventPath } from '../../../app/paths';
import { UntranslatedMark } from '../../localisation/public';

export interface EventsTableProps {
  context: EventsContext;
  events: readonly EventSummaryFragment[];
}

/** The programme's events by start; scrolls sideways on a phone. */
export function EventsTable({ context, events }: EventsTableProps) {
  const { t } = useTranslation('events');
  const format = useFormat();

  return (
    <Table.ScrollContainer minWidth={760}>
      <Table striped aria-label={t('list.label')} verticalSpacing="xs">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('list.columns.date')}</Table.Th>
            <Table.Th>{t('list.columns.type')}</Table.Th>
            <Table.Th>{t('list.columns.title')}</Table.Th>
            <Table.Th>{t('list.columns.organiser')}</Table.Th>
            <Table.Th>{t('list.columns.status')}</Table.Th>
            <Table.Th>{t('list.columns.attendees')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {events.map((event) => {
            const organiser = event.organiser ? context.partners.get(event.organiser.id) : null;
            const text = eventText(event, context.programme.languages, format.locale);
            return (
              <Table.Tr key={event.id}>
                <Table.Td>
                  <EventTime event={event} />
                </Table.Td>
                <Table.Td>{t(`enums.EventType.${event.type}`)}</Table.Td>
                <Table.Td>
                  <Anchor
                    component={Link}
                    to={eventPath(context.programme.id, event.id)}
                    lang={text.titleLanguage}
                  >
                    {text.title}
                  </Anchor>
                  <UntranslatedMark shown={text.titleLanguage} />
                </Table.Td>
                <Table.Td>
                  {organiser ? organisationName(organiser.organisation, format.locale) : '—'}
                </Table.Td>
                <Table.Td>
                  <EventStatusBadge status={event.status} />
                </Table.Td>
                <Table.Td>
                  <Stack gap={0}>
                    {event.attendees.map((row) => (
                      <Text key={row.sideId} size="sm">
                        {t('list.attendeesOfSide', {
                          side: context.sides.get(row.sideId)?.name ?? row.sideId,
                          count: format.number(row.count),
                        })}
                      </Text>
                    ))}
                  </Stack>
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
