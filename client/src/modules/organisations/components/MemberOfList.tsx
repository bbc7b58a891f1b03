import { Anchor, List, Paper, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { OrganisationQuery } from '../../../generated/graphql';
import { useFormat } from '../../../ui/useFormat';
import { organisationName } from '../organisationName';
import { organisationPath } from '../../../app/paths';

type Membership = NonNullable<OrganisationQuery['organisation']>['memberOf'][number];

export interface MemberOfListProps {
  memberships: readonly Membership[];
}

/** The associations an organisation belongs or belonged to. */
export function MemberOfList({ memberships }: MemberOfListProps) {
  const { t } = useTranslation('organisations');
  const format = useFormat();
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="organisation-member-of-heading">
      <Title order={2} size="h4" id="organisation-member-of-heading" mb="xs">
        {t('detail.memberOf')}
      </Title>
      {memberships.length === 0 ? (
        <Text c="dimmed">{t('detail.noMemberOf')}</Text>
      ) : (
        <List spacing="xs">
          {memberships.map((membership) => (
            <List.Item key={membership.id}>
              <Anchor component={Link} to={organisationPath(membership.association.id)}>
                {organisationName(membership.association, format.locale)}
              </Anchor>{' '}
              <Text span size="sm" c="dimmed">
                {membership.leftOn
                  ? t('detail.period', {
                      from: format.date(membership.joinedOn),
                      to: format.date(membership.leftOn),
                    })
                  : t('detail.since', { from: format.date(membership.joinedOn) })}
              </Text>
            </List.Item>
          ))}
        </List>
      )}
    </Paper>
  );
}
