import { useApolloClient } from '@apollo/client/react';
import { Anchor, Badge, Button, Table, Text } from '@mantine/core';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { OrganisationQuery } from '../../../generated/graphql';
import { DataTable } from '../../../ui/DataTable';
import { SectionPanel } from '../../../ui/SectionPanel';
import { useFormat } from '../../../ui/useFormat';
import { organisationName } from '../organisationName';
import { AddMemberModal, EndMembershipModal } from './MembershipModals';
import { organisationPath } from '../../../app/paths';

type Association = NonNullable<OrganisationQuery['organisation']>;
type Membership = Association['members'][number];

export interface OrganisationMembersProps {
  association: Association;
  editable: boolean;
}

const HEADING_ID = 'organisation-members-heading';

/** An association's members, past and present, with the days they joined and left. */
export function OrganisationMembers({ association, editable }: OrganisationMembersProps) {
  const { t } = useTranslation('organisations');
  const format = useFormat();
  const client = useApolloClient();
  const [adding, setAdding] = useState(false);
  const [leaving, setLeaving] = useState<Membership | null>(null);
  const current = useMemo(
    () =>
      new Set(
        association.members
          .filter((membership) => !membership.leftOn)
          .map((membership) => membership.member.id),
      ),
    [association.members],
  );
  // Current members first, then by the day they joined.
  const members = [...association.members].sort(
    (a, b) =>
      Number(Boolean(a.leftOn)) - Number(Boolean(b.leftOn)) || a.joinedOn.localeCompare(b.joinedOn),
  );
  const nameOf = (membership: Membership) => organisationName(membership.member, format.locale);

  return (
    <SectionPanel
      headingId={HEADING_ID}
      heading={t('members.heading')}
      action={editable ? { label: t('members.add'), onClick: () => setAdding(true) } : null}
    >
      {members.length === 0 ? (
        <Text c="dimmed">{t('members.none')}</Text>
      ) : (
        <DataTable
          minWidth={600}
          maxHeight={480}
          striped
          stickyHeader
          verticalSpacing="xs"
          aria-labelledby={HEADING_ID}
          columns={[
            t('members.member'),
            t('members.joinedOn'),
            t('members.leftOn'),
            editable && t('common.actions', { ns: 'translation' }),
          ]}
        >
          {members.map((membership) => (
            <Table.Tr key={membership.id}>
              <Table.Td>
                <Anchor component={Link} to={organisationPath(membership.member.id)}>
                  {nameOf(membership)}
                </Anchor>
              </Table.Td>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>
                {format.date(membership.joinedOn)}
              </Table.Td>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>
                {membership.leftOn ? (
                  format.date(membership.leftOn)
                ) : (
                  <Badge color="green" variant="light">
                    {t('members.current')}
                  </Badge>
                )}
              </Table.Td>
              {editable ? (
                <Table.Td>
                  <Button
                    size="compact-xs"
                    variant="subtle"
                    aria-label={t('members.recordLeaving', { name: nameOf(membership) })}
                    onClick={() => setLeaving(membership)}
                  >
                    {membership.leftOn ? t('members.changeLeaving') : t('members.leave')}
                  </Button>
                </Table.Td>
              ) : null}
            </Table.Tr>
          ))}
        </DataTable>
      )}

      {adding ? (
        <AddMemberModal
          associationId={association.id}
          memberIds={current}
          onClose={() => setAdding(false)}
        />
      ) : null}
      {leaving ? (
        <EndMembershipModal
          membership={leaving}
          memberName={nameOf(leaving)}
          onClose={() => setLeaving(null)}
          onReload={() => {
            setLeaving(null);
            void client.refetchQueries({ include: ['Organisation'] });
          }}
        />
      ) : null}
    </SectionPanel>
  );
}
