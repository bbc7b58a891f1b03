import { useMutation } from '@apollo/client/react';
import { ActionIcon, Anchor, Input, Stack, Table, Text, Title } from '@mantine/core';
import { ProgressBar } from '../../../ui/ProgressBar';
import { useId, useState, type ChangeEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmModal } from '../../../ui/ConfirmModal';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { LoadingState } from '../../../ui/LoadingState';
import { useFormat } from '../../../ui/useFormat';
import {
  uploadAttachment,
  type AttachmentOwner,
  type UploadErrorKey,
  UPLOAD_MESSAGE_VALUES,
} from '../attachmentUpload';
import { RemoveAttachmentMutation } from '../graphql/events';

export interface AttachmentRow {
  id: string;
  fileName: string;
  size: number;
  createdAt: string;
  downloadPath: string;
}

export interface AttachmentsPanelProps {
  owner: AttachmentOwner;
  /** Whether the signed-in user may attach and remove files. */
  editable: boolean;
  attachments: readonly AttachmentRow[];
  /** The files' query: still loading, failed, and how to fetch them again after a change. */
  loading: boolean;
  error: unknown;
  refetch: () => Promise<unknown>;
  /** What the record is called where the texts name it, e.g. "the event". */
  labels: { table: string; removeBody: (name: string) => string; forbidden: string };
  /** Heading level of the section's title. */
  titleOrder?: 2 | 3;
}

/**
 * Files of a record (an event, a twinning relation): everyone who reads it downloads them;
 * those who may change it add and remove them.
 */
export function AttachmentsPanel({
  owner,
  editable,
  attachments,
  loading,
  error,
  refetch,
  labels,
  titleOrder = 2,
}: AttachmentsPanelProps) {
  const { t } = useTranslation('events');
  const format = useFormat();
  const [remove, removal] = useMutation(RemoveAttachmentMutation);
  const [uploading, setUploading] = useState<string | null>(null);
  const [uploadError, setUploadError] = useState<UploadErrorKey | null>(null);
  const [notice, setNotice] = useState('');
  const [removing, setRemoving] = useState<AttachmentRow | null>(null);
  const inputId = useId();

  const size = (bytes: number) =>
    bytes < 1024 * 1024
      ? t('attachments.sizeKb', { size: format.number(Math.max(1, Math.round(bytes / 1024))) })
      : t('attachments.sizeMb', { size: format.number(Math.round(bytes / 1024 / 102.4) / 10) });

  const handleUpload = async (event: ChangeEvent<HTMLInputElement>) => {
    const input = event.currentTarget;
    const file = input.files?.[0];
    if (!file) return;
    setUploadError(null);
    setNotice('');
    setUploading(file.name);
    const result = await uploadAttachment(owner, file);
    setUploading(null);
    // Choosing the same file again after a failure must fire another change.
    input.value = '';
    if (result.ok) {
      setNotice(t('attachments.uploaded', { name: file.name }));
      await refetch();
    } else {
      setUploadError(result.error);
    }
  };

  const handleRemove = async () => {
    if (!removing) return;
    try {
      await remove({ variables: { id: removing.id } });
    } catch {
      return; // shown in the dialog through removal.error
    }
    setNotice(t('attachments.removed', { name: removing.fileName }));
    setRemoving(null);
    await refetch();
  };

  return (
    <Stack gap="sm">
      <Title order={titleOrder} size={titleOrder === 2 ? 'h3' : 'h4'}>
        {t('attachments.title')}
      </Title>
      {editable ? (
        <Stack gap={4}>
          <Input.Wrapper
            id={inputId}
            label={t('attachments.choose')}
            description={t('attachments.hint', UPLOAD_MESSAGE_VALUES)}
          >
            <input
              id={inputId}
              type="file"
              disabled={uploading !== null}
              onChange={(event) => void handleUpload(event)}
              style={{ display: 'block', marginTop: 4 }}
            />
          </Input.Wrapper>
          {uploading !== null ? (
            <Stack gap={4} maw={480}>
              <Text size="sm">{t('attachments.uploading', { name: uploading })}</Text>
              <ProgressBar
                value={100}
                animated
                striped
                aria-label={t('attachments.uploading', { name: uploading })}
              />
            </Stack>
          ) : null}
          {uploadError ? (
            <Text role="alert" c="red" size="sm">
              {uploadError === 'attachments.errors.forbidden'
                ? labels.forbidden
                : t(uploadError, UPLOAD_MESSAGE_VALUES)}
            </Text>
          ) : null}
        </Stack>
      ) : null}
      <Text role="status" size="sm" c="teal" aria-live="polite">
        {notice}
      </Text>
      {loading ? (
        <LoadingState />
      ) : error ? (
        <ErrorAlert error={error} onRetry={() => void refetch()} />
      ) : attachments.length === 0 ? (
        <Text size="sm">{t('attachments.empty')}</Text>
      ) : (
        <Table.ScrollContainer minWidth={480}>
          <Table aria-label={labels.table}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('attachments.columns.name')}</Table.Th>
                <Table.Th ta="right">{t('attachments.columns.size')}</Table.Th>
                <Table.Th>{t('attachments.columns.added')}</Table.Th>
                {editable ? <Table.Th>{t('attachments.columns.actions')}</Table.Th> : null}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {attachments.map((attachment) => (
                <Table.Tr key={attachment.id}>
                  <Table.Td>
                    <Anchor
                      href={attachment.downloadPath}
                      download={attachment.fileName}
                      aria-label={t('attachments.download', { name: attachment.fileName })}
                    >
                      {attachment.fileName}
                    </Anchor>
                  </Table.Td>
                  <Table.Td ta="right">{size(attachment.size)}</Table.Td>
                  <Table.Td>{format.dateTime(attachment.createdAt)}</Table.Td>
                  {editable ? (
                    <Table.Td>
                      <ActionIcon
                        variant="subtle"
                        color="red"
                        aria-label={t('attachments.remove', { name: attachment.fileName })}
                        onClick={() => {
                          removal.reset();
                          setRemoving(attachment);
                        }}
                      >
                        ×
                      </ActionIcon>
                    </Table.Td>
                  ) : null}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      <ConfirmModal
        opened={removing !== null}
        title={t('attachments.removeTitle')}
        body={labels.removeBody(removing?.fileName ?? '')}
        confirmLabel={t('attachments.removeConfirm')}
        danger
        busy={removal.loading}
        error={removal.error}
        onConfirm={() => void handleRemove()}
        onCancel={() => setRemoving(null)}
      />
    </Stack>
  );
}
