import { useMutation } from '@apollo/client/react';
import { Code } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { CsvImportDialog } from '../../../ui/CsvImportDialog';
import type { ImportPreviewData } from '../../../ui/ImportPreview';
import {
  ImportOrganisationsMutation,
  PreviewOrganisationImportMutation,
} from '../graphql/organisations';

export interface OrganisationImportDialogProps {
  opened: boolean;
  onClose: () => void;
  onImported: (result: ImportPreviewData) => void;
}

const COLUMNS = [
  'id',
  'name',
  'nameEn',
  'kind',
  'country',
  'region',
  'parent',
  'population',
  'councilsInRegion',
] as const;

function isColumn(field: string): field is (typeof COLUMNS)[number] {
  return (COLUMNS as readonly string[]).includes(field);
}

/** The directory's CSV import: the columns of the export, matched by id or by name. */
export function OrganisationImportDialog({
  opened,
  onClose,
  onImported,
}: OrganisationImportDialogProps) {
  const { t } = useTranslation('directory');
  const [previewImport] = useMutation(PreviewOrganisationImportMutation);
  const [importOrganisations] = useMutation(ImportOrganisationsMutation, {
    refetchQueries: ['Organisations'],
  });

  const handlePreview = async (csv: string) => {
    const { data } = await previewImport({ variables: { csv } });
    if (!data) throw new Error('No preview');
    return data.previewOrganisationImport;
  };

  const handleCommit = async (csv: string) => {
    const { data } = await importOrganisations({ variables: { csv } });
    if (!data) throw new Error('No import result');
    return data.importOrganisations;
  };

  return (
    <CsvImportDialog
      opened={opened}
      onClose={onClose}
      title={t('import.title')}
      description={
        <>
          {t('import.description')} <Code>{COLUMNS.join(', ')}</Code>
        </>
      }
      preview={handlePreview}
      commit={handleCommit}
      onImported={onImported}
      // The column as the file names it, with its name in the interface language.
      fieldLabel={(field) =>
        isColumn(field) ? t('import.column', { label: t(`csv.${field}`), column: field }) : field
      }
    />
  );
}
