import { useMutation } from '@apollo/client/react';
import { Button, Table, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DeclaredMembersFieldsFragment } from '../../../generated/graphql';
import { ConfirmModal } from '../../../ui/ConfirmModal';
import { DataTable } from '../../../ui/DataTable';
import { SectionPanel } from '../../../ui/SectionPanel';
import { useFormat } from '../../../ui/useFormat';
import { RemoveDeclaredMembersMutation } from '../graphql/organisations';
import { DeclareMembersModal } from './DeclareMembersModal';

export interface DeclaredMembersSectionProps {
  associationId: string;
  /** Latest first, as the server gives them. */
  figures: readonly DeclaredMembersFieldsFragment[];
  editable: boolean;
}

const HEADING_ID = 'organisation-declared-heading';

/** The member counts an association declared, by date, with their shares and sources. */
export function DeclaredMembersSection({
  associationId,
  figures,
  editable,
}: DeclaredMembersSectionProps) {
  const { t } = useTranslation('organisations');
  const format = useFormat();
  const [adding, setAdding] = useState(false);
  const [removing, setRemoving] = useState<DeclaredMembersFieldsFragment | null>(null);
  const [remove, removal] = useMutation(RemoveDeclaredMembersMutation, {
    refetchQueries: ['Organisation'],
    awaitRefetchQueries: true,
  });
  const percent = new Intl.NumberFormat(format.locale, { maximumFractionDigits: 1 });
  const unknown = t('declared.unknown');

  const handleRemove = async () => {
    if (!removing) return;
    await remove({ variables: { id: removing.id } });
    setRemoving(null);
  };

  return (
    <SectionPanel
      headingId={HEADING_ID}
      heading={t('declared.heading')}
      action={editable ? { label: t('declared.add'), onClick: () => setAdding(true) } : null}
    >
      <Text size="sm" c="dimmed" mb="xs">
        {figures.length === 0 ? t('declared.none') : t('declared.intro')}
      </Text>
      {figures.length > 0 ? (
        <DataTable
          minWidth={600}
          striped
          verticalSpacing="xs"
          aria-labelledby={HEADING_ID}
          columns={[
            t('declared.asOf'),
            t('declared.count'),
            t('declared.eligibleCount'),
            t('declared.percent'),
            t('declared.source'),
            editable && t('common.actions', { ns: 'translation' }),
          ]}
        >
          {figures.map((figure) => (
            <Table.Tr key={figure.id}>
              <Table.Th scope="row" fw="normal">
                {format.date(figure.asOf)}
              </Table.Th>
              <Table.Td>{format.number(figure.count)}</Table.Td>
              <Table.Td>
                {figure.eligibleCount === null ? unknown : format.number(figure.eligibleCount)}
              </Table.Td>
              <Table.Td>
                {figure.percent === null ? unknown : `${percent.format(figure.percent)} %`}
                {figure.statedPercent !== null ? (
                  <Text span size="xs" c="dimmed">
                    {' '}
                    ({t('declared.stated')})
                  </Text>
                ) : null}
              </Table.Td>
              <Table.Td>
                <Text size="sm">{figure.source ?? unknown}</Text>
              </Table.Td>
              {editable ? (
                <Table.Td>
                  <Button
                    size="xs"
                    variant="subtle"
                    color="red"
                    aria-label={t('declared.removeLabel', { date: format.date(figure.asOf) })}
                    onClick={() => setRemoving(figure)}
                  >
                    {t('declared.remove')}
                  </Button>
                </Table.Td>
              ) : null}
            </Table.Tr>
          ))}
        </DataTable>
      ) : null}
      {adding ? (
        <DeclareMembersModal associationId={associationId} onClose={() => setAdding(false)} />
      ) : null}
      <ConfirmModal
        opened={removing !== null}
        title={t('declared.removeTitle', { date: removing ? format.date(removing.asOf) : '' })}
        body={t('declared.removeBody')}
        confirmLabel={t('declared.remove')}
        danger
        busy={removal.loading}
        error={removal.error}
        onConfirm={() => void handleRemove().catch(() => undefined)}
        onCancel={() => setRemoving(null)}
      />
    </SectionPanel>
  );
}
