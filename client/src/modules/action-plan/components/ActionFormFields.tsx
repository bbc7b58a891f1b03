import {
  MultiSelect,
  NumberInput,
  Select,
  SimpleGrid,
  Stack,
  Textarea,
  TextInput,
} from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { BUDGET_MAX, CODE_MAX, DESCRIPTION_MAX, TITLE_MAX, WEIGHT_MAX } from '@spilno/shared';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { enumOptions, parseEnum } from '../../../ui/enums';
import { useFormat } from '../../../ui/useFormat';
import { organisationName } from '../../organisations/public';
import type { ActionFormValues } from '../actionForm';
import { inTreeOrder, selfAndDescendants } from '../actionTree';
import type { ActionChoice, ActionPlan } from '../hooks/useActionPlan';
import { ACTION_STATUSES } from '../statusColors';

export interface ActionFormFieldsProps {
  form: UseFormReturnType<ActionFormValues>;
  plan: ActionPlan;
  /** Every action of the plan, for the choice of parent. */
  actions: readonly ActionChoice[];
  /** The action being edited: neither it nor its descendants can become its parent. */
  editingId: string | null;
}

export function ActionFormFields({ form, plan, actions, editingId }: ActionFormFieldsProps) {
  const { t } = useTranslation('action-plan');
  const format = useFormat();
  const { programme } = plan;

  const parentOptions = useMemo(() => {
    const excluded = editingId ? selfAndDescendants(actions, editingId) : new Set();
    return inTreeOrder(actions)
      .filter((row) => !excluded.has(row.action.id))
      .map((row) => ({
        value: row.action.id,
        label: `${row.action.code} ${row.action.title}`,
      }));
  }, [actions, editingId]);

  const partnerOptions = useMemo(
    () =>
      [...programme.sides]
        .sort((a, b) => a.position - b.position)
        .map((side) => ({
          group: t('form.sideGroup', { name: side.name, country: format.country(side.country) }),
          items: programme.partners
            .filter((partner) => partner.side.id === side.id)
            .map((partner) => ({
              value: partner.id,
              label: organisationName(partner.organisation, format.locale),
            })),
        }))
        .filter((group) => group.items.length > 0),
    [programme.sides, programme.partners, format, t],
  );

  const period = { min: programme.startsOn, max: programme.endsOn };
  const periodHint = t('form.periodHint', {
    start: format.date(programme.startsOn),
    end: format.date(programme.endsOn),
  });

  return (
    <Stack gap="sm">
      <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
        <TextInput
          label={t('form.code')}
          description={t('form.codeHint')}
          maxLength={CODE_MAX}
          required
          data-autofocus
          {...form.getInputProps('code')}
        />
        <TextInput
          label={t('form.title')}
          maxLength={TITLE_MAX}
          required
          style={{ gridColumn: 'span 2' }}
          {...form.getInputProps('title')}
        />
      </SimpleGrid>
      <Textarea
        label={t('form.description')}
        rows={3}
        maxLength={DESCRIPTION_MAX}
        {...form.getInputProps('description')}
      />
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
        <TextInput
          type="date"
          label={t('form.startsOn')}
          description={periodHint}
          required
          {...period}
          {...form.getInputProps('startsOn')}
        />
        <TextInput
          type="date"
          label={t('form.dueOn')}
          description={periodHint}
          required
          {...period}
          {...form.getInputProps('dueOn')}
        />
      </SimpleGrid>
      <Select
        label={t('form.parent')}
        placeholder={t('form.parentNone')}
        data={parentOptions}
        searchable
        clearable
        clearButtonProps={{ 'aria-label': t('form.clearParent') }}
        nothingFoundMessage={t('form.nothingFound')}
        {...form.getInputProps('parentId')}
      />
      <MultiSelect
        label={t('form.responsible')}
        placeholder={t('form.responsiblePlaceholder')}
        data={partnerOptions}
        searchable
        clearable
        clearButtonProps={{ 'aria-label': t('form.clearResponsible') }}
        nothingFoundMessage={t('form.nothingFound')}
        {...form.getInputProps('responsiblePartnerIds')}
      />
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
        <NumberInput
          label={t('form.weight')}
          description={t('form.weightHint')}
          min={0}
          max={WEIGHT_MAX}
          decimalScale={2}
          allowNegative={false}
          clampBehavior="none"
          {...form.getInputProps('weight')}
        />
        <Select
          label={t('form.status')}
          placeholder={t('form.statusDefault')}
          data={enumOptions(ACTION_STATUSES, (value) => t(`status.${value}`))}
          clearable
          clearButtonProps={{ 'aria-label': t('form.clearStatus') }}
          {...form.getInputProps('status')}
          onChange={(value) => form.setFieldValue('status', parseEnum(ACTION_STATUSES, value))}
        />
        <NumberInput
          label={t('form.plannedBudget', { currency: programme.currency })}
          min={0}
          max={BUDGET_MAX}
          decimalScale={2}
          thousandSeparator=" "
          allowNegative={false}
          clampBehavior="none"
          {...form.getInputProps('plannedBudget')}
        />
        <NumberInput
          label={t('form.spentBudget', { currency: programme.currency })}
          min={0}
          max={BUDGET_MAX}
          decimalScale={2}
          thousandSeparator=" "
          allowNegative={false}
          clampBehavior="none"
          {...form.getInputProps('spentBudget')}
        />
      </SimpleGrid>
    </Stack>
  );
}
