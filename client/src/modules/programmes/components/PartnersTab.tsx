import { useMutation } from '@apollo/client/react';
import { Button, Group, Stack, Table, Text, Title } from '@mantine/core';
import { FieldMessage } from '@spilno/shared';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ProgrammeDetailFieldsFragment } from '../../../generated/graphql';
import { ConfirmModal } from '../../../ui/ConfirmModal';
import { DataTable } from '../../../ui/DataTable';
import { firstFieldMessage } from '../../../ui/errors';
import { useFormat } from '../../../ui/useFormat';
import { organisationName } from '../../organisations/public';
import { RemovePartnerMutation } from '../graphql/team';
import { useReloadProgramme } from '../hooks/useReloadProgramme';
import { AddPartnerModal } from './AddPartnerModal';
import { EditPartnerModal } from './EditPartnerModal';

type Partner = ProgrammeDetailFieldsFragment['partners'][number];

export interface PartnersTabProps {
  programme: ProgrammeDetailFieldsFragment;
}

/** The organisations taking part, side by side; those who may edit add, move and remove them. */
export function PartnersTab({ programme }: PartnersTabProps) {
  const { t } = useTranslation();
  const { t: tp } = useTranslation('programmes');
  const format = useFormat();
  const reload = useReloadProgramme();
  const [adding, setAdding] = useState(false);
  const [editing, setEditing] = useState<Partner | null>(null);
  const [removing, setRemoving] = useState<Partner | null>(null);
  const [failure, setFailure] = useState<unknown>(null);
  const [removePartner, { loading }] = useMutation(RemovePartnerMutation, {
    refetchQueries: ['Programme'],
    awaitRefetchQueries: true,
  });
  const sides = [...programme.sides].sort((a, b) => a.position - b.position);
  const nameOf = (partner: Partner) => organisationName(partner.organisation, format.locale);

  const handleRemove = async () => {
    if (!removing) return;
    setFailure(null);
    try {
      await removePartner({ variables: { id: removing.id, version: removing.version } });
      setRemoving(null);
    } catch (error) {
      setFailure(error);
    }
  };

  return (
    <Stack gap="lg">
      <Group justify="space-between">
        <Title order={2} size="h3">
          {tp('partners.heading')}
        </Title>
        {programme.canEdit ? (
          <Button onClick={() => setAdding(true)}>{tp('partners.add')}</Button>
        ) : null}
      </Group>
      {sides.map((side) => {
        const partners = programme.partners.filter((partner) => partner.side.id === side.id);
        const headingId = `partners-side-${side.id}`;
        return (
          <section key={side.id} aria-labelledby={headingId}>
            <Title order={3} size="h4" id={headingId} mb="xs">
              {t('programmes.sideValue', {
                name: side.name,
                country: format.country(side.country),
              })}
            </Title>
            {partners.length === 0 ? (
              <Text c="dimmed">{tp('partners.noneOnSide')}</Text>
            ) : (
              <DataTable
                minWidth={560}
                striped
                verticalSpacing="sm"
                aria-labelledby={headingId}
                columns={[
                  tp('partners.organisation'),
                  tp('partners.country'),
                  tp('partners.role'),
                  programme.canEdit && t('common.actions'),
                ]}
              >
                {partners.map((partner) => (
                  <Table.Tr key={partner.id}>
                    <Table.Th scope="row" fw={400}>
                      {nameOf(partner)}
                      <Text size="xs" c="dimmed">
                        {t(`enums.OrganisationKind.${partner.organisation.kind}`)}
                      </Text>
                    </Table.Th>
                    <Table.Td>{format.country(partner.organisation.country)}</Table.Td>
                    <Table.Td>{t(`enums.PartnerRole.${partner.role}`)}</Table.Td>
                    {programme.canEdit ? (
                      <Table.Td>
                        <Group gap={4} wrap="nowrap">
                          <Button
                            size="compact-sm"
                            variant="subtle"
                            aria-label={tp('partners.edit', { name: nameOf(partner) })}
                            onClick={() => setEditing(partner)}
                          >
                            {tp('common.edit')}
                          </Button>
                          <Button
                            size="compact-sm"
                            variant="subtle"
                            color="red"
                            aria-label={tp('partners.remove', { name: nameOf(partner) })}
                            onClick={() => {
                              setFailure(null);
                              setRemoving(partner);
                            }}
                          >
                            {tp('common.remove')}
                          </Button>
                        </Group>
                      </Table.Td>
                    ) : null}
                  </Table.Tr>
                ))}
              </DataTable>
            )}
          </section>
        );
      })}

      {adding ? <AddPartnerModal programme={programme} onClose={() => setAdding(false)} /> : null}
      {editing ? (
        <EditPartnerModal
          programme={programme}
          partner={editing}
          onClose={() => setEditing(null)}
        />
      ) : null}
      <ConfirmModal
        opened={removing !== null}
        title={tp('partners.removeTitle', { name: removing ? nameOf(removing) : '' })}
        body={tp('partners.removeBody')}
        confirmLabel={tp('common.remove')}
        danger
        busy={loading}
        error={failure}
        errorMessage={
          firstFieldMessage(failure) === FieldMessage.IN_USE ? tp('partners.inUse') : null
        }
        onConfirm={() => void handleRemove()}
        onCancel={() => setRemoving(null)}
        onReload={() => void reload().then(() => setRemoving(null))}
      />
    </Stack>
  );
}
