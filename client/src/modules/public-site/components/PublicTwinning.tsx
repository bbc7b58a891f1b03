import { Badge, Card, Group, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { PublicProgrammeQuery } from '../../../generated/graphql';
import { useFormat } from '../../../ui/useFormat';
import { organisationName } from '../../organisations/public';

type Twinning = NonNullable<PublicProgrammeQuery['publicProgramme']>['twinning'][number];

/** Active twinning relations grown in the programme: the lasting ties it has made. */
export function PublicTwinning({ relations }: { relations: Twinning[] }) {
  const { t } = useTranslation('public-site');
  const { t: tTwinning } = useTranslation('twinning');
  const format = useFormat();
  if (relations.length === 0) return <Text c="dimmed">{t('twinning.empty')}</Text>;
  return (
    <Stack gap="sm">
      {relations.map((relation) => {
        const names = relation.organisations.map(
          (organisation) =>
            `${organisationName(organisation, format.locale)} (${format.country(organisation.country)})`,
        );
        return (
          <Card key={names.join()} withBorder padding="md" component="article">
            <Group gap="xs" mb={4}>
              <Badge variant="light">{tTwinning(`enums.TwinningKind.${relation.kind}`)}</Badge>
            </Group>
            <Title order={3} size="h5">
              {names.join(' — ')}
            </Title>
            {relation.since ? (
              <Text size="sm" c="dimmed">
                {t('twinning.since', { date: format.date(relation.since) })}
              </Text>
            ) : null}
            {relation.areas.length > 0 ? (
              <Text size="sm" mt={4}>
                <Text span fw={600}>
                  {t('twinning.areas')}:
                </Text>{' '}
                {relation.areas.join(', ')}
              </Text>
            ) : null}
          </Card>
        );
      })}
    </Stack>
  );
}
