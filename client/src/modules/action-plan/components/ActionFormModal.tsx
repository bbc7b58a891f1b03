import { useMutation } from '@apollo/client/react';
import { Modal, Stack, Text } from '@mantine/core';
import { CODE_MAX, DESCRIPTION_MAX, TITLE_MAX } from '@spilno/shared';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formFailureOf, useAppForm } from '../../../ui/forms';
import { maxLength, required, rules } from '../../../ui/validation';
import {
  actionDateErrors,
  budgetError,
  suggestCode,
  toActionInput,
  weightError,
  type ActionFormValues,
} from '../actionForm';
import { CreateActionMutation, UpdateActionMutation } from '../graphql/actionPlan';
import { usePlanRefetch } from '../hooks/usePlanRefetch';
import {
  useActionChoices,
  type ActionChoice,
  type ActionPlan,
  type PlanAction,
} from '../hooks/useActionPlan';
import { ActionFormFields } from './ActionFormFields';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { FormActions } from '../../../ui/FormModal';
import { LoadingState } from '../../../ui/LoadingState';

export type ActionFormMode =
  { kind: 'create'; parent: PlanAction | null } | { kind: 'edit'; action: PlanAction };

export interface ActionFormModalProps {
  plan: ActionPlan;
  mode: ActionFormMode;
  onClose: () => void;
  onSaved: (code: string, created: boolean) => void;
  onReload: () => void;
}

function initialValues(
  plan: ActionPlan,
  mode: ActionFormMode,
  actions: readonly ActionChoice[],
): ActionFormValues {
  const { programme } = plan;
  if (mode.kind === 'edit') {
    const { action } = mode;
    return {
      code: action.code,
      title: action.title,
      description: action.description ?? '',
      startsOn: action.startsOn,
      dueOn: action.dueOn,
      parentId: action.parent?.id ?? null,
      responsiblePartnerIds: action.responsible.map((partner) => partner.id),
      weight: action.weight,
      plannedBudget: action.plannedBudget ?? '',
      spentBudget: action.spentBudget ?? '',
      status: action.status,
    };
  }
  const { parent } = mode;
  return {
    code: suggestCode(
      parent?.code ?? null,
      actions.map((action) => action.code),
    ),
    title: '',
    description: '',
    // A sub-action usually runs within its parent's dates; the whole period otherwise.
    startsOn: parent?.startsOn ?? programme.startsOn,
    dueOn: parent?.dueOn ?? programme.endsOn,
    parentId: parent?.id ?? null,
    responsiblePartnerIds: parent?.responsible.map((partner) => partner.id) ?? [],
    weight: 1,
    plannedBudget: '',
    spentBudget: '',
    status: null,
  };
}

/**
 * Creates or edits an action; the server's field errors land next to their fields. The form
 * opens once every action is at hand, for the choice of parent and the suggested code.
 */
export function ActionFormModal(props: ActionFormModalProps) {
  const { t } = useTranslation('action-plan');
  const { mode, onClose } = props;
  const { choices, error, refetch } = useActionChoices(props.plan);

  const title =
    mode.kind === 'edit'
      ? t('form.editTitle', { code: mode.action.code })
      : mode.parent
        ? t('form.createChildTitle', { code: mode.parent.code })
        : t('form.createTitle');

  return (
    <Modal
      opened
      onClose={onClose}
      title={title}
      size="xl"
      closeButtonProps={{ 'aria-label': t('actions.close') }}
    >
      {choices ? (
        <ActionForm {...props} actions={choices} />
      ) : error ? (
        <ErrorAlert error={error} onRetry={() => void refetch()} />
      ) : (
        <LoadingState />
      )}
    </Modal>
  );
}

function ActionForm({
  plan,
  mode,
  actions,
  onClose,
  onSaved,
  onReload,
}: ActionFormModalProps & { actions: readonly ActionChoice[] }) {
  const { t } = useTranslation('action-plan');
  const [failure, setFailure] = useState<unknown>(null);
  const refetchQueries = usePlanRefetch();
  const [createAction, creating] = useMutation(CreateActionMutation, { refetchQueries });
  const [updateAction, updating] = useMutation(UpdateActionMutation, { refetchQueries });
  const period = { startsOn: plan.programme.startsOn, endsOn: plan.programme.endsOn };

  const form = useAppForm<ActionFormValues>({
    initialValues: initialValues(plan, mode, actions),
    validate: {
      code: rules(required, maxLength(CODE_MAX)),
      title: rules(required, maxLength(TITLE_MAX)),
      description: maxLength(DESCRIPTION_MAX),
      startsOn: (_value, values) => actionDateErrors(values, period).startsOn,
      dueOn: (_value, values) => actionDateErrors(values, period).dueOn,
      weight: weightError,
      plannedBudget: budgetError,
      spentBudget: budgetError,
    },
  });

  const handleSubmit = form.onSubmit(async (values) => {
    setFailure(null);
    try {
      if (mode.kind === 'edit') {
        await updateAction({
          variables: {
            id: mode.action.id,
            version: mode.action.version,
            input: toActionInput(values, mode.action.translations),
          },
        });
        onSaved(values.code.trim(), false);
      } else {
        await createAction({
          variables: { programmeId: plan.programme.id, input: toActionInput(values) },
        });
        onSaved(values.code.trim(), true);
      }
    } catch (error) {
      setFailure(formFailureOf(form, error));
    }
  });

  return (
    <form onSubmit={handleSubmit} noValidate>
      <Stack>
        {failure ? <ErrorAlert error={failure} onReload={onReload} /> : null}
        {mode.kind === 'edit' && mode.action.childCount > 0 ? (
          <Text size="sm" c="dimmed">
            {t('form.parentProgressNote')}
          </Text>
        ) : null}
        <ActionFormFields
          form={form}
          plan={plan}
          actions={actions}
          editingId={mode.kind === 'edit' ? mode.action.id : null}
        />
        <FormActions
          submitLabel={mode.kind === 'edit' ? t('form.save') : t('form.create')}
          onCancel={onClose}
          submitting={creating.loading || updating.loading}
        />
      </Stack>
    </form>
  );
}
