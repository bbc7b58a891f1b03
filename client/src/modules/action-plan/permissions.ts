export interface ReportableAction {
  children: readonly unknown[];
  responsible: readonly { id: string }[];
}

export interface ReportContext {
  /** Coordinators of the programme and administrators. */
  canEdit: boolean;
  /** The signed-in user's organisation, if any. */
  organisationId: string | null;
  /** Partner id → its organisation's id. */
  partnerOrganisations: ReadonlyMap<string, string>;
}

/** Whether the action has sub-actions, so its progress is their weighted roll-up. */
export function isDerived(action: Pick<ReportableAction, 'children'>): boolean {
  return action.children.length > 0;
}

/**
 * The server's rule, mirrored to decide which controls to show: coordinators and
 * administrators, and staff of an organisation responsible for the action, report progress
 * on an action without sub-actions. The server still checks every report.
 */
export function mayReportProgress(action: ReportableAction, context: ReportContext): boolean {
  if (isDerived(action)) return false;
  if (context.canEdit) return true;
  const { organisationId } = context;
  if (!organisationId) return false;
  return action.responsible.some(
    (partner) => context.partnerOrganisations.get(partner.id) === organisationId,
  );
}
