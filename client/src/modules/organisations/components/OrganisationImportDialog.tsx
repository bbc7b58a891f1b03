import { useMutation } from '@apollo/client/react';
import { Code } from '@mantine/core';
import { isCsvColumn, ORGANISATION_COLUMNS } from '@spilno/shared';
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

/** The directory's CSV import: the columns of the export, matched by id or by name. */
export function OrganisationImportDialog({
  opened,
  onClose,
  onImported,
}: OrganisationImportDialogProps) {
  const { t } = useTranslation('organisations');
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
          {t('import.description')} <Code>{ORGANISATION_COLUMNS.join(', ')}</Code>
        </>
      }
      preview={handlePreview}
      commit={handleCommit}
      onImported={onImported}
      // The column as the file names it, with its name in the interface language.
      fieldLabel={(field) =>
        isCsvColumn(ORGANISATION_COLUMNS, field)
          ? t('import.column', { label: t(`csv.${field}`), column: field })
          : field
      }
    />
  );
}
