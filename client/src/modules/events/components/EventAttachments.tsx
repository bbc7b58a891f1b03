import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { EventAttachmentsQuery } from '../graphql/events';
import { AttachmentsPanel } from './AttachmentsPanel';

export interface EventAttachmentsProps {
  eventId: string;
  /** Whether the signed-in user may attach and remove files. */
  editable: boolean;
}

/** Files of an event: everyone who reads it downloads them; editors add and remove. */
export function EventAttachments({ eventId, editable }: EventAttachmentsProps) {
  const { t } = useTranslation('events');
  const query = useQuery(EventAttachmentsQuery, { variables: { id: eventId } });
  return (
    <AttachmentsPanel
      owner={{ eventId }}
      editable={editable}
      attachments={query.data?.event?.attachments ?? []}
      loading={query.loading && !query.data}
      error={query.error}
      refetch={() => query.refetch()}
      labels={{
        table: t('attachments.label'),
        removeBody: (name) => t('attachments.removeBody', { name }),
        forbidden: t('attachments.errors.forbidden'),
      }}
    />
  );
}
