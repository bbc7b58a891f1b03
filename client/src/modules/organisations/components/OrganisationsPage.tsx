import { useApolloClient, useQuery } from '@apollo/client/react';
import { Box, Button, Text } from '@mantine/core';
import { COUNTRY_PATTERN, OrganisationKind } from '@spilno/shared';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { downloadText } from '../../../ui/download';
import { EmptyMessage } from '../../../ui/EmptyMessage';
import { parseEnum } from '../../../ui/enums';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { LoadingState } from '../../../ui/LoadingState';
import { PageHeader } from '../../../ui/PageHeader';
import { TablePagination } from '../../../ui/TablePagination';
import { useFormat } from '../../../ui/useFormat';
import { useListParams } from '../../../ui/useListParams';
import { useCurrentUser } from '../../auth/public';
import { ExportOrganisationsQuery, OrganisationsQuery } from '../graphql/organisations';
import { OrganisationFilters } from './OrganisationFilters';
import { OrganisationFormModal } from './OrganisationFormModal';
import { OrganisationImportDialog } from './OrganisationImportDialog';
import { OrganisationsTable } from './OrganisationsTable';
import { organisationPath } from '../../../app/paths';

const FILTERS = ['q', 'country', 'kind'] as const;
const KINDS = Object.values(OrganisationKind);

export function OrganisationsPage() {
  const { t } = useTranslation();
  const { t: td } = useTranslation('organisations');
  const format = useFormat();
  const user = useCurrentUser();
  const client = useApolloClient();
  const navigate = useNavigate();
  const editable = user.viewerCan.editDirectory;
  const list = useListParams(FILTERS);
  const [creating, setCreating] = useState(false);
  const [importing, setImporting] = useState(false);
  const [exporting, setExporting] = useState(false);
  const [exportFailure, setExportFailure] = useState<unknown>(null);
  const search = list.filters.q ?? '';
  const country =
    list.filters.country && COUNTRY_PATTERN.test(list.filters.country)
      ? list.filters.country
      : null;
  const kind = parseEnum(KINDS, list.filters.kind);

  const { data, previousData, loading, error, refetch } = useQuery(OrganisationsQuery, {
    variables: {
      search: search || null,
      country,
      kind,
      limit: list.limit,
      offset: list.offset,
    },
  });
  // Keep the previous page on screen while the next one loads, instead of a flash of spinner.
  const page = (data ?? previousData)?.organisations;

  // The whole filtered list, not just this page, exactly as the filters above select it.
  const handleExport = async () => {
    setExporting(true);
    setExportFailure(null);
    try {
      const result = await client.query({
        query: ExportOrganisationsQuery,
        variables: { search: search || null, country, kind },
        fetchPolicy: 'network-only',
      });
      if (result.data) downloadText(result.data.exportOrganisations, 'organisations.csv');
    } catch (failure) {
      setExportFailure(failure);
    } finally {
      setExporting(false);
    }
  };

  return (
    <>
      <PageHeader
        title={t('organisations.title')}
        description={page ? t('common.total', { count: format.number(page.total) }) : undefined}
        actions={
          <>
            <Button variant="default" loading={exporting} onClick={() => void handleExport()}>
              {td('actions.export')}
            </Button>
            {editable ? (
              <>
                <Button variant="default" onClick={() => setImporting(true)}>
                  {td('actions.import')}
                </Button>
                <Button onClick={() => setCreating(true)}>{td('actions.create')}</Button>
              </>
            ) : null}
          </>
        }
      />
      <OrganisationFilters
        search={search}
        country={country}
        kind={kind}
        hasFilters={list.hasFilters}
        onSearchChange={(value) => list.setFilter('q', value)}
        onCountryChange={(value) => list.setFilter('country', value)}
        onKindChange={(value) => list.setFilter('kind', value)}
        onClear={list.clearFilters}
      />
      {exportFailure ? (
        <Box mb="md">
          <ErrorAlert error={exportFailure} onRetry={() => void handleExport()} />
        </Box>
      ) : null}
      {error ? (
        <ErrorAlert error={error} onRetry={() => void refetch()} />
      ) : !page ? (
        <LoadingState />
      ) : page.items.length === 0 ? (
        <EmptyMessage title={t('organisations.empty')} />
      ) : (
        <div aria-busy={loading}>
          {loading ? (
            <Text size="sm" c="dimmed" role="status">
              {t('common.loading')}
            </Text>
          ) : null}
          <OrganisationsTable organisations={page.items} />
          <TablePagination
            total={page.total}
            page={list.page}
            limit={list.limit}
            onPageChange={list.setPage}
          />
        </div>
      )}

      {creating ? (
        <OrganisationFormModal
          onClose={() => setCreating(false)}
          onSaved={(organisation) => {
            setCreating(false);
            void navigate(organisationPath(organisation.id));
          }}
        />
      ) : null}
      <OrganisationImportDialog
        opened={importing}
        onClose={() => setImporting(false)}
        onImported={() => void refetch()}
      />
    </>
  );
}
