import {
  ActionIcon,
  Button,
  Fieldset,
  Group,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
} from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { randomId } from '@mantine/hooks';
import { MAX_SIDES, MIN_SIDES, NAME_MAX } from '@spilno/shared';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { countryOptions } from '../../../ui/format';
import { LargeSelect } from '../../../ui/LargeSelect';
import type { CreateProgrammeValues } from '../programmeValidation';

export interface SidesFieldsProps {
  form: UseFormReturnType<CreateProgrammeValues>;
}

export function newSide(country: string | null = null) {
  return { key: randomId(), name: '', country };
}

/** Rows of sides, each a region and its country, added and removed in place. */
export function SidesFields({ form }: SidesFieldsProps) {
  const { t, i18n } = useTranslation('programmes');
  const countries = useMemo(() => countryOptions(i18n.language), [i18n.language]);
  const sides = form.getValues().sides;
  const countError = form.errors.sides;

  return (
    <Fieldset legend={t('create.sides')} aria-describedby="programme-sides-hint">
      <Stack gap="sm">
        <Text size="sm" c="dimmed" id="programme-sides-hint">
          {t('create.sidesHint', { min: MIN_SIDES, max: MAX_SIDES })}
        </Text>
        {sides.map((side, index) => (
          <Group key={side.key} align="flex-start" gap="sm" wrap="nowrap">
            <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="sm" style={{ flex: 1 }}>
              <TextInput
                label={t('create.sideName', { n: index + 1 })}
                maxLength={NAME_MAX}
                required
                {...form.getInputProps(`sides.${index}.name`)}
              />
              <LargeSelect
                allowDeselect={false}
                label={t('create.sideCountry', { n: index + 1 })}
                data={countries}
                required
                nothingFoundMessage={t('create.noCountry')}
                {...form.getInputProps(`sides.${index}.country`)}
              />
            </SimpleGrid>
            <ActionIcon
              variant="subtle"
              color="red"
              size="lg"
              mt={26}
              aria-label={t('create.removeSide', { n: index + 1 })}
              disabled={sides.length <= MIN_SIDES}
              onClick={() => form.removeListItem('sides', index)}
            >
              <span aria-hidden="true">×</span>
            </ActionIcon>
          </Group>
        ))}
        {countError ? (
          <Text size="sm" c="red" role="alert">
            {t('create.sidesCount', { min: MIN_SIDES, max: MAX_SIDES })}
          </Text>
        ) : null}
        <div>
          <Button
            variant="light"
            size="sm"
            disabled={sides.length >= MAX_SIDES}
            onClick={() => form.insertListItem('sides', newSide())}
          >
            {t('create.addSide')}
          </Button>
        </div>
      </Stack>
    </Fieldset>
  );
}
