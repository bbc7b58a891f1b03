import { useMutation } from '@apollo/client/react';
import { Button, Table, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ProgrammeDetailFieldsFragment } from '../../../generated/graphql';
import { ConfirmModal } from '../../../ui/ConfirmModal';
import { DataTable } from '../../../ui/DataTable';
import { SectionPanel } from '../../../ui/SectionPanel';
import { useFormat } from '../../../ui/useFormat';
import { organisationName } from '../../organisations/public';
import { RemoveSignatoryMutation } from '../graphql/team';
import { SignatoryModal } from './SignatoryModal';

type Signatory = ProgrammeDetailFieldsFragment['signatories'][number];

export interface ProgrammeSignatoriesProps {
  programme: ProgrammeDetailFieldsFragment;
}

const HEADING_ID = 'programme-signatories-heading';

/** The people who signed the programme, on behalf of which organisation and when. */
export function ProgrammeSignatories({ programme }: ProgrammeSignatoriesProps) {
  const { t } = useTranslation('programmes');
  const format = useFormat();
  const none = t('common.none', { ns: 'translation' });
  const [adding, setAdding] = useState(false);
  const [removing, setRemoving] = useState<Signatory | null>(null);
  const [failure, setFailure] = useState<unknown>(null);
  const [removeSignatory, { loading }] = useMutation(RemoveSignatoryMutation, {
    refetchQueries: ['Programme'],
    awaitRefetchQueries: true,
  });

  const handleRemove = async () => {
    if (!removing) return;
    setFailure(null);
    try {
      await removeSignatory({ variables: { id: removing.id } });
      setRemoving(null);
    } catch (error) {
      setFailure(error);
    }
  };

  return (
    <SectionPanel
      headingId={HEADING_ID}
      heading={t('signatories.heading')}
      action={
        programme.canEdit ? { label: t('signatories.add'), onClick: () => setAdding(true) } : null
      }
    >
      {programme.signatories.length === 0 ? (
        <Text c="dimmed">{t('signatories.none')}</Text>
      ) : (
        <DataTable
          minWidth={560}
          verticalSpacing="xs"
          aria-labelledby={HEADING_ID}
          columns={[
            t('signatories.person'),
            t('signatories.position'),
            t('signatories.organisation'),
            t('signatories.signedOn'),
            programme.canEdit && t('common.actions', { ns: 'translation' }),
          ]}
        >
          {programme.signatories.map((signatory) => (
            <Table.Tr key={signatory.id}>
              <Table.Td>{signatory.person}</Table.Td>
              <Table.Td>{signatory.position ?? none}</Table.Td>
              <Table.Td>
                {signatory.organisation
                  ? organisationName(signatory.organisation, format.locale)
                  : none}
              </Table.Td>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>
                {signatory.signedOn ? format.date(signatory.signedOn) : none}
              </Table.Td>
              {programme.canEdit ? (
                <Table.Td>
                  <Button
                    size="compact-xs"
                    variant="subtle"
                    color="red"
                    aria-label={t('signatories.remove', { name: signatory.person })}
                    onClick={() => {
                      setFailure(null);
                      setRemoving(signatory);
                    }}
                  >
                    {t('common.remove')}
                  </Button>
                </Table.Td>
              ) : null}
            </Table.Tr>
          ))}
        </DataTable>
      )}

      {adding ? (
        <SignatoryModal programmeId={programme.id} onClose={() => setAdding(false)} />
      ) : null}
      <ConfirmModal
        opened={removing !== null}
        title={t('signatories.removeTitle', { name: removing?.person ?? '' })}
        confirmLabel={t('common.remove')}
        danger
        busy={loading}
        error={failure}
        onConfirm={() => void handleRemove()}
        onCancel={() => setRemoving(null)}
      />
    </SectionPanel>
  );
}
