import { Button } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { PageHeader } from '../../../ui/PageHeader';
import { useCurrentUser } from '../../auth/public';
import { TwinningFormModal } from './TwinningFormModal';
import { TwinningOverview } from './TwinningOverview';
import { twinningPath } from '../../../app/paths';

/** Every twinning relation the user may read, with filters, the picture and a proposal form. */
export function TwinningRegistryPage() {
  const { t } = useTranslation('twinning');
  const user = useCurrentUser();
  const navigate = useNavigate();
  const [proposing, setProposing] = useState(false);
  return (
    <>
      <PageHeader
        title={t('registry.title')}
        description={t('registry.description')}
        actions={
          user.viewerCan.proposeTwinning ? (
            <Button onClick={() => setProposing(true)}>
              {user.viewerCan.createTwinning ? t('registry.create') : t('registry.propose')}
            </Button>
          ) : null
        }
      />
      <TwinningOverview preferredCountry={user.organisation?.country ?? 'UA'} />
      {proposing ? (
        <TwinningFormModal
          user={user}
          mode={{ kind: 'create' }}
          onClose={() => setProposing(false)}
          onSaved={(relation) => void navigate(twinningPath(relation.id))}
        />
      ) : null}
    </>
  );
}
