import { useMutation } from '@apollo/client/react';
import { Button, Group, List, Text } from '@mantine/core';
import { FieldMessage, MAX_SIDES, MIN_SIDES } from '@spilno/shared';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ProgrammeDetailFieldsFragment } from '../../../generated/graphql';
import { ConfirmModal } from '../../../ui/ConfirmModal';
import { firstFieldMessage } from '../../../ui/errors';
import { SectionPanel } from '../../../ui/SectionPanel';
import { useFormat } from '../../../ui/useFormat';
import { RemoveProgrammeSideMutation } from '../graphql/team';
import { SideModal } from './SideModal';

type Side = ProgrammeDetailFieldsFragment['sides'][number];

export interface ProgrammeSidesProps {
  programme: ProgrammeDetailFieldsFragment;
}

/** The regions taking part, each with its country; editable by those who may edit. */
export function ProgrammeSides({ programme }: ProgrammeSidesProps) {
  const { t } = useTranslation();
  const { t: tp } = useTranslation('programmes');
  const format = useFormat();
  const [editing, setEditing] = useState<Side | 'new' | null>(null);
  const [removing, setRemoving] = useState<Side | null>(null);
  const [failure, setFailure] = useState<unknown>(null);
  const [removeSide, { loading }] = useMutation(RemoveProgrammeSideMutation, {
    refetchQueries: ['Programme'],
    awaitRefetchQueries: true,
  });
  const sides = [...programme.sides].sort((a, b) => a.position - b.position);
  const canRemove = sides.length > MIN_SIDES;

  const handleRemove = async () => {
    if (!removing) return;
    setFailure(null);
    try {
      await removeSide({ variables: { id: removing.id } });
      setRemoving(null);
    } catch (error) {
      setFailure(error);
    }
  };

  const removalMessage = (() => {
    const message = firstFieldMessage(failure);
    if (message === FieldMessage.IN_USE) return tp('sides.inUse');
    if (message === FieldMessage.OUT_OF_RANGE) return tp('sides.minimum', { min: MIN_SIDES });
    return null;
  })();

  return (
    <SectionPanel
      headingId="programme-sides-heading"
      heading={t('programmes.sides')}
      action={
        programme.canEdit
          ? {
              label: tp('sides.add'),
              onClick: () => setEditing('new'),
              disabled: sides.length >= MAX_SIDES,
            }
          : null
      }
    >
      <List spacing="xs" listStyleType="none" p={0}>
        {sides.map((side) => (
          <List.Item key={side.id}>
            <Group justify="space-between" gap="xs" wrap="nowrap">
              <Text>
                {t('programmes.sideValue', {
                  name: side.name,
                  country: format.country(side.country),
                })}
              </Text>
              {programme.canEdit ? (
                <Group gap={4} wrap="nowrap">
                  <Button
                    size="compact-xs"
                    variant="subtle"
                    aria-label={tp('sides.edit', { name: side.name })}
                    onClick={() => setEditing(side)}
                  >
                    {tp('common.edit')}
                  </Button>
                  <Button
                    size="compact-xs"
                    variant="subtle"
                    color="red"
                    disabled={!canRemove}
                    aria-label={tp('sides.remove', { name: side.name })}
                    onClick={() => {
                      setFailure(null);
                      setRemoving(side);
                    }}
                  >
                    {tp('common.remove')}
                  </Button>
                </Group>
              ) : null}
            </Group>
          </List.Item>
        ))}
      </List>
      {programme.canEdit && !canRemove ? (
        <Text size="xs" c="dimmed" mt="xs">
          {tp('sides.minimum', { min: MIN_SIDES })}
        </Text>
      ) : null}

      {editing ? (
        <SideModal
          programmeId={programme.id}
          side={editing === 'new' ? null : editing}
          onClose={() => setEditing(null)}
        />
      ) : null}
      <ConfirmModal
        opened={removing !== null}
        title={tp('sides.removeTitle', { name: removing?.name ?? '' })}
        body={tp('sides.removeBody')}
        confirmLabel={tp('common.remove')}
        danger
        busy={loading}
        error={failure}
        errorMessage={removalMessage}
        onConfirm={() => void handleRemove()}
        onCancel={() => setRemoving(null)}
      />
    </SectionPanel>
  );
}
