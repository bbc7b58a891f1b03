import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderWithProviders } from '../../test/render';
import { ChartFigure } from './ChartFigure';
import { VisuallyHiddenTable } from './VisuallyHiddenTable';

const SRC = join(__dirname, '..', '..');

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'generated' ? [] : sources(path);
    return /\.tsx?$/.test(entry.name) ? [path] : [];
  });
}

describe('charts', () => {
  it('are drawn only in ui/charts: features wrap the primitive, none imports the library', () => {
    const drawing = sources(SRC)
      .filter((path) => /from 'recharts'/.test(readFileSync(path, 'utf8')))
      .map((path) => relative(SRC, path).split('\\').join('/'));
    expect(drawing.length).toBeGreaterThan(0);
    expect(drawing.filter((path) => !path.startsWith('ui/charts/'))).toEqual([]);
  });

  it('name the figure by its caption and give its figures as a table of the same name', () => {
    renderWithProviders(
      <ChartFigure
        caption="Budget by partner"
        height={120}
        chart={<div>drawing</div>}
        table={
          <VisuallyHiddenTable
            caption="Budget by partner"
            columns={['Partner', 'Planned']}
            rows={[{ key: 'ua', header: 'Ужгород', cells: ['1 000'] }]}
          />
        }
      />,
    );
    expect(screen.getByRole('figure', { name: 'Budget by partner' })).toBeInTheDocument();
    const table = screen.getByRole('table', { name: 'Budget by partner' });
    expect(within(table).getByRole('rowheader', { name: 'Ужгород' })).toBeInTheDocument();
    expect(within(table).getByRole('cell', { name: '1 000' })).toBeInTheDocument();
  });
});
