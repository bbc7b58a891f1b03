import { useQuery } from '@apollo/client/react';
import { Table, Text, VisuallyHidden } from '@mantine/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { useFormat } from '../../../ui/useFormat';
import { awaitsChildren, buildActionTree, isDerived, type ActionNode } from '../actionTree';
import { ActionChildrenQuery } from '../graphql/actionPlan';
import { responsibleNames, type ActionPlan, type PlanAction } from '../hooks/useActionPlan';
import { ActionRow, INDENT_REM, type ActionRowHandlers } from './ActionRow';

const COLUMNS = 7;

export interface ActionTreeTableProps extends ActionRowHandlers {
  plan: ActionPlan;
  /** Whether a parent shows its sub-actions now. */
  isExpanded: (node: ActionNode<PlanAction>) => boolean;
}

/** What every row of the table reads besides its own action. */
interface RowsContext {
  plan: ActionPlan;
  isExpanded: (node: ActionNode<PlanAction>) => boolean;
  handlers: ActionRowHandlers;
  locale: string;
}

/**
 * The plan as an indented table: parents open and close with their toggle (mouse, Enter,
 * Space, or the arrow keys), and each row offers what the reader may do with it. The
 * sub-actions of a parent that came without them load when it is first opened.
 */
export function ActionTreeTable({ plan, isExpanded, ...handlers }: ActionTreeTableProps) {
  const { t } = useTranslation('action-plan');
  const format = useFormat();
  const context: RowsContext = { plan, isExpanded, handlers, locale: format.locale };
  return (
    <Table.ScrollContainer minWidth={920}>
      <Table verticalSpacing="xs" highlightOnHover aria-label={t('table.label')}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('table.code')}</Table.Th>
            <Table.Th scope="col">{t('table.title')}</Table.Th>
            <Table.Th scope="col">{t('table.responsible')}</Table.Th>
            <Table.Th scope="col">{t('table.dates')}</Table.Th>
            <Table.Th scope="col">{t('table.status')}</Table.Th>
            <Table.Th scope="col">{t('table.progress')}</Table.Th>
            <Table.Th scope="col">
              <VisuallyHidden>{t('table.rowActions')}</VisuallyHidden>
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          <ActionRows nodes={plan.tree} depth={0} context={context} />
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

interface RowsProps {
  nodes: readonly ActionNode<PlanAction>[];
  depth: number;
  context: RowsContext;
}

function ActionRows({ nodes, depth, context }: RowsProps) {
  return nodes.map((node) => (
    <ActionNodeRows key={node.action.id} node={node} depth={depth} context={context} />
  ));
}

/** One action's row, and below it, when it is open, its sub-actions' rows. */
function ActionNodeRows({
  node,
  depth,
  context,
}: {
  node: ActionNode<PlanAction>;
  depth: number;
  context: RowsContext;
}) {
  const { plan, isExpanded, handlers, locale } = context;
  const { action } = node;
  const hasChildren = isDerived(action) || node.children.length > 0;
  const expanded = hasChildren && isExpanded(node);
  return (
    <>
      <ActionRow
        row={{ action, depth, hasChildren, expanded }}
        responsible={responsibleNames(action, plan.partners, locale)}
        // A parent's progress is its sub-actions' roll-up: nobody reports on it directly.
        mayReport={!hasChildren && action.viewerCan.reportProgress}
        canEdit={plan.programme.canEdit}
        languages={plan.programme.languages}
        {...handlers}
      />
      {expanded && awaitsChildren(node) ? (
        <LoadedChildRows parent={action} depth={depth + 1} context={context} />
      ) : null}
      {expanded ? <ActionRows nodes={node.children} depth={depth + 1} context={context} /> : null}
    </>
  );
}

/** The sub-actions of a parent that came without them, loaded while it is open. */
function LoadedChildRows({
  parent,
  depth,
  context,
}: {
  parent: PlanAction;
  depth: number;
  context: RowsContext;
}) {
  const { t } = useTranslation('action-plan');
  // From the cache at once when opened before, and checked again: the plan may have changed.
  const { data, loading, error, refetch } = useQuery(ActionChildrenQuery, {
    variables: { id: parent.id },
    fetchPolicy: 'cache-and-network',
  });
  const children = data?.action?.children;
  const nodes = useMemo(() => (children ? buildActionTree(children) : []), [children]);

  if (children) return <ActionRows nodes={nodes} depth={depth} context={context} />;
  if (!loading && !error) return null;
  return (
    <Table.Tr aria-busy={loading}>
      <Table.Td colSpan={COLUMNS} style={{ paddingInlineStart: `${depth * INDENT_REM + 2}rem` }}>
        {error ? (
          <ErrorAlert error={error} onRetry={() => void refetch()} />
        ) : (
          <Text role="status" size="sm" c="dimmed">
            {t('table.loadingChildren', { code: parent.code })}
          </Text>
        )}
      </Table.Td>
    </Table.Tr>
  );
}
