import { useMutation } from '@apollo/client/react';
import { MultiSelect, NumberInput, Select, SimpleGrid, TextInput } from '@mantine/core';
import {
  EventType,
  FieldMessage,
  INDICATOR_VALUE_MAX,
  IndicatorSource,
  TITLE_MAX,
  TwinningKind,
  TwinningStatus,
  UNIT_MAX,
} from '@spilno/shared';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { IndicatorsQuery } from '../../../generated/graphql';
import { enumOptions, parseEnum, type EnumValue } from '../../../ui/enums';
import { formFailureOf, useAppForm } from '../../../ui/forms';
import { maxLength, required, rules } from '../../../ui/validation';
import { optionalNumberError } from '../../action-plan/public';
import { compareCodes } from '../../action-plan/public';
import { FormModal } from '../../../ui/FormModal';
import { CreateIndicatorMutation, UpdateIndicatorMutation } from '../graphql/indicators';

const SOURCES = Object.values(IndicatorSource);
const EVENT_TYPES = Object.values(EventType);
const TWINNING_STATUSES = Object.values(TwinningStatus);
const TWINNING_KINDS = Object.values(TwinningKind);

type IndicatorProgramme = NonNullable<IndicatorsQuery['programme']>;
export type Indicator = IndicatorProgramme['indicators'][number];

export interface IndicatorFormModalProps {
  programme: IndicatorProgramme;
  /** The indicator to edit; a new one when null. */
  indicator: Indicator | null;
  onClose: () => void;
  onSaved: (name: string) => void;
  onReload: () => void;
}

interface IndicatorValues extends Record<string, unknown> {
  name: string;
  unit: string;
  target: number | string;
  achieved: number | string;
  actionId: string | null;
  source: EnumValue<IndicatorSource>;
  eventTypes: EnumValue<EventType>[];
  sideId: string | null;
  twinningStatus: EnumValue<TwinningStatus>;
  twinningKinds: EnumValue<TwinningKind>[];
}

function requiredValue(value: number | string) {
  return value === '' ? FieldMessage.REQUIRED : optionalNumberError(value, 0, INDICATOR_VALUE_MAX);
}

