import { Card, List, SimpleGrid, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { PublicProgrammeQuery } from '../../../generated/graphql';
import { useFormat } from '../../../ui/useFormat';
import { organisationName } from '../../organisations/public';

type Programme = NonNullable<PublicProgrammeQuery['publicProgramme']>;

/** Each side of the programme with the partner organisations on it. */
export function PublicSides({ programme }: { programme: Programme }) {
  const { t } = useTranslation('public-site');
  const { t: tc } = useTranslation();
  const format = useFormat();
  return (
    <SimpleGrid cols={{ base: 1, sm: Math.min(programme.sides.length, 3) }} spacing="md">
      {programme.sides.map((side) => {
        const partners = programme.partners.filter((partner) => partner.sideId === side.id);
        return (
          <Card key={side.id} withBorder padding="md">
            <Title order={3} size="h5">
              {side.name}
            </Title>
            <Text size="sm" c="dimmed" mb="xs">
              {format.country(side.country)}
            </Text>
            {partners.length === 0 ? (
              <Text size="sm" c="dimmed">
                {t('sides.noPartners')}
              </Text>
            ) : (
              <List size="sm" spacing={4}>
                {partners.map((partner) => (
                  <List.Item key={partner.name}>
                    {organisationName(partner, format.locale)}
                    <Text span size="xs" c="dimmed">
                      {' '}
                      — {tc(`enums.PartnerRole.${partner.role}`)}
                    </Text>
                  </List.Item>
                ))}
              </List>
            )}
          </Card>
        );
      })}
    </SimpleGrid>
  );
}
