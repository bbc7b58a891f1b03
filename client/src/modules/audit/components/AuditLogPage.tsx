import { useQuery } from '@apollo/client/react';
import { AuditAction, RECORD_TYPES } from '@spilno/shared';
import { useTranslation } from 'react-i18next';
import { DataTable } from '../../../ui/DataTable';
import { EmptyMessage } from '../../../ui/EmptyMessage';
import { parseEnum } from '../../../ui/enums';
import { EnumFilter, FilterBar } from '../../../ui/FilterBar';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { LoadingState } from '../../../ui/LoadingState';
import { PageHeader } from '../../../ui/PageHeader';
import { TablePagination } from '../../../ui/TablePagination';
import { useFormat } from '../../../ui/useFormat';
import { useListParams } from '../../../ui/useListParams';
import { AuditLogQuery } from '../graphql/audit';
import { useRecordTypeLabel } from '../../../ui/recordType';
import { AuditEntryRow } from './AuditEntryRow';

const FILTERS = ['entityType', 'action'] as const;
const ACTIONS = Object.values(AuditAction);
const COLUMNS = 6;

export function AuditLogPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const list = useListParams(FILTERS);
  const recordType = useRecordTypeLabel();
  const entityType = parseEnum(RECORD_TYPES, list.filters.entityType);
  const action = parseEnum(ACTIONS, list.filters.action);
  const { data, previousData, loading, error, refetch } = useQuery(AuditLogQuery, {
    variables: { entityType, action, limit: list.limit, offset: list.offset },
  });
  const page = (data ?? previousData)?.auditLog;

  return (
    <>
      <PageHeader
        title={t('audit.title')}
        description={page ? t('common.total', { count: format.number(page.total) }) : undefined}
      />
      <FilterBar hasFilters={list.hasFilters} onClear={list.clearFilters}>
        <EnumFilter
          label={t('audit.entityType')}
          placeholder={t('audit.entityTypePlaceholder')}
          values={RECORD_TYPES}
          optionLabel={recordType}
          value={entityType}
          onChange={(value) => list.setFilter('entityType', value)}
        />
        <EnumFilter
          label={t('audit.action')}
          placeholder={t('audit.actionPlaceholder')}
          values={ACTIONS}
          optionLabel={(value) => t(`enums.AuditAction.${value}`)}
          value={action}
          onChange={(value) => list.setFilter('action', value)}
        />
      </FilterBar>
      {error ? (
        <ErrorAlert error={error} onRetry={() => void refetch()} />
      ) : !page ? (
        <LoadingState />
      ) : page.items.length === 0 ? (
        <EmptyMessage title={t('audit.empty')} />
      ) : (
        <div aria-busy={loading}>
          <DataTable
            minWidth={860}
            verticalSpacing="sm"
            aria-label={t('audit.title')}
            columns={[
              t('audit.at'),
              t('audit.actor'),
              t('audit.action'),
              t('audit.record'),
              t('audit.summary'),
              t('audit.changes'),
            ]}
          >
            {page.items.map((entry) => (
              <AuditEntryRow key={entry.id} entry={entry} columns={COLUMNS} />
            ))}
          </DataTable>
          <TablePagination
            total={page.total}
            page={list.page}
            limit={list.limit}
            onPageChange={list.setPage}
          />
        </div>
      )}
    </>
  );
}
