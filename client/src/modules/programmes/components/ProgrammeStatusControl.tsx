import { useMutation } from '@apollo/client/react';
import { Button, Group, Select, Stack, Text } from '@mantine/core';
import { PROGRAMME_TRANSITIONS, type ProgrammeStatus } from '@spilno/shared';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { enumOptions, type EnumValue } from '../../../ui/enums';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { UpdateProgrammeMutation } from '../graphql/programmes';
import { useReloadProgramme } from '../hooks/useReloadProgramme';

export interface ProgrammeStatusControlProps {
  programme: { id: string; version: number; status: EnumValue<ProgrammeStatus> };
}

/** Offers only the status changes the workflow allows from the current status. */
export function ProgrammeStatusControl({ programme }: ProgrammeStatusControlProps) {
  const { t } = useTranslation();
  const { t: tp } = useTranslation('programmes');
  const reload = useReloadProgramme();
  const [next, setNext] = useState<string | null>(null);
  const [failure, setFailure] = useState<unknown>(null);
  const [update, { loading }] = useMutation(UpdateProgrammeMutation);
  const allowed = PROGRAMME_TRANSITIONS[programme.status];
  const target = allowed.find((status) => status === next) ?? null;

  if (allowed.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        {tp('status.final')}
      </Text>
    );
  }

  const handleChange = async () => {
    if (!target) return;
    setFailure(null);
    try {
      await update({
        variables: { id: programme.id, version: programme.version, input: { status: target } },
      });
      setNext(null);
    } catch (error) {
      setFailure(error);
    }
  };

  return (
    <Stack gap="xs">
      <Group align="flex-end" gap="sm">
        <Select
          label={tp('status.label')}
          placeholder={tp('status.placeholder')}
          data={enumOptions(allowed, (value) => t(`enums.ProgrammeStatus.${value}`))}
          value={target}
          onChange={setNext}
          allowDeselect={false}
          w={220}
        />
        <Button onClick={() => void handleChange()} disabled={!target} loading={loading}>
          {tp('status.submit')}
        </Button>
      </Group>
      {failure ? <ErrorAlert error={failure} onReload={() => void reload()} /> : null}
    </Stack>
  );
}
