import { useQuery } from '@apollo/client/react';
import { Button, Group, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useCurrentUser } from '../../auth/public';
import { TwinningTabProgrammeQuery } from '../graphql/twinning';
import { TwinningFormModal } from './TwinningFormModal';
import { TwinningOverview } from './TwinningOverview';
import { twinningPath } from '../../../app/paths';

export interface TwinningTabProps {
  programmeId: string;
}

/** The relations grown in a programme: its sides facing each other, first side on the left. */
export function TwinningTab({ programmeId }: TwinningTabProps) {
  const { t } = useTranslation('twinning');
  const user = useCurrentUser();
  const navigate = useNavigate();
  const [proposing, setProposing] = useState(false);
  const programme = useQuery(TwinningTabProgrammeQuery, { variables: { id: programmeId } }).data
    ?.programme;
  const firstSide = [...(programme?.sides ?? [])].sort((a, b) => a.position - b.position)[0];
  // The server says who may propose here: coordinators of this programme, its partners' staff.
  const mayProposeHere = programme?.viewerCan.proposeTwinning === true;

  return (
    <Stack gap="sm">
      <Group justify="space-between">
        <Text size="sm" c="dimmed">
          {t('tab.description')}
        </Text>
        {mayProposeHere ? (
          <Button onClick={() => setProposing(true)}>
            {user.viewerCan.createTwinning ? t('registry.create') : t('registry.propose')}
          </Button>
        ) : null}
      </Group>
      <TwinningOverview
        programmeId={programmeId}
        preferredCountry={firstSide?.country ?? null}
        fileLabel={programme?.code}
      />
      {proposing ? (
        <TwinningFormModal
          user={user}
          mode={{ kind: 'create', programmeId }}
          onClose={() => setProposing(false)}
          onSaved={(relation) => void navigate(twinningPath(relation.id))}
        />
      ) : null}
    </Stack>
  );
}
