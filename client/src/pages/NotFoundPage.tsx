import { Button } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { EmptyMessage } from '../ui/EmptyMessage';
import { PageHeader } from '../ui/PageHeader';
import { HOME_PATH } from '../app/paths';

export interface NotFoundPageProps {
  /** A more specific title, e.g. for a programme id that does not resolve. */
  title?: string;
  description?: string;
}

export function NotFoundPage({ title, description }: NotFoundPageProps) {
  const { t } = useTranslation();
  return (
    <>
      <PageHeader title={title ?? t('notFound.title')} />
      <EmptyMessage
        title={description ?? t('notFound.body')}
        action={
          <Button component={Link} to={HOME_PATH}>
            {t('notFound.home')}
          </Button>
        }
      />
    </>
  );
}
