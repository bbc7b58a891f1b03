import { useQuery } from '@apollo/client/react';
import { Alert, Button, Stack } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { Role } from '@spilno/shared';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { UserRowFieldsFragment } from '../../../generated/graphql';
import { EmptyMessage } from '../../../ui/EmptyMessage';
import { parseEnum } from '../../../ui/enums';
import { EnumFilter, FilterBar } from '../../../ui/FilterBar';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { LoadingState } from '../../../ui/LoadingState';
import { PageHeader } from '../../../ui/PageHeader';
import { SearchInput } from '../../../ui/SearchInput';
import { TablePagination } from '../../../ui/TablePagination';
import { useFormat } from '../../../ui/useFormat';
import { useListParams } from '../../../ui/useListParams';
import { useCurrentUser } from '../../auth/public';
import { UsersQuery } from '../graphql/users';
import { useUserActivation } from '../hooks/useUserActivation';
import { CreateUserModal } from './CreateUserModal';
import { DeactivateUserModal } from './DeactivateUserModal';
import { ResetPasswordModal } from './ResetPasswordModal';
import { UsersTable } from './UsersTable';

const FILTERS = ['q', 'role'] as const;
const ROLES = Object.values(Role);

export function UsersPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const currentUser = useCurrentUser();
  const list = useListParams(FILTERS);
  const search = list.filters.q ?? '';
  const role = parseEnum(ROLES, list.filters.role);
  const [createOpened, createModal] = useDisclosure(false);
  const [resetTarget, setResetTarget] = useState<UserRowFieldsFragment | null>(null);
  const [deactivateTarget, setDeactivateTarget] = useState<UserRowFieldsFragment | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const activation = useUserActivation();

  const { data, previousData, loading, error, refetch } = useQuery(UsersQuery, {
    variables: { search: search || null, role, limit: list.limit, offset: list.offset },
  });
  const page = (data ?? previousData)?.users;

  const handleToggleActive = (user: UserRowFieldsFragment) => {
    setNotice(null);
    if (user.active) setDeactivateTarget(user);
    else void changeActive(user, true);
  };

  const changeActive = async (user: UserRowFieldsFragment, active: boolean) => {
    const accepted = await activation.setActive(user, active);
    setDeactivateTarget(null);
    if (accepted) {
      setNotice(t(active ? 'users.activated' : 'users.deactivated', { name: user.name }));
    }
  };

  const handleReload = () => {
    activation.clearError();
    void refetch();
  };

  const handleCreated = (user: UserRowFieldsFragment) => {
    createModal.close();
    setNotice(t('users.created', { name: user.name }));
  };

  const handlePasswordReset = (user: UserRowFieldsFragment) => {
    setResetTarget(null);
    setNotice(t('users.passwordReset', { name: user.name }));
  };

  return (
    <>
      <PageHeader
        title={t('users.title')}
        description={page ? t('common.total', { count: format.number(page.total) }) : undefined}
        actions={<Button onClick={createModal.open}>{t('users.create')}</Button>}
      />
      <Stack gap="md">
        <FilterBar hasFilters={list.hasFilters} onClear={list.clearFilters}>
          <SearchInput
            label={t('users.search')}
            placeholder={t('users.searchPlaceholder')}
            value={search}
            onChange={(value) => list.setFilter('q', value)}
          />
          <EnumFilter
            label={t('users.role')}
            placeholder={t('users.rolePlaceholder')}
            values={ROLES}
            optionLabel={(value) => t(`enums.Role.${value}`)}
            value={role}
            onChange={(value) => list.setFilter('role', value)}
          />
        </FilterBar>

        {notice ? (
          <Alert
            color="green"
            role="status"
            withCloseButton
            onClose={() => setNotice(null)}
            closeButtonLabel={t('common.close')}
          >
            {notice}
          </Alert>
        ) : null}
        {activation.error ? <ErrorAlert error={activation.error} onReload={handleReload} /> : null}

        {error ? (
          <ErrorAlert error={error} onRetry={() => void refetch()} />
        ) : !page ? (
          <LoadingState />
        ) : page.items.length === 0 ? (
          <EmptyMessage title={t('users.empty')} />
        ) : (
          <div aria-busy={loading}>
            <UsersTable
              users={page.items}
              currentUserId={currentUser.id}
              onToggleActive={handleToggleActive}
              onResetPassword={(user) => {
                setNotice(null);
                setResetTarget(user);
              }}
            />
            <TablePagination
              total={page.total}
              page={list.page}
              limit={list.limit}
              onPageChange={list.setPage}
            />
          </div>
        )}
      </Stack>

      <CreateUserModal
        opened={createOpened}
        onClose={createModal.close}
        onCreated={handleCreated}
      />
      <ResetPasswordModal
        user={resetTarget}
        onClose={() => setResetTarget(null)}
        onDone={handlePasswordReset}
      />
      <DeactivateUserModal
        user={deactivateTarget}
        busy={activation.busy}
        onCancel={() => setDeactivateTarget(null)}
        onConfirm={(user) => void changeActive(user, false)}
      />
    </>
  );
}
