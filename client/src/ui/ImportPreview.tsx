import { Alert, Badge, List, Stack, Table, Text, type MantineColor } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { isFieldMessage } from './errors';
import { useFormat } from './useFormat';

export type ImportRowAction = 'CREATE' | 'UPDATE' | 'UNCHANGED';

export interface ImportPreviewRow {
  /** Line in the file, the header being line 1. */
  line: number;
  action: ImportRowAction;
  label: string;
  errors: readonly { field: string; message: string }[];
}

/** What the server answers for a preview (and for a committed import). */
export interface ImportPreviewData {
  valid: boolean;
  creates: number;
  updates: number;
  unchanged: number;
  rows: readonly ImportPreviewRow[];
}

export interface ImportPreviewProps {
  preview: ImportPreviewData;
  /** Names a column for people, e.g. `country` → "Country"; the column name by default. */
  fieldLabel?: (field: string) => string;
}

const ACTION_COLORS: Record<ImportRowAction, MantineColor> = {
  CREATE: 'green',
  UPDATE: 'blue',
  UNCHANGED: 'gray',
};

// A file may carry thousands of rows; every bad row is listed, the good ones only up to this.
const VALID_ROWS_SHOWN = 200;

/** Every bad row, and the valid ones up to a limit, in file order. */
function rowsToShow(rows: readonly ImportPreviewRow[]): ImportPreviewRow[] {
  const shown: ImportPreviewRow[] = [];
  let valid = 0;
  for (const row of rows) {
    if (row.errors.length === 0) {
      valid += 1;
      if (valid > VALID_ROWS_SHOWN) continue;
    }
    shown.push(row);
  }
  return shown;
}

/**
 * The rows of a CSV import before anything is written: what each row would do, and for
 * each bad row its line and the fields that are wrong.
 */
export function ImportPreview({ preview, fieldLabel = (field) => field }: ImportPreviewProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const badRows = preview.rows.filter((row) => row.errors.length > 0).length;
  const shown = rowsToShow(preview.rows);
  const hidden = preview.rows.length - shown.length;

  const describe = (message: string) =>
    isFieldMessage(message) ? t(`fieldMessages.${message}`) : t('fieldMessages.invalid');

  return (
    <Stack gap="sm">
      {preview.valid ? (
        <Alert color="green" title={t('importPreview.validTitle')}>
          {t('importPreview.valid')}
        </Alert>
      ) : (
        <Alert color="red" title={t('importPreview.invalidTitle')}>
          {t('importPreview.invalid', { count: format.number(badRows) })}
        </Alert>
      )}
      <Text size="sm">
        {t('importPreview.counts', {
          creates: format.number(preview.creates),
          updates: format.number(preview.updates),
          unchanged: format.number(preview.unchanged),
        })}
      </Text>
      <Table.ScrollContainer minWidth={520} maxHeight={360}>
        <Table verticalSpacing="xs" stickyHeader aria-label={t('importPreview.caption')}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col" ta="right">
                {t('importPreview.line')}
              </Table.Th>
              <Table.Th scope="col">{t('importPreview.row')}</Table.Th>
              <Table.Th scope="col">{t('importPreview.action')}</Table.Th>
              <Table.Th scope="col">{t('importPreview.problems')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {shown.map((row) => (
              <Table.Tr
                key={row.line}
                bg={row.errors.length > 0 ? 'var(--mantine-color-red-light)' : undefined}
              >
                <Table.Td ta="right">{row.line}</Table.Td>
                <Table.Td>{row.label}</Table.Td>
                <Table.Td>
                  {row.errors.length > 0 ? (
                    <Badge color="red" variant="light">
                      {t('importPreview.rejected')}
                    </Badge>
                  ) : (
                    <Badge color={ACTION_COLORS[row.action]} variant="light">
                      {t(`importPreview.actions.${row.action}`)}
                    </Badge>
                  )}
                </Table.Td>
                <Table.Td>
                  {row.errors.length === 0 ? (
                    t('common.none')
                  ) : (
                    <List size="sm" spacing={2}>
                      {row.errors.map((error) => (
                        <List.Item key={`${error.field}:${error.message}`}>
                          {t('importPreview.problem', {
                            field: fieldLabel(error.field),
                            message: describe(error.message),
                          })}
                        </List.Item>
                      ))}
                    </List>
                  )}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      {hidden > 0 ? (
        <Text size="sm" c="dimmed">
          {t('importPreview.hiddenRows', { count: format.number(hidden) })}
        </Text>
      ) : null}
    </Stack>
  );
}
