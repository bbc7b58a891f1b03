export const STACKED_TABLES = '.mantine-TableScrollContainer-scrollContainer table';

/** A heading's words; its lines (a period's name, its due date) kept apart. */
function headingText(cell: HTMLTableCellElement): string {
  const parts = cell.children.length > 1 ? [...cell.children] : [cell];
  return parts
    .map((part) => part.textContent?.trim() ?? '')
    .filter(Boolean)
    .join(' · ');
}

/**
 * Gives each body cell its column's heading as `data-label`, which the stacked layout shows
 * above the value (the headings row itself is hidden there). Cells spanning columns get none.
 */
export function labelStackedCells(root: ParentNode): void {
  for (const table of root.querySelectorAll<HTMLTableElement>(STACKED_TABLES)) {
    const headingRow = table.tHead?.rows[0];
    const headings: string[] = [];
    for (const cell of headingRow?.cells ?? []) {
      const text = headingText(cell);
      for (let i = 0; i < cell.colSpan; i += 1) headings.push(cell.colSpan === 1 ? text : '');
    }
    for (const body of table.tBodies) {
      for (const row of body.rows) {
        let column = 0;
        for (const cell of row.cells) {
          const label = cell.colSpan === 1 ? (headings[column] ?? '') : '';
          // Written only when it changes: the observer below does not watch attributes anyway.
          if (cell.dataset.label !== label) cell.dataset.label = label;
          column += cell.colSpan;
        }
      }
    }
  }
}
