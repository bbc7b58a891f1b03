import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderWithProviders } from '../../../test/render';
import { BELGOROD, KHARKIV, party, relationFixture } from '../testing';
import { STATUS_STROKES } from '../twinningStatus';
import { TwinningDiagram } from './TwinningDiagram';

/** Catches what the page hands the browser to download: jsdom neither makes blob URLs nor saves. */
function catchDownloads(): { blob: Blob; name: string }[] {
  const files: { blob: Blob; name: string }[] = [];
  const blobs = new Map<string, Blob>();
  vi.stubGlobal('URL', {
    ...URL,
    createObjectURL: (blob: Blob) => {
      const url = `blob:test/${blobs.size}`;
      blobs.set(url, blob);
      return url;
    },
    revokeObjectURL: () => undefined,
  });
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function click(
    this: HTMLAnchorElement,
  ) {
    const blob = blobs.get(this.getAttribute('href') ?? '');
    if (blob) files.push({ blob, name: this.download });
  });
  return files;
}

/** jsdom's Blob has no text(); its FileReader reads one. */
function readText(blob: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(reader.error ?? new Error('unreadable'));
    reader.readAsText(blob);
  });
}

afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

const SIBIU = party('org-si', 'Consiliul Județean Sibiu', 'Sibiu County Council', 'RO');

const relations = [
  // Entered with the neighbour first: the picture still puts Kharkiv on the left.
  relationFixture({ id: 'r1', status: 'ACTIVE', organisationA: BELGOROD, organisationB: KHARKIV }),
  relationFixture({ id: 'r2', status: 'PROPOSED', organisationA: KHARKIV, organisationB: SIBIU }),
];

describe('TwinningDiagram', () => {
  it('draws a line per relation, styled by status, with the legend inside the picture', () => {
    const { container } = renderWithProviders(
      <TwinningDiagram relations={relations} preferredCountry="UA" />,
    );
    const lines = container.querySelectorAll('svg path');
    expect(lines).toHaveLength(2);
    expect(lines[0]).toHaveAttribute('stroke', STATUS_STROKES.ACTIVE.color);
    expect(lines[1]).toHaveAttribute('stroke-dasharray', STATUS_STROKES.PROPOSED.dash);
    const svg = container.querySelector('svg');
    for (const status of ['Proposed', 'Negotiating', 'Active', 'Dormant', 'Terminated']) {
      expect(within(svg as unknown as HTMLElement).getByText(status)).toBeInTheDocument();
    }
    // One Kharkiv node on the left faces both neighbours on the right.
    expect(
      within(svg as unknown as HTMLElement).getAllByText('Kharkiv Regional Council'),
    ).toHaveLength(1);
  });

  it('gives the same relations as a table for screen readers', () => {
    renderWithProviders(<TwinningDiagram relations={relations} preferredCountry="UA" />);
    const table = screen.getByRole('table', {
      name: 'Twinning relations: the organisations of each side facing each other',
    });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows.map((row) => row.textContent)).toEqual([
      'Kharkiv Regional Council (UA)Belgorod Regional Duma (RU)Active',
      'Kharkiv Regional Council (UA)Sibiu County Council (RO)Proposed',
    ]);
  });

  it('downloads the picture as a standalone SVG file', async () => {
    const user = userEvent.setup();
    const downloads = catchDownloads();
    renderWithProviders(
      <TwinningDiagram relations={relations} preferredCountry="UA" fileLabel="KH-BE-2012" />,
    );
    await user.click(screen.getByRole('button', { name: 'Download as SVG' }));
    expect(downloads.map((file) => file.name)).toEqual(['twinning-KH-BE-2012.svg']);
    const blob = downloads[0]?.blob ?? new Blob();
    expect(blob.type).toBe('image/svg+xml;charset=utf-8');
    const text = await readText(blob);
    expect(text).toMatch(
      /^<\?xml version="1.0" encoding="UTF-8"\?>\n<svg [^>]*xmlns="http:\/\/www.w3.org\/2000\/svg"/,
    );
    expect(text).toContain('Belgorod Regional Duma');
    expect(text).not.toContain('var(--');
  });
});
