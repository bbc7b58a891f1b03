import { List } from '@mantine/core';
import { FieldMessage, IMPORT_ROWS_MAX, type FieldError } from '@spilno/shared';
import { useTranslation } from 'react-i18next';
import { isFieldMessage } from './errors';

export interface ImportProblemsProps {
  /** Field errors of a refused import; paths start with the CSV argument (`csv…`). */
  problems: readonly FieldError[];
  fieldLabel?: (field: string) => string;
}

const ROW_PATH = /^[^.]+\.line(\d+)\.(.+)$/;
const COLUMN_PATH = /^[^.]+\.([^.]+)$/;

/** Why a whole file was refused: a missing column, its size, or rows that went bad meanwhile. */
export function ImportProblems({ problems, fieldLabel = (field) => field }: ImportProblemsProps) {
  const { t } = useTranslation();
  const describe = (message: string) =>
    isFieldMessage(message) ? t(`fieldMessages.${message}`) : t('fieldMessages.invalid');

  const sentence = ({ field, message }: FieldError): string => {
    const row = ROW_PATH.exec(field);
    if (row) {
      return t('importPreview.rowProblem', {
        line: row[1] ?? '',
        field: fieldLabel(row[2] ?? ''),
        message: describe(message),
      });
    }
    const column = COLUMN_PATH.exec(field);
    if (column && message === FieldMessage.REQUIRED) {
      return t('importPreview.missingColumn', { column: column[1] ?? '' });
    }
    if (message === FieldMessage.TOO_LONG)
      return t('importPreview.tooLarge', { rows: IMPORT_ROWS_MAX });
    if (message === FieldMessage.REQUIRED) return t('importPreview.emptyFile');
    return t('importPreview.unreadable');
  };

  return (
    <List size="sm" spacing={2}>
      {problems.map((problem) => (
        <List.Item key={`${problem.field}:${problem.message}`}>{sentence(problem)}</List.Item>
      ))}
    </List>
  );
}
