import { ReportStatus } from '@spilno/shared';
import type { ReportingStatusQuery } from '../../generated/graphql';
import type { EnumValue } from '../../ui/enums';

export type ReportingStatusData = ReportingStatusQuery['reportingStatus'];
export type GridPeriod = ReportingStatusData['periods'][number];
export type GridPartner = ReportingStatusData['partners'][number];
export type GridCell = ReportingStatusData['cells'][number];

/** What a cell shows: the report's status, or that there is none (yet, or that you may see). */
export type CellState = EnumValue<ReportStatus> | 'NONE';

export function cellState(cell: Pick<GridCell, 'status'>): CellState {
  return cell.status ?? 'NONE';
}

export interface GridRow {
  partner: GridPartner;
  /** One per period, in the periods' order; undefined where the server sent no cell. */
  cells: (GridCell | undefined)[];
  /** Periods this partner is late for. */
  lateCount: number;
}

/** The grid as rows of partners against the periods, in the order the server gives both. */
export function gridRows(status: ReportingStatusData): GridRow[] {
  const byKey = new Map(status.cells.map((cell) => [`${cell.partnerId}/${cell.periodId}`, cell]));
  return status.partners.map((partner) => {
    const cells = status.periods.map((period) => byKey.get(`${partner.id}/${period.id}`));
    return { partner, cells, lateCount: cells.filter((cell) => cell?.late).length };
  });
}

/** The partners late for at least one period, most periods late first. */
export function latePartners(rows: GridRow[]): GridRow[] {
  return rows.filter((row) => row.lateCount > 0).sort((a, b) => b.lateCount - a.lateCount);
}

/**
 * A cell with no report yet that the viewer may start: the partner's `viewerCan.writeReport`
 * says whose reports the viewer writes (its own organisation's staff, and administrators).
 */
export function mayStartReport(partner: GridPartner, cell: GridCell): boolean {
  return cell.reportId === null && cell.status === null && partner.viewerCan.writeReport;
}

/** The partners the viewer may write reports for, e.g. for a report of free-standing dates. */
export function writablePartners(partners: GridPartner[]): GridPartner[] {
  return partners.filter((partner) => partner.viewerCan.writeReport);
}

/** Badge colours of the statuses; "none" is grey, lateness is shown apart from status. */
export const STATUS_COLORS: Record<CellState, string> = {
  [ReportStatus.DRAFT]: 'gray',
  [ReportStatus.SUBMITTED]: 'blue',
  [ReportStatus.APPROVED]: 'teal',
  [ReportStatus.CHANGES_REQUESTED]: 'orange',
  NONE: 'gray',
};
