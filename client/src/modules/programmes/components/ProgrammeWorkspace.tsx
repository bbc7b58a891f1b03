import { useQuery } from '@apollo/client/react';
import { ErrorCode } from '@spilno/shared';
import { useTranslation } from 'react-i18next';
import { Outlet, useParams } from 'react-router';
import { NotFoundPage } from '../../../pages/NotFoundPage';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { errorCodeOf } from '../../../ui/errors';
import { LoadingState } from '../../../ui/LoadingState';
import { ProgrammeQuery } from '../graphql/programmes';
import type { ProgrammeWorkspaceContext } from '../workspace';

/**
 * The layout of `programmes/:id`: loads the programme once — its sides, partners and what the
 * viewer may do — and hands it to the tabs and the pages below (events, issues, rounds,
 * reports). A programme that does not exist and one the viewer may not read look the same.
 */
export function ProgrammeWorkspace() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const { data, loading, error, refetch } = useQuery(ProgrammeQuery, { variables: { id } });

  if (loading && !data) return <LoadingState />;
  if ((error && errorCodeOf(error) === ErrorCode.NOT_FOUND) || (data && !data.programme)) {
    return (
      <NotFoundPage
        title={t('programmes.detail.notFoundTitle')}
        description={t('programmes.detail.notFoundBody')}
      />
    );
  }
  if (!data?.programme) return <ErrorAlert error={error} onRetry={() => void refetch()} />;

  const context: ProgrammeWorkspaceContext = {
    programme: data.programme,
    error: error ?? null,
    reload: () => void refetch(),
  };
  return <Outlet context={context} />;
}
