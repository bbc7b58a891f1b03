import { useMutation, useQuery } from '@apollo/client/react';
import { ActionIcon, Anchor, Button, Group, List, Select, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { TwinningDetailsFragment } from '../../../generated/graphql';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { useFormat } from '../../../ui/useFormat';
import {
  LinkTwinningEventMutation,
  TwinningEventOptionsQuery,
  UnlinkTwinningEventMutation,
} from '../graphql/twinning';
import { eventPath } from '../../../app/paths';

export interface TwinningEventsProps {
  relation: TwinningDetailsFragment;
}

/**
 * Events held under the relation (visits, signings, joint festivals). Those who may change
 * the relation link events of its programme and unlink any.
 */
export function TwinningEvents({ relation }: TwinningEventsProps) {
  const { t } = useTranslation('twinning');
  const format = useFormat();
  const [chosen, setChosen] = useState<string | null>(null);
  const [link, linking] = useMutation(LinkTwinningEventMutation);
  const [unlink, unlinking] = useMutation(UnlinkTwinningEventMutation);
  const programmeId = relation.programmeId ?? null;
  const options = useQuery(TwinningEventOptionsQuery, {
    variables: { programmeId: programmeId ?? '' },
    skip: !relation.canChange || !programmeId,
  });
  const linked = new Set(relation.events.map((e) => e.id));
  const choices = (options.data?.events.items ?? [])
    .filter((event) => !linked.has(event.id))
    .map((event) => ({
      value: event.id,
      label: `${format.date(event.startsAt.slice(0, 10))} · ${event.title}`,
    }));

  const handleLink = async () => {
    if (!chosen) return;
    try {
      await link({ variables: { id: relation.id, eventId: chosen } });
      setChosen(null);
    } catch {
      // Shown below through linking.error.
    }
  };

  return (
    <section aria-labelledby="twinning-events">
      <Stack gap="sm">
        <Title order={2} size="h3" id="twinning-events">
          {t('events.title')}
        </Title>
        {relation.events.length === 0 ? (
          <Text size="sm">{t('events.empty')}</Text>
        ) : (
          <List spacing="xs">
            {relation.events.map((event) => (
              <List.Item key={event.id}>
                <Group gap="xs" wrap="nowrap">
                  <Anchor component={Link} to={eventPath(event.programmeId, event.id)} size="sm">
                    {format.dateTime(event.startsAt)} · {event.title}
                  </Anchor>
                  {relation.canChange ? (
                    <ActionIcon
                      variant="subtle"
                      color="red"
                      aria-label={t('events.unlink', { title: event.title })}
                      loading={unlinking.loading}
                      onClick={() =>
                        void unlink({ variables: { id: relation.id, eventId: event.id } }).catch(
                          () => undefined,
                        )
                      }
                    >
                      <span aria-hidden="true">×</span>
                    </ActionIcon>
                  ) : null}
                </Group>
              </List.Item>
            ))}
          </List>
        )}
        {relation.canChange && programmeId ? (
          <Group align="flex-end" gap="sm">
            <Select
              label={t('events.choose')}
              placeholder={t('events.choosePlaceholder')}
              data={choices}
              value={chosen}
              onChange={setChosen}
              searchable
              nothingFoundMessage={t('events.noneToLink')}
              style={{ flex: 1, minWidth: 220 }}
            />
            <Button onClick={() => void handleLink()} loading={linking.loading} disabled={!chosen}>
              {t('events.link')}
            </Button>
          </Group>
        ) : null}
        {linking.error || unlinking.error ? (
          <ErrorAlert error={linking.error ?? unlinking.error} />
        ) : null}
      </Stack>
    </section>
  );
}
