import { useMutation, useQuery } from '@apollo/client/react';
import { Anchor, Button, Group, List, Paper, Select, Stack, Text, Title } from '@mantine/core';
import { FieldMessage } from '@spilno/shared';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ProgrammeDetailFieldsFragment } from '../../../generated/graphql';
import { ConfirmModal } from '../../../ui/ConfirmModal';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { firstFieldMessage } from '../../../ui/errors';
import { useCurrentUser } from '../../auth/public';
import {
  AddCoordinatorMutation,
  CoordinatorCandidatesQuery,
  RemoveCoordinatorMutation,
} from '../graphql/team';

type Coordinator = ProgrammeDetailFieldsFragment['coordinators'][number];

export interface ProgrammeCoordinatorsProps {
  programme: ProgrammeDetailFieldsFragment;
}

const CANDIDATE_LIMIT = 200;
const REFETCH = { refetchQueries: ['Programme'], awaitRefetchQueries: true };

/**
 * Who coordinates the programme. The picker needs both the programme's addCoordinator and
 * the listing of accounts (manageUsers), so coordinators who cannot list accounts get none;
 * they can still step others down.
 */
export function ProgrammeCoordinators({ programme }: ProgrammeCoordinatorsProps) {
  const { t } = useTranslation('programmes');
  const user = useCurrentUser();
  const canAdd = programme.viewerCan.addCoordinator && user.viewerCan.manageUsers;
  const [candidate, setCandidate] = useState<string | null>(null);
  const [removing, setRemoving] = useState<Coordinator | null>(null);
  const [addFailure, setAddFailure] = useState<unknown>(null);
  const [removeFailure, setRemoveFailure] = useState<unknown>(null);
  const candidates = useQuery(CoordinatorCandidatesQuery, {
    variables: { limit: CANDIDATE_LIMIT },
    skip: !canAdd,
  });
  const [addCoordinator, added] = useMutation(AddCoordinatorMutation, REFETCH);
  const [removeCoordinator, removed] = useMutation(RemoveCoordinatorMutation, REFETCH);

  const current = new Set(programme.coordinators.map((coordinator) => coordinator.id));
  const options = (candidates.data?.users.items ?? [])
    .filter((account) => account.active && !current.has(account.id))
    .map((account) => ({ value: account.id, label: `${account.name} (${account.email})` }));

  const handleAdd = async () => {
    if (!candidate) return;
    setAddFailure(null);
    try {
      await addCoordinator({ variables: { programmeId: programme.id, userId: candidate } });
      setCandidate(null);
    } catch (error) {
      setAddFailure(error);
    }
  };

  const handleRemove = async () => {
    if (!removing) return;
    setRemoveFailure(null);
    try {
      await removeCoordinator({ variables: { programmeId: programme.id, userId: removing.id } });
      setRemoving(null);
    } catch (error) {
      setRemoveFailure(error);
    }
  };

  return (
    <Paper withBorder p="md" component="section" aria-labelledby="programme-coordinators-heading">
      <Title order={2} size="h4" id="programme-coordinators-heading" mb="xs">
        {t('coordinators.heading')}
      </Title>
      {programme.coordinators.length === 0 ? (
        <Text c="dimmed">{t('coordinators.none')}</Text>
      ) : (
        <List spacing="xs" listStyleType="none" p={0}>
          {programme.coordinators.map((coordinator) => (
            <List.Item key={coordinator.id}>
              <Group justify="space-between" gap="xs" wrap="nowrap">
                <div>
                  <Text>{coordinator.name}</Text>
                  <Anchor href={`mailto:${coordinator.email}`} size="sm">
                    {coordinator.email}
                  </Anchor>
                </div>
                {programme.canEdit ? (
                  <Button
                    size="compact-xs"
                    variant="subtle"
                    color="red"
                    disabled={programme.coordinators.length <= 1}
                    aria-label={t('coordinators.remove', { name: coordinator.name })}
                    onClick={() => {
                      setRemoveFailure(null);
                      setRemoving(coordinator);
                    }}
                  >
                    {t('common.remove')}
                  </Button>
                ) : null}
              </Group>
            </List.Item>
          ))}
        </List>
      )}

      {canAdd ? (
        <Stack gap="xs" mt="md">
          <Group align="flex-end" gap="sm">
            <Select
              label={t('coordinators.add')}
              placeholder={t('coordinators.pick')}
              data={options}
              value={candidate}
              onChange={setCandidate}
              searchable
              nothingFoundMessage={t('coordinators.noCandidates')}
              style={{ flex: 1 }}
              miw={200}
            />
            <Button onClick={() => void handleAdd()} disabled={!candidate} loading={added.loading}>
              {t('common.add')}
            </Button>
          </Group>
          {addFailure ? <ErrorAlert error={addFailure} /> : null}
        </Stack>
      ) : programme.viewerCan.addCoordinator ? (
        <Text size="xs" c="dimmed" mt="sm">
          {t('coordinators.adminOnly')}
        </Text>
      ) : null}

      <ConfirmModal
        opened={removing !== null}
        title={t('coordinators.removeTitle', { name: removing?.name ?? '' })}
        confirmLabel={t('common.remove')}
        danger
        busy={removed.loading}
        error={removeFailure}
        errorMessage={
          firstFieldMessage(removeFailure) === FieldMessage.IN_USE
            ? t('coordinators.lastOne')
            : null
        }
        onConfirm={() => void handleRemove()}
        onCancel={() => setRemoving(null)}
      />
    </Paper>
  );
}
