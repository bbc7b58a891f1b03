import { useQuery } from '@apollo/client/react';
import { Anchor, Button, Card, Group, List, Stack, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { RecordUnavailable } from '../../../pages/RecordUnavailable';
import { DetailItem } from '../../../ui/DetailItem';
import { LoadingState } from '../../../ui/LoadingState';
import { useFormat } from '../../../ui/useFormat';
import { organisationName } from '../../organisations/public';
import { TranslationMark } from '../../programmes/public';
import { eventText } from '../eventText';
import { EventQuery } from '../graphql/events';
import { useEventsProgramme } from '../hooks/useEventsProgramme';
import { EventAttachments } from './EventAttachments';
import { EventFormModal } from './EventFormModal';
import { EventStatusBadge } from './EventStatusBadge';
import { EventTime } from './EventTime';
import { programmePath } from '../../../app/paths';

/** One event with everything logged about it; editable by those who may. */
export function EventPage() {
  const { t } = useTranslation('events');
  const format = useFormat();
  const { id = '', eventId = '' } = useParams();
  const programme = useEventsProgramme(id);
  const query = useQuery(EventQuery, { variables: { id: eventId } });
  const [editing, setEditing] = useState(false);
  const [notice, setNotice] = useState('');
  const context = programme.context;
  const event = query.data?.event ?? null;

  if ((query.loading && !query.data) || (programme.loading && !context)) return <LoadingState />;
  const error = query.error ?? programme.error;
  if (!event || !context || event.programmeId !== context.programme.id) {
    return (
      <RecordUnavailable
        error={error}
        onRetry={() => void query.refetch()}
        title={t('page.notFoundTitle')}
        description={t('page.notFoundBody')}
      />
    );
  }

  const none = t('page.none');
  const text = eventText(event, context.programme.languages, format.locale);
  const organiser = event.organiser ? context.partners.get(event.organiser.id) : null;
  const counts = new Map(event.attendees.map((row) => [row.sideId, row.count]));
  const handleReload = () => {
    setEditing(false);
    void query.refetch();
  };

  return (
    <Stack gap="md">
      <Anchor component={Link} to={programmePath(context.programme.id, 'events')} size="sm">
        ← {t('page.back', { code: context.programme.code })}
      </Anchor>
      <Group justify="space-between" align="flex-start">
        <Stack gap={4}>
          <Text size="sm" c="dimmed">
            {t(`enums.EventType.${event.type}`)}
          </Text>
          <Title order={1} lang={text.titleLanguage}>
            {text.title}
          </Title>
          {text.missing ? (
            <Group gap="xs">
              <TranslationMark
                missing={format.locale}
                shown={
                  text.titleLanguage !== format.locale ? text.titleLanguage : text.summaryLanguage
                }
              />
            </Group>
          ) : null}
        </Stack>
        <Group gap="sm">
          <EventStatusBadge status={event.status} />
          {event.viewerCan.edit ? (
            <Button onClick={() => setEditing(true)}>{t('page.edit')}</Button>
          ) : null}
        </Group>
      </Group>
      <Text role="status" size="sm" c="teal" aria-live="polite">
        {notice}
      </Text>
      <Card withBorder>
        <Stack gap="sm">
          <DetailItem label={t('page.when')}>
            <EventTime event={event} />
          </DetailItem>
          <DetailItem label={t('page.timeZone')}>{event.timeZone}</DetailItem>
          <DetailItem label={t('page.format')}>{t(`enums.EventFormat.${event.format}`)}</DetailItem>
          <DetailItem label={t('page.venue')}>{event.venue ?? none}</DetailItem>
          {event.onlineLink ? (
            <DetailItem label={t('page.onlineLink')}>
              <Anchor href={event.onlineLink} target="_blank" rel="noreferrer">
                {event.onlineLink}
              </Anchor>
            </DetailItem>
          ) : null}
          <DetailItem label={t('page.organiser')}>
            {organiser ? organisationName(organiser.organisation, format.locale) : none}
          </DetailItem>
          <DetailItem label={t('page.action')}>
            {event.action ? (
              <Anchor component={Link} to={programmePath(context.programme.id, 'plan')}>
                {event.action.code} {event.action.title}
              </Anchor>
            ) : (
              none
            )}
          </DetailItem>
          <DetailItem label={t('page.participants')}>
            {event.participants.length > 0
              ? event.participants.map((org) => organisationName(org, format.locale)).join(', ')
              : none}
          </DetailItem>
          <DetailItem label={t('page.description')}>
            {text.summary ? (
              <span lang={text.summaryLanguage} style={{ whiteSpace: 'pre-wrap' }}>
                {text.summary}
              </span>
            ) : (
              none
            )}
          </DetailItem>
        </Stack>
      </Card>
      <Title order={2} size="h3">
        {t('page.attendees')}
      </Title>
      <Table aria-label={t('page.attendees')} maw={480}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('page.side')}</Table.Th>
            <Table.Th ta="right">{t('page.count')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {[...context.sides.values()].map((side) => (
            <Table.Tr key={side.id}>
              <Table.Td>{side.name}</Table.Td>
              <Table.Td ta="right">
                {counts.has(side.id) ? format.number(counts.get(side.id) ?? 0) : none}
              </Table.Td>
            </Table.Tr>
          ))}
          <Table.Tr>
            <Table.Th>{t('page.total')}</Table.Th>
            <Table.Th ta="right">{format.number(event.totalAttendees)}</Table.Th>
          </Table.Tr>
        </Table.Tbody>
      </Table>
      <Title order={2} size="h3">
        {t('page.outcomes')}
      </Title>
      <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
        {event.outcomes ?? none}
      </Text>
      <Title order={2} size="h3">
        {t('page.agenda')}
      </Title>
      {event.agenda.length > 0 ? (
        <List type="ordered" spacing="xs">
          {event.agenda.map((item, index) => (
            <List.Item key={index}>
              <Text size="sm">{item.title}</Text>
              {item.decision ? (
                <Text size="sm" c="dimmed">
                  {t('page.decision', { decision: item.decision })}
                </Text>
              ) : null}
            </List.Item>
          ))}
        </List>
      ) : (
        <Text size="sm">{none}</Text>
      )}
      <EventAttachments eventId={event.id} editable={event.viewerCan.attach} />
      {editing ? (
        <EventFormModal
          context={context}
          mode={{ kind: 'edit', event }}
          onClose={() => setEditing(false)}
          onReload={handleReload}
          onSaved={() => {
            setEditing(false);
            setNotice(t('page.saved'));
          }}
        />
      ) : null}
    </Stack>
  );
}
