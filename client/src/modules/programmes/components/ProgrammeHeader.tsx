import { Badge, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ProgrammeDetailFieldsFragment } from '../../../generated/graphql';
import { PageHeader } from '../../../ui/PageHeader';
import { useFormat } from '../../../ui/useFormat';
import { localisedText } from '../localisedText';
import { ProgrammeStatusBadge } from './ProgrammeStatusBadge';
import { TranslationMark } from './TranslationMark';

export interface ProgrammeHeaderProps {
  programme: ProgrammeDetailFieldsFragment;
}

/** The programme's title in the reader's language, its code, status and period. */
export function ProgrammeHeader({ programme }: ProgrammeHeaderProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const text = localisedText(programme, format.locale);
  return (
    <div>
      <PageHeader title={text.title} lang={text.titleLanguage} description={programme.code} />
      <Group gap="xs" mt={-8}>
        <ProgrammeStatusBadge status={programme.status} />
        <Badge variant="outline" color={programme.published ? 'teal' : 'gray'}>
          {programme.published
            ? t('programmes.detail.published')
            : t('programmes.detail.notPublished')}
        </Badge>
        <Text size="sm" c="dimmed">
          {t('programmes.periodValue', {
            start: format.date(programme.startsOn),
            end: format.date(programme.endsOn),
          })}
        </Text>
        {text.titleLanguage !== format.locale ? (
          <TranslationMark missing={format.locale} shown={text.titleLanguage} />
        ) : null}
      </Group>
    </div>
  );
}
