import { isRecordType } from '@spilno/shared';
import { useTranslation } from 'react-i18next';

/**
 * The name of a kind of record in the reader's language; the server records the type's code
 * (`Programme`), which a record type added later still shows until it gets a label.
 */
export function useRecordTypeLabel(): (type: string) => string {
  const { t } = useTranslation();
  return (type) => (isRecordType(type) ? t(`enums.RecordType.${type}`) : type);
}
