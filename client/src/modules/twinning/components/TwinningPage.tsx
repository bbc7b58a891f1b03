import { useQuery } from '@apollo/client/react';
import { Anchor, Button, Card, Grid, List, SimpleGrid, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { RecordUnavailable } from '../../../pages/RecordUnavailable';
import { DetailItem } from '../../../ui/DetailItem';
import { LoadingState } from '../../../ui/LoadingState';
import { PageHeader } from '../../../ui/PageHeader';
import { useFormat } from '../../../ui/useFormat';
import { useCurrentUser } from '../../auth/public';
import { organisationName } from '../../organisations/public';
import { TwinningRelationQuery } from '../graphql/twinning';
import { StatusChangeForm } from './StatusChangeForm';
import { TwinningDocuments } from './TwinningDocuments';
import { TwinningEvents } from './TwinningEvents';
import { TwinningFormModal } from './TwinningFormModal';
import { TwinningHistory } from './TwinningHistory';
import { TwinningStatusBadge } from './TwinningStatusBadge';
import { TWINNING_PATH, organisationPath, programmePath } from '../../../app/paths';

/** One relation: its details, contacts, status change, history, events and documents. */
export function TwinningPage() {
  const { t } = useTranslation('twinning');
  const format = useFormat();
  const user = useCurrentUser();
  const { id = '' } = useParams();
  const query = useQuery(TwinningRelationQuery, { variables: { id } });
  const [editing, setEditing] = useState(false);
  const [notice, setNotice] = useState('');
  const relation = query.data?.twinningRelation ?? null;

  if (query.loading && !query.data) return <LoadingState />;
  if (!relation) {
    return (
      <RecordUnavailable
        error={query.error}
        onRetry={() => void query.refetch()}
        title={t('page.notFoundTitle')}
        description={t('page.notFoundBody')}
      />
    );
  }

  const none = t('none');
  const a = organisationName(relation.organisationA, format.locale);
  const b = organisationName(relation.organisationB, format.locale);
  const parties = [relation.organisationA, relation.organisationB];
  const handleReload = () => {
    setEditing(false);
    void query.refetch();
  };

  return (
    <Stack gap="md">
      <Anchor component={Link} to={TWINNING_PATH} size="sm">
        ← {t('page.back')}
      </Anchor>
      <PageHeader
        title={`${a} ↔ ${b}`}
        description={t(`enums.TwinningKind.${relation.kind}`)}
        actions={
          <>
            <TwinningStatusBadge status={relation.status} />
            {relation.canChange ? (
              <Button variant="default" onClick={() => setEditing(true)}>
                {t('page.edit')}
              </Button>
            ) : null}
          </>
        }
      />
      <Text role="status" size="sm" c="teal" aria-live="polite">
        {notice}
      </Text>
      <Grid gap="lg">
        <Grid.Col span={{ base: 12, md: 7 }}>
          <Stack gap="md">
            <Card withBorder>
              <SimpleGrid cols={{ base: 1, xs: 2 }}>
                {parties.map((party, index) => (
                  <DetailItem
                    key={party.id}
                    label={index === 0 ? t('page.sideA') : t('page.sideB')}
                  >
                    <Anchor component={Link} to={organisationPath(party.id)}>
                      {organisationName(party, format.locale)}
                    </Anchor>{' '}
                    ({format.country(party.country)})
                  </DetailItem>
                ))}
                <DetailItem label={t('page.since')}>
                  {relation.since ? format.date(relation.since) : none}
                </DetailItem>
                <DetailItem label={t('page.programme')}>
                  {relation.programme ? (
                    <Anchor component={Link} to={programmePath(relation.programme.id, 'twinning')}>
                      {relation.programme.code}
                    </Anchor>
                  ) : (
                    none
                  )}
                </DetailItem>
                <DetailItem label={t('page.areas')}>{relation.areas.join(', ') || none}</DetailItem>
                <DetailItem label={t('page.description')}>
                  {relation.description ?? none}
                </DetailItem>
              </SimpleGrid>
            </Card>
            <DetailItem label={t('page.contacts')}>
              {relation.contacts.length === 0 ? (
                none
              ) : (
                <List spacing={4}>
                  {relation.contacts.map((contact, index) => {
                    const party = parties.find((p) => p.id === contact.organisationId);
                    const details = [contact.position, contact.email, contact.phone].filter(
                      Boolean,
                    );
                    return (
                      <List.Item key={index}>
                        {contact.name}
                        {details.length ? `, ${details.join(', ')}` : ''}
                        {party ? ` — ${organisationName(party, format.locale)}` : ''}
                      </List.Item>
                    );
                  })}
                </List>
              )}
            </DetailItem>
            {relation.canChange ? (
              <StatusChangeForm
                relation={relation}
                onReload={handleReload}
                onChanged={(changed) =>
                  setNotice(
                    t('status.changed', { status: t(`enums.TwinningStatus.${changed.status}`) }),
                  )
                }
              />
            ) : null}
            <TwinningEvents relation={relation} />
            <TwinningDocuments relation={relation} refetch={() => query.refetch()} />
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 5 }}>
          <TwinningHistory history={relation.history} />
        </Grid.Col>
      </Grid>
      {editing ? (
        <TwinningFormModal
          user={user}
          mode={{ kind: 'edit', relation }}
          onClose={() => setEditing(false)}
          onReload={handleReload}
          onSaved={() => {
            setEditing(false);
            setNotice(t('page.saved'));
          }}
        />
      ) : null}
    </Stack>
  );
}
