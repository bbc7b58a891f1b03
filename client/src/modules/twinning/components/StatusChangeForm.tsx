import { useMutation } from '@apollo/client/react';
import {
  Button,
  Card,
  Group,
  Select,
  SimpleGrid,
  Stack,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { FieldMessage, localToday, NOTE_MAX } from '@spilno/shared';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TwinningDetailsFragment } from '../../../generated/graphql';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { enumOptions } from '../../../ui/enums';
import { formFailureOf, useAppForm } from '../../../ui/forms';
import { maxLength, pastDateError } from '../../../ui/validation';
import { ChangeTwinningStatusMutation } from '../graphql/twinning';
import type { TwinningStatusValue } from '../twinningStatus';

export interface StatusChangeFormProps {
  relation: TwinningDetailsFragment;
  onChanged: (relation: TwinningDetailsFragment) => void;
  onReload: () => void;
}

interface StatusValues extends Record<string, unknown> {
  status: TwinningStatusValue | null;
  on: string;
  note: string;
}

/**
 * Moves the relation to one of the statuses the server says this user may move it to next
 * (`viewerCan.statuses`: a council never signs its own proposal), dated no later than today
 * and with a note.
 */
export function StatusChangeForm({ relation, onChanged, onReload }: StatusChangeFormProps) {
  const { t } = useTranslation('twinning');
  const [failure, setFailure] = useState<unknown>(null);
  const [change, changing] = useMutation(ChangeTwinningStatusMutation, {
    refetchQueries: ['TwinningRelations'],
  });
  const options = relation.viewerCan.statuses;
  const [today] = useState(localToday);
  const form = useAppForm<StatusValues>({
    initialValues: { status: null, on: today, note: '' },
    validate: {
      status: (value) => (value ? null : FieldMessage.REQUIRED),
      on: (value) => pastDateError(value, today),
      note: maxLength(NOTE_MAX),
    },
  });

  const handleSubmit = form.onSubmit(async (values) => {
    if (!values.status) return;
    setFailure(null);
    try {
      const result = await change({
        variables: {
          id: relation.id,
          version: relation.version,
          status: values.status,
          on: values.on,
          note: values.note.trim() || null,
        },
      });
      const changed = result.data?.changeTwinningStatus;
      if (changed) {
        form.reset();
        onChanged(changed);
      }
    } catch (error) {
      setFailure(formFailureOf(form, error));
    }
  });

  if (options.length === 0) return null;
  return (
    <Card withBorder component="section" aria-labelledby="twinning-status-change">
      <form onSubmit={handleSubmit} noValidate>
        <Stack gap="sm">
          <Title order={2} size="h4" id="twinning-status-change">
            {t('status.title')}
          </Title>
          {failure ? <ErrorAlert error={failure} onReload={onReload} /> : null}
          <SimpleGrid cols={{ base: 1, xs: 2 }}>
            <Select
              label={t('status.next')}
              withAsterisk
              data={enumOptions(options, (s) => t(`enums.TwinningStatus.${s}`))}
              {...form.getInputProps('status')}
            />
            <TextInput
              type="date"
              max={today}
              label={t('status.on')}
              withAsterisk
              {...form.getInputProps('on')}
            />
          </SimpleGrid>
          <Textarea
            label={t('status.note')}
            rows={3}
            maxLength={NOTE_MAX}
            {...form.getInputProps('note')}
          />
          <Group justify="flex-end">
            <Button type="submit" loading={changing.loading}>
              {t('status.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Card>
  );
}
