import { useApolloClient, useMutation } from '@apollo/client/react';
import { Button, Group } from '@mantine/core';
import { ACTION_COLUMNS, isCsvColumn } from '@spilno/shared';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CsvImportDialog } from '../../../ui/CsvImportDialog';
import { downloadText } from '../../../ui/download';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import {
  ExportActionsQuery,
  ImportActionsMutation,
  PreviewActionImportMutation,
} from '../graphql/actionPlan';
import { usePlanRefetch } from '../hooks/usePlanRefetch';
import type { PlanProgramme } from '../hooks/useActionPlan';
import { actionsXlsxPath } from '../../../app/paths';

export interface ActionPlanToolbarProps {
  programme: Pick<PlanProgramme, 'id' | 'code' | 'canEdit'>;
  onCreate: () => void;
  onImported: (summary: { creates: number; updates: number }) => void;
}

export function ActionPlanToolbar({ programme, onCreate, onImported }: ActionPlanToolbarProps) {
  const { t, i18n } = useTranslation('action-plan');
  const client = useApolloClient();
  const [exporting, setExporting] = useState(false);
  const [exportFailure, setExportFailure] = useState<unknown>(null);
  const [importOpened, setImportOpened] = useState(false);
  const refetchQueries = usePlanRefetch();
  const [previewImport] = useMutation(PreviewActionImportMutation);
  const [commitImport] = useMutation(ImportActionsMutation, {
    refetchQueries,
    awaitRefetchQueries: true,
  });

  const handleExportCsv = async () => {
    setExporting(true);
    setExportFailure(null);
    try {
      const { data } = await client.query({
        query: ExportActionsQuery,
        variables: { programmeId: programme.id },
        fetchPolicy: 'network-only',
      });
      if (data) downloadText(data.exportActions, `${programme.code}-actions.csv`);
    } catch (error) {
      setExportFailure(error);
    } finally {
      setExporting(false);
    }
  };

  const handlePreview = async (csv: string) => {
    const { data } = await previewImport({ variables: { programmeId: programme.id, csv } });
    if (!data) throw new Error('No preview');
    return data.previewActionImport;
  };

  const handleCommit = async (csv: string) => {
    const { data } = await commitImport({ variables: { programmeId: programme.id, csv } });
    if (!data) throw new Error('No import result');
    return { ...data.importActions, rows: [] };
  };

  const fieldLabel = (field: string) =>
    isCsvColumn(ACTION_COLUMNS, field) ? t(`csv.${field}`) : field;

  return (
    <>
      <Group gap="xs" justify="flex-end">
        {programme.canEdit ? <Button onClick={onCreate}>{t('toolbar.create')}</Button> : null}
        <Button variant="default" loading={exporting} onClick={() => void handleExportCsv()}>
          {t('toolbar.exportCsv')}
        </Button>
        <Button
          variant="default"
          component="a"
          href={actionsXlsxPath(programme.id, i18n.resolvedLanguage)}
          download
        >
          {t('toolbar.exportXlsx')}
        </Button>
        {programme.canEdit ? (
          <Button variant="default" onClick={() => setImportOpened(true)}>
            {t('toolbar.import')}
          </Button>
        ) : null}
      </Group>
      {exportFailure ? <ErrorAlert error={exportFailure} /> : null}
      {programme.canEdit ? (
        <CsvImportDialog
          opened={importOpened}
          onClose={() => setImportOpened(false)}
          title={t('import.title')}
          description={t('import.description', {
            columns: ACTION_COLUMNS.join(', '),
          })}
          preview={handlePreview}
          commit={handleCommit}
          onImported={onImported}
          fieldLabel={fieldLabel}
        />
      ) : null}
    </>
  );
}
