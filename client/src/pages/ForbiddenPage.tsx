import { useTranslation } from 'react-i18next';
import { EmptyMessage } from '../ui/EmptyMessage';
import { PageHeader } from '../ui/PageHeader';

export function ForbiddenPage() {
  const { t } = useTranslation();
  return (
    <>
      <PageHeader title={t('forbidden.title')} />
      <EmptyMessage title={t('forbidden.body')} />
    </>
  );
}
