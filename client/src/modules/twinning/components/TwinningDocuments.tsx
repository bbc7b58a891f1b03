import { useTranslation } from 'react-i18next';
import type { TwinningDetailsFragment } from '../../../generated/graphql';
import { AttachmentsPanel } from '../../events/public';

export interface TwinningDocumentsProps {
  relation: TwinningDetailsFragment;
  refetch: () => Promise<unknown>;
}

/** The signed agreement and other documents of a relation. */
export function TwinningDocuments({ relation, refetch }: TwinningDocumentsProps) {
  const { t } = useTranslation('twinning');
  return (
    <AttachmentsPanel
      owner={{ twinningRelationId: relation.id }}
      editable={relation.canChange}
      attachments={relation.attachments}
      loading={false}
      error={null}
      refetch={refetch}
      labels={{
        table: t('documents.label'),
        removeBody: (name) => t('documents.removeBody', { name }),
        forbidden: t('documents.forbidden'),
      }}
    />
  );
}
