import {
  ActionIcon,
  Button,
  Fieldset,
  Group,
  NumberInput,
  Select,
  SimpleGrid,
  Stack,
  Textarea,
  TextInput,
} from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { ATTENDEES_MAX, DESCRIPTION_MAX, EventFormat } from '@spilno/shared';
import { useTranslation } from 'react-i18next';
import { enumOptions } from '../../../ui/enums';
import { TranslationFields } from '../../programmes/public';
import type { EventFormValues } from '../eventForm';
import type { EventsContext } from '../hooks/useEventsProgramme';

export interface EventDetailsFieldsProps {
  form: UseFormReturnType<EventFormValues>;
  context: EventsContext;
}

/**
 * What the short form leaves for later: place, link to the plan, the title and description in
 * the programme's other working languages, attendees, outcomes, agenda.
 */
export function EventDetailsFields({ form, context }: EventDetailsFieldsProps) {
  const { t } = useTranslation('events');
  const actions = context.programme.actions.map((action) => ({
    value: action.id,
    label: `${action.code} ${action.title}`,
  }));
  const { agenda, translations } = form.getValues();

  return (
    <Stack>
      <SimpleGrid cols={{ base: 1, xs: 2 }}>
        <Select
          label={t('form.format')}
          data={enumOptions(Object.values(EventFormat), (format) =>
            t(`enums.EventFormat.${format}`),
          )}
          allowDeselect={false}
          {...form.getInputProps('format')}
        />
        <TextInput label={t('form.venue')} {...form.getInputProps('venue')} />
      </SimpleGrid>
      <TextInput type="url" label={t('form.onlineLink')} {...form.getInputProps('onlineLink')} />
      <Select
        label={t('form.action')}
        data={actions}
        searchable
        clearable
        {...form.getInputProps('actionId')}
      />
      <Textarea
        label={t('form.description')}
        autosize
        minRows={2}
        {...form.getInputProps('description')}
      />
      <TranslationFields
        languages={context.programme.languages.slice(1)}
        values={translations}
        inputProps={(path) => form.getInputProps(path)}
        onChange={(next) => form.setFieldValue('translations', next)}
        textLabel={(language) => t('form.translationText', { language })}
        textMax={DESCRIPTION_MAX}
      />
      <Fieldset legend={t('form.attendees')}>
        <SimpleGrid cols={{ base: 1, xs: 2 }}>
          {[...context.sides.values()].map((side) => (
            <NumberInput
              key={side.id}
              label={side.name}
              min={0}
              max={ATTENDEES_MAX}
              allowDecimal={false}
              allowNegative={false}
              {...form.getInputProps(`attendees.${side.id}`)}
            />
          ))}
        </SimpleGrid>
      </Fieldset>
      <Textarea
        label={t('form.outcomes')}
        autosize
        minRows={3}
        {...form.getInputProps('outcomes')}
      />
      <Fieldset legend={t('form.agenda')}>
        <Stack>
          {agenda.map((_item, index) => (
            <Group key={index} align="flex-start" wrap="nowrap">
              <Stack gap="xs" style={{ flex: 1 }}>
                <TextInput
                  label={t('form.agendaTitle', { number: index + 1 })}
                  withAsterisk
                  {...form.getInputProps(`agenda.${index}.title`)}
                />
                <Textarea
                  label={t('form.agendaDecision', { number: index + 1 })}
                  autosize
                  {...form.getInputProps(`agenda.${index}.decision`)}
                />
              </Stack>
              <ActionIcon
                variant="subtle"
                color="red"
                mt={28}
                aria-label={t('form.removeAgenda', { number: index + 1 })}
                onClick={() => form.removeListItem('agenda', index)}
              >
                ×
              </ActionIcon>
            </Group>
          ))}
          <Button
            variant="light"
            onClick={() => form.insertListItem('agenda', { title: '', decision: '' })}
          >
            {t('form.addAgenda')}
          </Button>
        </Stack>
      </Fieldset>
    </Stack>
  );
}
