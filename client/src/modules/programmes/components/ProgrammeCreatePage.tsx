import { Anchor, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { ForbiddenPage } from '../../../pages/ForbiddenPage';
import { PageHeader } from '../../../ui/PageHeader';
import { useCurrentUser } from '../../auth/public';
import { CreateProgrammeForm } from './CreateProgrammeForm';
import { PROGRAMMES_PATH, programmePath } from '../../../app/paths';

export function ProgrammeCreatePage() {
  const { t } = useTranslation('programmes');
  const user = useCurrentUser();
  const navigate = useNavigate();
  if (!user.viewerCan.createProgramme) return <ForbiddenPage body={t('create.forbidden')} />;

  return (
    <Stack gap="xs">
      <Anchor component={Link} to={PROGRAMMES_PATH} size="sm">
        ← {t('create.back')}
      </Anchor>
      <PageHeader title={t('create.title')} description={t('create.intro')} />
      <CreateProgrammeForm
        onCreated={(programme) => void navigate(programmePath(programme.id))}
        onCancel={() => void navigate(PROGRAMMES_PATH)}
      />
    </Stack>
  );
}
