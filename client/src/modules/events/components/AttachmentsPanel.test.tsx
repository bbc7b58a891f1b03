import { AttachmentQuota, ErrorCode, QuotaKind } from '@spilno/shared';
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderWithProviders } from '../../../test/render';
import { AttachmentsPanel } from './AttachmentsPanel';

function renderPanel() {
  renderWithProviders(
    <AttachmentsPanel
      owner={{ eventId: 'event-1' }}
      editable
      attachments={[]}
      loading={false}
      error={undefined}
      refetch={() => Promise.resolve()}
      labels={{ table: 'Files', removeBody: (name) => name, forbidden: 'Not yours' }}
    />,
  );
}

/** The server's answer to an upload into a record that is full. */
function quotaAnswer(quota: QuotaKind): Response {
  const body = {
    errors: [
      {
        message: 'No room',
        extensions: { code: ErrorCode.QUOTA_EXCEEDED, quota, limit: AttachmentQuota[quota] },
      },
    ],
  };
  return new Response(JSON.stringify(body), { status: 409 });
}

describe('AttachmentsPanel', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('states the record’s quotas next to the file picker', () => {
    renderPanel();
    expect(
      screen.getByText(
        `Minutes, attendance lists, photos, signed memoranda: up to 20 MB each, up to ${AttachmentQuota.FILES_PER_RECORD} files and 200 MB in all here.`,
      ),
    ).toBeInTheDocument();
  });

  it.each([
    [QuotaKind.FILES_PER_RECORD, `at most ${AttachmentQuota.FILES_PER_RECORD} files per record`],
    [QuotaKind.BYTES_PER_RECORD, 'up to 200 MB in all'],
    [
      QuotaKind.FILES_PER_PROGRAMME,
      `as many files as it may (${AttachmentQuota.FILES_PER_PROGRAMME})`,
    ],
    [QuotaKind.BYTES_PER_PROGRAMME, 'all the room it has (2048 MB)'],
  ])('explains a full %s quota with its figure', async (quota, text) => {
    vi.stubGlobal('fetch', vi.fn().mockResolvedValue(quotaAnswer(quota)));
    renderPanel();
    await userEvent.upload(screen.getByLabelText('Attach a file'), new File(['a,b'], 'a.csv'));
    expect(await screen.findByRole('alert')).toHaveTextContent(text);
  });
});
