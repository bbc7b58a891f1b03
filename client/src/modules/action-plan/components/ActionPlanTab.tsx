import { useApolloClient } from '@apollo/client/react';
import { Stack, Text } from '@mantine/core';
import { ErrorCode } from '@spilno/shared';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { EmptyMessage } from '../../../ui/EmptyMessage';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { errorCodeOf } from '../../../ui/errors';
import { LoadingState } from '../../../ui/LoadingState';
import { PlanSummary } from '../../dashboard/public';
import type { ActionNode } from '../actionTree';
import { useActionPlan, type PlanAction } from '../hooks/useActionPlan';
import { usePlanRefetch } from '../hooks/usePlanRefetch';
import { ActionFormModal, type ActionFormMode } from './ActionFormModal';
import { ActionHistoryDrawer } from './ActionHistoryDrawer';
import { ActionPlanToolbar } from './ActionPlanToolbar';
import { ActionTreeTable } from './ActionTreeTable';
import { RemoveActionModal } from './RemoveActionModal';

type Dialog =
  | { kind: 'none' }
  | { kind: 'form'; mode: ActionFormMode }
  | { kind: 'remove'; action: PlanAction };

/** The programme's action plan: summary, toolbar, and the tree of actions. */
export function ActionPlanTab({ programmeId }: { programmeId: string }) {
  const { t } = useTranslation('action-plan');
  const { plan, loading, error, refetch } = useActionPlan(programmeId);
  const client = useApolloClient();
  const planQueries = usePlanRefetch();
  // Parents the reader opened or closed; the others show open when their sub-actions came
  // with the plan (all of a small plan) and closed when they are still to be loaded.
  const [toggled, setToggled] = useState<ReadonlyMap<string, boolean>>(() => new Map());
  const [dialog, setDialog] = useState<Dialog>({ kind: 'none' });
  const [historyOf, setHistoryOf] = useState<PlanAction | null>(null);
  const [notice, setNotice] = useState('');

  if (loading && !plan) return <LoadingState />;
  if (!plan) {
    if (errorCodeOf(error) === ErrorCode.NOT_FOUND || !error)
      return <EmptyMessage title={t('notFound')} />;
    return <ErrorAlert error={error} onRetry={() => void refetch()} />;
  }

  // After a CONFLICT: the stale action may be in the outline or in a level opened since.
  const handleReload = () => {
    setDialog({ kind: 'none' });
    void client.refetchQueries({ include: planQueries() });
  };
  const handleToggle = (id: string, expanded: boolean) => {
    setToggled((current) => new Map(current).set(id, expanded));
  };
  const isExpanded = (node: ActionNode<PlanAction>) =>
    toggled.get(node.action.id) ?? node.children.length > 0;
  const closeDialog = () => setDialog({ kind: 'none' });

  return (
    <Stack gap="md">
      <PlanSummary programmeId={programmeId} />
      <ActionPlanToolbar
        programme={plan.programme}
        onCreate={() => setDialog({ kind: 'form', mode: { kind: 'create', parent: null } })}
        onImported={({ creates, updates }) => setNotice(t('import.done', { creates, updates }))}
      />
      <Text role="status" size="sm" c="teal" aria-live="polite">
        {notice}
      </Text>
      {error ? <ErrorAlert error={error} onRetry={() => void refetch()} /> : null}
      {plan.tree.length === 0 ? (
        <EmptyMessage
          title={t('table.empty')}
          description={plan.programme.canEdit ? t('table.emptyEditable') : undefined}
        />
      ) : (
        <ActionTreeTable
          plan={plan}
          isExpanded={isExpanded}
          onToggle={handleToggle}
          onHistory={setHistoryOf}
          onEdit={(action) => setDialog({ kind: 'form', mode: { kind: 'edit', action } })}
          onAddChild={(parent) => {
            // The new sub-action must be visible once saved.
            handleToggle(parent.id, true);
            setDialog({ kind: 'form', mode: { kind: 'create', parent } });
          }}
          onRemove={(action) => setDialog({ kind: 'remove', action })}
          onReported={(code) => setNotice(t('report.saved', { code }))}
          onReload={handleReload}
        />
      )}

      {dialog.kind === 'form' ? (
        <ActionFormModal
          plan={plan}
          mode={dialog.mode}
          onClose={closeDialog}
          onReload={handleReload}
          onSaved={(code, created) => {
            closeDialog();
            setNotice(t(created ? 'form.created' : 'form.saved', { code }));
          }}
        />
      ) : null}
      {dialog.kind === 'remove' ? (
        <RemoveActionModal
          action={dialog.action}
          onClose={closeDialog}
          onReload={handleReload}
          onRemoved={(code) => {
            closeDialog();
            setNotice(t('remove.removed', { code }));
          }}
        />
      ) : null}
      <ActionHistoryDrawer
        programmeId={programmeId}
        action={historyOf}
        onClose={() => setHistoryOf(null)}
      />
    </Stack>
  );
}
