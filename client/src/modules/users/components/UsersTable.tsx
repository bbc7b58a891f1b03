import { Badge, Table, VisuallyHidden } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { UserRowFieldsFragment } from '../../../generated/graphql';
import { useFormat } from '../../../ui/useFormat';
import { organisationName } from '../../organisations/public';
import { UserRowActions } from './UserRowActions';

export interface UsersTableProps {
  users: UserRowFieldsFragment[];
  currentUserId: string;
  onToggleActive: (user: UserRowFieldsFragment) => void;
  onResetPassword: (user: UserRowFieldsFragment) => void;
}

export function UsersTable({
  users,
  currentUserId,
  onToggleActive,
  onResetPassword,
}: UsersTableProps) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <Table.ScrollContainer minWidth={820}>
      <Table striped highlightOnHover verticalSpacing="sm" aria-label={t('users.title')}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('users.name')}</Table.Th>
            <Table.Th scope="col">{t('users.email')}</Table.Th>
            <Table.Th scope="col">{t('users.role')}</Table.Th>
            <Table.Th scope="col">{t('users.organisation')}</Table.Th>
            <Table.Th scope="col">{t('users.status')}</Table.Th>
            <Table.Th scope="col">{t('users.lastSignIn')}</Table.Th>
            <Table.Th scope="col">
              <VisuallyHidden>{t('common.actions')}</VisuallyHidden>
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {users.map((user) => (
            <Table.Tr key={user.id}>
              <Table.Td>{user.name}</Table.Td>
              <Table.Td>{user.email}</Table.Td>
              <Table.Td>{t(`enums.Role.${user.role}`)}</Table.Td>
              <Table.Td>
                {user.organisation
                  ? organisationName(user.organisation, format.locale)
                  : t('common.none')}
              </Table.Td>
              <Table.Td>
                <Badge variant="light" color={user.active ? 'green' : 'gray'}>
                  {user.active ? t('users.active') : t('users.inactive')}
                </Badge>
              </Table.Td>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>
                {user.lastSignInAt ? format.dateTime(user.lastSignInAt) : t('users.never')}
              </Table.Td>
              <Table.Td>
                <UserRowActions
                  user={user}
                  isSelf={user.id === currentUserId}
                  onToggleActive={onToggleActive}
                  onResetPassword={onResetPassword}
                />
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
