import { useQuery } from '@apollo/client/react';
import { Container } from '@mantine/core';
import { ErrorCode } from '@spilno/shared';
import { Navigate, Outlet, useLocation } from 'react-router';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { errorCodeOf } from '../../../ui/errors';
import { LoadingState } from '../../../ui/LoadingState';
import { CurrentUserQuery } from '../graphql/auth';
import { CurrentUserContext } from '../hooks/useCurrentUser';
import { signInPath } from '../nextPath';

/** Gate for the signed-in area: asks the server who we are and sends strangers to sign in. */
export function RequireAuth() {
  const { data, error, loading, refetch } = useQuery(CurrentUserQuery);
  const location = useLocation();

  if (data?.me) {
    return (
      <CurrentUserContext value={data.me}>
        <Outlet />
      </CurrentUserContext>
    );
  }
  if (loading) return <LoadingState fullPage />;
  if (error && errorCodeOf(error) !== ErrorCode.UNAUTHENTICATED) {
    return (
      <Container size="sm" py="xl">
        <ErrorAlert error={error} onRetry={() => void refetch()} />
      </Container>
    );
  }
  return (
    <Navigate to={signInPath(`${location.pathname}${location.search}${location.hash}`)} replace />
  );
}