export function IndicatorFormModal(props: IndicatorFormModalProps) {
  const { programme, indicator } = props;
  const { t } = useTranslation('action-plan');
  const { t: tEvents } = useTranslation('events');
  const { t: tTwinning } = useTranslation('twinning');
  const [failure, setFailure] = useState<unknown>(null);
  const [createIndicator, creating] = useMutation(CreateIndicatorMutation, {
    refetchQueries: ['Indicators'],
  });
  const [updateIndicator, updating] = useMutation(UpdateIndicatorMutation);
  const form = useAppForm<IndicatorValues>({
    initialValues: {
      name: indicator?.name ?? '',
      unit: indicator?.unit ?? '',
      target: indicator?.target ?? '',
      achieved: indicator?.achieved ?? 0,
      actionId: null,
      source: indicator?.source ?? IndicatorSource.ENTERED,
      eventTypes: indicator ? [...indicator.eventTypes] : [],
      sideId: indicator?.sideId ?? null,
      twinningStatus: indicator?.twinningStatus ?? TwinningStatus.ACTIVE,
      twinningKinds: indicator ? [...indicator.twinningKinds] : [],
    },
    validate: {
      name: rules(required, maxLength(TITLE_MAX)),
      unit: rules(required, maxLength(UNIT_MAX)),
      target: requiredValue,
      achieved: (value, values) =>
        values.source === IndicatorSource.ENTERED
          ? optionalNumberError(value, 0, INDICATOR_VALUE_MAX)
          : null,
    },
  });

  const actionOptions = useMemo(
    () =>
      [...programme.actions]
        .sort((a, b) => compareCodes(a.code, b.code))
        .map((action) => ({ value: action.id, label: `${action.code} ${action.title}` })),
    [programme.actions],
  );
  const entered = form.values.source === IndicatorSource.ENTERED;
  const twinning = form.values.source === IndicatorSource.TWINNING_RELATIONS;

  const handleSubmit = form.onSubmit(async (values) => {
    setFailure(null);
    const input = {
      name: values.name.trim(),
      unit: values.unit.trim(),
      target: Number(values.target),
      achieved:
        values.source !== IndicatorSource.ENTERED || values.achieved === ''
          ? null
          : Number(values.achieved),
      actionId: values.actionId,
      source: values.source,
      eventTypes: entered || twinning ? [] : values.eventTypes,
      sideId: values.source === IndicatorSource.ATTENDEES ? values.sideId : null,
      twinningStatus: twinning ? values.twinningStatus : null,
      twinningKinds: twinning ? values.twinningKinds : [],
    };
    try {
      if (indicator) {
        await updateIndicator({
          variables: { id: indicator.id, version: indicator.version, input },
        });
      } else {
        await createIndicator({ variables: { programmeId: programme.id, input } });
      }
      props.onSaved(input.name);
    } catch (error) {
      setFailure(formFailureOf(form, error));
    }
  });

  return (
    <FormModal
      title={
        indicator
          ? t('indicators.editTitle', { name: indicator.name })
          : t('indicators.createTitle')
      }
      size="lg"
      onClose={props.onClose}
      onSubmit={handleSubmit}
      failure={failure}
      onReload={props.onReload}
      submitLabel={indicator ? t('form.save') : t('indicators.create')}
      submitting={creating.loading || updating.loading}
    >
      <TextInput
        label={t('indicators.name')}
        maxLength={TITLE_MAX}
        required
        data-autofocus
        {...form.getInputProps('name')}
      />
      <Select
        label={t('indicators.source')}
        description={t('indicators.sourceHint')}
        data={enumOptions(SOURCES, (value) => t(`indicators.sources.${value}`))}
        allowDeselect={false}
        {...form.getInputProps('source')}
        onChange={(value) =>
          form.setFieldValue('source', parseEnum(SOURCES, value) ?? IndicatorSource.ENTERED)
        }
      />
      {twinning ? (
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
          <Select
            label={t('indicators.twinningStatus')}
            data={enumOptions(TWINNING_STATUSES, (value) =>
              tTwinning(`enums.TwinningStatus.${value}`),
            )}
            allowDeselect={false}
            {...form.getInputProps('twinningStatus')}
            onChange={(value) =>
              form.setFieldValue(
                'twinningStatus',
                parseEnum(TWINNING_STATUSES, value) ?? TwinningStatus.ACTIVE,
              )
            }
          />
          <MultiSelect
            label={t('indicators.twinningKinds')}
            description={t('indicators.twinningKindsHint')}
            data={enumOptions(TWINNING_KINDS, (value) => tTwinning(`enums.TwinningKind.${value}`))}
            clearable
            {...form.getInputProps('twinningKinds')}
            onChange={(value) =>
              form.setFieldValue(
                'twinningKinds',
                TWINNING_KINDS.filter((kind) => value.includes(kind)),
              )
            }
          />
        </SimpleGrid>
      ) : null}
      {entered || twinning ? null : (
        <MultiSelect
          label={t('indicators.eventTypes')}
          description={t('indicators.eventTypesHint')}
          data={enumOptions(EVENT_TYPES, (value) => tEvents(`enums.EventType.${value}`))}
          clearable
          {...form.getInputProps('eventTypes')}
          onChange={(value) =>
            form.setFieldValue(
              'eventTypes',
              EVENT_TYPES.filter((type) => value.includes(type)),
            )
          }
        />
      )}
      {form.values.source === IndicatorSource.ATTENDEES ? (
        <Select
          label={t('indicators.side')}
          placeholder={t('indicators.sideAll')}
          data={programme.sides.map((side) => ({ value: side.id, label: side.name }))}
          clearable
          clearButtonProps={{ 'aria-label': t('indicators.clearSide') }}
          {...form.getInputProps('sideId')}
        />
      ) : null}
      <SimpleGrid cols={{ base: 1, sm: entered ? 3 : 2 }} spacing="sm">
        <TextInput
          label={t('indicators.unit')}
          description={t('indicators.unitHint')}
          maxLength={UNIT_MAX}
          required
          {...form.getInputProps('unit')}
        />
        <NumberInput
          label={t('indicators.target')}
          min={0}
          max={INDICATOR_VALUE_MAX}
          decimalScale={2}
          allowNegative={false}
          clampBehavior="none"
          required
          {...form.getInputProps('target')}
        />
        {entered ? (
          <NumberInput
            label={t('indicators.achieved')}
            min={0}
            max={INDICATOR_VALUE_MAX}
            decimalScale={2}
            allowNegative={false}
            clampBehavior="none"
            {...form.getInputProps('achieved')}
          />
        ) : null}
      </SimpleGrid>
      <Select
        label={t('indicators.action')}
        placeholder={t('indicators.actionNone')}
        description={indicator ? t('indicators.actionEditHint') : undefined}
        data={actionOptions}
        searchable
        clearable
        clearButtonProps={{ 'aria-label': t('indicators.clearAction') }}
        nothingFoundMessage={t('form.nothingFound')}
        {...form.getInputProps('actionId')}
      />
    </FormModal>
  );
}
