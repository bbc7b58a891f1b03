import { useTranslation } from 'react-i18next';
import { EmptyMessage } from '../ui/EmptyMessage';
import { PageHeader } from '../ui/PageHeader';

export interface ForbiddenPageProps {
  /** Who may use the section, when it is not only administrators. */
  body?: string;
}

export function ForbiddenPage({ body }: ForbiddenPageProps) {
  const { t } = useTranslation();
  return (
    <>
      <PageHeader title={t('forbidden.title')} />
      <EmptyMessage title={body ?? t('forbidden.body')} />
    </>
  );
}
