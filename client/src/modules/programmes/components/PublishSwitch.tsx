import { useMutation } from '@apollo/client/react';
import { Anchor, Stack, Switch, Text } from '@mantine/core';
import { ProgrammeStatus } from '@spilno/shared';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { EnumValue } from '../../../ui/enums';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { PublishProgrammeMutation } from '../graphql/programmes';
import { useReloadProgramme } from '../hooks/useReloadProgramme';
import { publicProgrammePath } from '../../../app/paths';

export interface PublishSwitchProps {
  programme: {
    id: string;
    code: string;
    version: number;
    published: boolean;
    status: EnumValue<ProgrammeStatus>;
  };
}

/** Puts the public programme page online or takes it down; drafts are never public. */
export function PublishSwitch({ programme }: PublishSwitchProps) {
  const { t } = useTranslation('programmes');
  const reload = useReloadProgramme();
  const [failure, setFailure] = useState<unknown>(null);
  const [publish, { loading }] = useMutation(PublishProgrammeMutation);

  if (programme.status === ProgrammeStatus.DRAFT) {
    return (
      <Text size="sm" c="dimmed">
        {t('overview.draftNotPublic')}
      </Text>
    );
  }

  const handleToggle = async (published: boolean) => {
    setFailure(null);
    try {
      await publish({ variables: { id: programme.id, version: programme.version, published } });
    } catch (error) {
      setFailure(error);
    }
  };

  return (
    <Stack gap="xs">
      <Switch
        label={t('overview.publish')}
        description={t('overview.publishHint')}
        checked={programme.published}
        disabled={loading}
        onChange={(event) => void handleToggle(event.currentTarget.checked)}
      />
      {programme.published ? (
        <Anchor component={Link} to={publicProgrammePath(programme.code)} size="sm">
          {t('overview.publicPage')}
        </Anchor>
      ) : null}
      {failure ? <ErrorAlert error={failure} onReload={() => void reload()} /> : null}
    </Stack>
  );
}
