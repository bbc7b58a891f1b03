import { Button, Group, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import type { ProgrammeDetailFieldsFragment } from '../../../generated/graphql';
import { Fact } from '../../../ui/Fact';
import { useFormat } from '../../../ui/useFormat';
import { languageName } from '../../../ui/languages';
import { localisedText } from '../localisedText';
import { EditProgrammeModal } from './EditProgrammeModal';
import { ProgrammeCoordinators } from './ProgrammeCoordinators';
import { ProgrammeSides } from './ProgrammeSides';
import { ProgrammeSignatories } from './ProgrammeSignatories';
import { ProgrammeStatusBadge } from './ProgrammeStatusBadge';
import { ProgrammeStatusControl } from './ProgrammeStatusControl';
import { PublishSwitch } from './PublishSwitch';
import { TranslationMark } from './TranslationMark';

export interface ProgrammeOverviewProps {
  programme: ProgrammeDetailFieldsFragment;
}

/**
 * What a programme is: its text in the reader's language, period, status, languages, sides
 * and people. Editing controls exist only for those who may edit it.
 */
export function ProgrammeOverview({ programme }: ProgrammeOverviewProps) {
  const { t } = useTranslation();
  const { t: tp } = useTranslation('programmes');
  const format = useFormat();
  const [editOpened, edit] = useDisclosure(false);
  const text = localisedText(programme, format.locale);
  const summaryFallback = text.summary !== null && text.summaryLanguage !== format.locale;

  return (
    <Stack gap="lg">
      <section aria-labelledby="programme-summary-heading">
        <Group justify="space-between" mb="xs">
          <Title order={2} size="h4" id="programme-summary-heading">
            {t('programmes.detail.summary')}
          </Title>
          {programme.canEdit ? (
            <Button variant="light" size="sm" onClick={edit.open}>
              {tp('overview.edit')}
            </Button>
          ) : null}
        </Group>
        {summaryFallback ? (
          <TranslationMark missing={format.locale} shown={text.summaryLanguage} />
        ) : null}
        <Text
          mt={summaryFallback ? 'xs' : 0}
          style={{ whiteSpace: 'pre-line' }}
          c={text.summary ? undefined : 'dimmed'}
          lang={text.summary ? text.summaryLanguage : undefined}
        >
          {text.summary ?? t('programmes.detail.noSummary')}
        </Text>
      </section>

      <Paper withBorder p="md" component="section" aria-labelledby="programme-facts-heading">
        <Title order={2} size="h4" id="programme-facts-heading" mb="sm">
          {tp('overview.facts')}
        </Title>
        <SimpleGrid component="dl" m={0} cols={{ base: 1, xs: 2, md: 4 }} spacing="md">
          <Fact term={t('programmes.period')}>
            {t('programmes.periodValue', {
              start: format.date(programme.startsOn),
              end: format.date(programme.endsOn),
            })}
          </Fact>
          <Fact term={t('programmes.status')}>
            <ProgrammeStatusBadge status={programme.status} />
          </Fact>
          <Fact term={tp('create.currency')}>{programme.currency}</Fact>
          <Fact term={tp('create.languages')}>
            {programme.languages.length > 0
              ? programme.languages.map((code) => languageName(code, format.locale)).join(', ')
              : t('common.none')}
          </Fact>
        </SimpleGrid>
        {programme.canEdit ? (
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="lg" mt="lg">
            <ProgrammeStatusControl programme={programme} />
            <PublishSwitch programme={programme} />
          </SimpleGrid>
        ) : null}
      </Paper>

      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
        <ProgrammeSides programme={programme} />
        <ProgrammeCoordinators programme={programme} />
      </SimpleGrid>
      <ProgrammeSignatories programme={programme} />

      {programme.canEdit && editOpened ? (
        <EditProgrammeModal programme={programme} opened={editOpened} onClose={edit.close} />
      ) : null}
    </Stack>
  );
}
