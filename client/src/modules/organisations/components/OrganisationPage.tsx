import { useQuery } from '@apollo/client/react';
import { Anchor, Button, Paper, SimpleGrid, Stack, Title } from '@mantine/core';
import { ErrorCode, OrganisationKind } from '@spilno/shared';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { NotFoundPage } from '../../../pages/NotFoundPage';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { errorCodeOf } from '../../../ui/errors';
import { LoadingState } from '../../../ui/LoadingState';
import { PageHeader } from '../../../ui/PageHeader';
import { Fact } from '../../../ui/Fact';
import { useFormat } from '../../../ui/useFormat';
import { useCurrentUser } from '../../auth/public';
import { OrganisationQuery } from '../graphql/organisations';
import { organisationName } from '../organisationName';
import { CoverageFact } from './CoverageFact';
import { DeclaredMembersSection } from './DeclaredMembersSection';
import { MemberOfList } from './MemberOfList';
import { OrganisationFormModal } from './OrganisationFormModal';
import { OrganisationMembers } from './OrganisationMembers';
import { ORGANISATIONS_PATH, organisationPath } from '../../../app/paths';

/** One directory entry: its details, parent, and for an association its members and coverage. */
export function OrganisationPage() {
  const { t } = useTranslation('organisations');
  const format = useFormat();
  const user = useCurrentUser();
  const { id = '' } = useParams();
  const [editing, setEditing] = useState(false);
  const { data, loading, error, refetch } = useQuery(OrganisationQuery, { variables: { id } });

  if (loading && !data) return <LoadingState />;
  if ((error && errorCodeOf(error) === ErrorCode.NOT_FOUND) || (data && !data.organisation)) {
    return (
      <NotFoundPage title={t('detail.notFoundTitle')} description={t('detail.notFoundBody')} />
    );
  }
  if (!data?.organisation) return <ErrorAlert error={error} onRetry={() => void refetch()} />;

  const organisation = data.organisation;
  const none = t('common.none', { ns: 'translation' });
  const isAssociation = organisation.kind === OrganisationKind.ASSOCIATION;
  const editable = user.viewerCan.editDirectory;
  const name = organisationName(organisation, format.locale);

  return (
    <Stack gap="lg">
      <Anchor component={Link} to={ORGANISATIONS_PATH} size="sm">
        ← {t('detail.back')}
      </Anchor>
      <PageHeader
        title={name}
        description={name !== organisation.name ? organisation.name : undefined}
        actions={
          editable ? <Button onClick={() => setEditing(true)}>{t('actions.edit')}</Button> : null
        }
      />
      {error ? <ErrorAlert error={error} onRetry={() => void refetch()} /> : null}

      <Paper withBorder p="md" component="section" aria-labelledby="organisation-details-heading">
        <Title order={2} size="h4" id="organisation-details-heading" mb="sm">
          {t('detail.details')}
        </Title>
        <SimpleGrid component="dl" m={0} cols={{ base: 1, xs: 2, md: 3 }} spacing="md">
          <Fact term={t('form.kind')}>
            {t(`enums.OrganisationKind.${organisation.kind}`, { ns: 'translation' })}
          </Fact>
          <Fact term={t('form.country')}>{format.country(organisation.country)}</Fact>
          <Fact term={t('form.region')}>{organisation.region ?? none}</Fact>
          <Fact term={t('form.parent')}>
            {organisation.parent ? (
              <Anchor component={Link} to={organisationPath(organisation.parent.id)}>
                {organisationName(organisation.parent, format.locale)}
              </Anchor>
            ) : (
              none
            )}
          </Fact>
          <Fact term={t('form.population')}>
            {organisation.population === null ? none : format.number(organisation.population)}
          </Fact>
          {isAssociation ? (
            <Fact term={t('detail.coverage')}>
              <CoverageFact coverage={organisation.coverage ?? null} />
            </Fact>
          ) : null}
        </SimpleGrid>
      </Paper>

      {isAssociation ? (
        <>
          <DeclaredMembersSection
            associationId={organisation.id}
            figures={organisation.declaredMembers}
            editable={editable}
          />
          <OrganisationMembers association={organisation} editable={editable} />
        </>
      ) : null}
      <MemberOfList memberships={organisation.memberOf} />

      {editing ? (
        <OrganisationFormModal
          organisation={organisation}
          onClose={() => setEditing(false)}
          onSaved={() => {
            setEditing(false);
            void refetch();
          }}
          onReload={() => {
            setEditing(false);
            void refetch();
          }}
        />
      ) : null}
    </Stack>
  );
}
