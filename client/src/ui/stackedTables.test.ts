import { describe, expect, it } from 'vitest';
import { labelStackedCells } from './stackedTables';

function wideTable(html: string): HTMLElement {
  const root = document.createElement('div');
  root.innerHTML = `<div class="mantine-TableScrollContainer-scrollContainer"><table>${html}</table></div>`;
  return root;
}

describe('labelStackedCells', () => {
  it("labels each body cell with its column's heading", () => {
    const root = wideTable(`
      <thead><tr><th>Code</th><th><span>Q1 2026</span><span>due 10 Apr</span></th><th><span class="sr">Row actions</span></th></tr></thead>
      <tbody><tr><th scope="row">1.1</th><td>Done</td><td><button>Report</button></td></tr></tbody>`);
    labelStackedCells(root);
    const cells = [...root.querySelectorAll('tbody tr > *')].map((cell) =>
      cell.getAttribute('data-label'),
    );
    expect(cells).toEqual(['Code', 'Q1 2026 · due 10 Apr', 'Row actions']);
  });

  it('leaves cells spanning columns unlabelled and keeps later columns in step', () => {
    const root = wideTable(`
      <thead><tr><th>A</th><th>B</th><th>C</th></tr></thead>
      <tbody><tr><td colspan="2">wide</td><td>c</td></tr></tbody>`);
    labelStackedCells(root);
    const cells = [...root.querySelectorAll('td')].map((cell) => cell.dataset.label);
    expect(cells).toEqual(['', 'C']);
  });

  it('ignores tables that do not scroll sideways', () => {
    const root = document.createElement('div');
    root.innerHTML =
      '<table><thead><tr><th>A</th></tr></thead><tbody><tr><td>a</td></tr></tbody></table>';
    labelStackedCells(root);
    expect(root.querySelector('td')?.hasAttribute('data-label')).toBe(false);
  });
});
