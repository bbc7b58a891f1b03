import { useMutation } from '@apollo/client/react';
import { FileInput, Modal, Select, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { ErrorCode, EventStatus, EventType, FieldMessage } from '@spilno/shared';
import { print } from 'graphql';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { EventDetailsFragment } from '../../../generated/graphql';
import { eventPath, programmePath } from '../../../app/paths';
import { enumOptions } from '../../../ui/enums';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { FormActions } from '../../../ui/FormModal';
import { errorCodeOf, fieldErrorsOf, isFieldMessage } from '../../../ui/errors';
import { applyServerFieldErrors, useAppForm } from '../../../ui/forms';
import { LargeSelect } from '../../../ui/LargeSelect';
import { organisationName } from '../../organisations/public';
import {
  newIdempotencyKey,
  QueuedNotice,
  shouldQueue,
  useQueueWrite,
  type OutboxDraft,
} from '../../outbox/public';
import { languageName } from '../../../ui/languages';
import {
  emptyEventForm,
  eventFormErrors,
  eventToForm,
  organiserPartnerIds,
  toEventInput,
  type EventFormValues,
} from '../eventForm';
import { browserTimeZone, timeZoneOptions } from '../eventTime';
import { LogEventMutation, UpdateEventMutation } from '../graphql/events';
import type { EventsContext } from '../hooks/useEventsProgramme';
import { EventDetailsFields } from './EventDetailsFields';

export type EventFormMode = { kind: 'log' } | { kind: 'edit'; event: EventDetailsFragment };

export interface EventFormModalProps {
  context: EventsContext;
  mode: EventFormMode;
  onClose: () => void;
  onSaved: (event: EventDetailsFragment) => void;
  onReload: () => void;
}

const REFETCH = ['Events'];

/** The queued files go to the event that the logging wrote. */
const ATTACH_TO_EVENT: OutboxDraft['attach'] = { owner: 'eventId', resultField: 'logEvent' };

/**
 * Logging is a short form (type, title, times, zone, organiser, status) that fits a phone;
 * editing adds the details. The server's field errors land next to their fields.
 */
export function EventFormModal({ context, mode, onClose, onSaved, onReload }: EventFormModalProps) {
  const { t, i18n } = useTranslation('events');
  const phone = useMediaQuery('(max-width: 36em)');
  const [failure, setFailure] = useState<unknown>(null);
  const [files, setFiles] = useState<File[]>([]);
  const [queuedTitle, setQueuedTitle] = useState<string | null>(null);
  const queueWrite = useQueueWrite();
  const [logEvent, logging] = useMutation(LogEventMutation, { refetchQueries: REFETCH });
  const [updateEvent, updating] = useMutation(UpdateEventMutation, { refetchQueries: REFETCH });
  const sideIds = [...context.sides.keys()];
  const organisable = organiserPartnerIds(context.access);

  const form = useAppForm<EventFormValues>({
    initialValues:
      mode.kind === 'edit'
        ? eventToForm(mode.event, sideIds)
        : emptyEventForm({
            timeZone: browserTimeZone(),
            organiserPartnerId: context.access.canEdit ? null : (organisable[0] ?? null),
            sideIds,
          }),
    validate: (values) => eventFormErrors(values),
  });

  const zone = form.getValues().timeZone;
  const zones = useMemo(
    () => timeZoneOptions(zone).map((value) => ({ value, label: value.replaceAll('_', ' ') })),
    [zone],
  );
  // Where the programme works in several languages, the title and description here are in
  // the first; the others get translations on the edit form.
  const [original, ...others] = context.programme.languages;
  const originalHint =
    original && others.length > 0
      ? t('form.titleHint', { language: languageName(original, i18n.language) })
      : undefined;
  const organisers = context.programme.partners
    .filter((partner) => organisable.includes(partner.id))
    .map((partner) => ({
      value: partner.id,
      label: organisationName(partner.organisation, i18n.language),
    }));

  const handleSubmit = form.onSubmit(async (values) => {
    setFailure(null);
    const input =
      mode.kind === 'edit'
        ? toEventInput(values, {
            participantOrganisationIds: mode.event.participants.map((org) => org.id),
            translationLanguages: context.programme.languages.slice(1),
          })
        : toEventInput(values);
    const programmeId = context.programme.id;
    // The same key goes with the queued copy: the answer lost may be of a write that was done.
    const idempotencyKey = newIdempotencyKey();
    try {
      const result =
        mode.kind === 'edit'
          ? (
              await updateEvent({
                variables: { id: mode.event.id, version: mode.event.version, input },
              })
            ).data?.updateEvent
          : (await logEvent({ variables: { programmeId, input, idempotencyKey } })).data?.logEvent;
      if (result && files.length > 0) {
        // The files go through the outbox even online: each is sent under its own key, and
        // one that fails waits there instead of being lost with the closed form.
        await queueWrite({
          kind: 'event',
          title: input.title,
          path: eventPath(programmeId, result.id),
          operation: '',
          variables: {},
          attach: ATTACH_TO_EVENT,
          files,
          resultId: result.id,
        });
      }
      if (result) onSaved(result);
    } catch (error) {
      if (mode.kind === 'log' && shouldQueue(error)) {
        await queueWrite({
          key: idempotencyKey,
          kind: 'event',
          title: input.title,
          path: programmePath(programmeId, 'events'),
          operation: print(LogEventMutation),
          variables: { programmeId, input },
          attach: ATTACH_TO_EVENT,
          files,
        });
        setQueuedTitle(input.title);
        return;
      }
      if (errorCodeOf(error) === ErrorCode.BAD_USER_INPUT) {
        let applied = applyServerFieldErrors(form, error);
        // Attendee rows are sent without the blank sides, so their indices name a side here.
        for (const { field, message } of fieldErrorsOf(error)) {
          const row = /^input\.attendees\.(\d+)/.exec(field);
          const sideId = row ? input.attendees?.[Number(row[1])]?.sideId : undefined;
          if (!sideId) continue;
          form.setFieldError(
            `attendees.${sideId}`,
            isFieldMessage(message) ? message : FieldMessage.INVALID,
          );
          applied = true;
        }
        if (applied) return;
      }
      setFailure(error);
    }
  });

  return (
    <Modal
      opened
      onClose={onClose}
      title={mode.kind === 'edit' ? t('form.editTitle') : t('form.logTitle')}
      size={mode.kind === 'edit' ? 'xl' : 'lg'}
      fullScreen={phone}
      closeButtonProps={{ 'aria-label': t('form.close') }}
    >
      {queuedTitle !== null ? (
        <QueuedNotice title={queuedTitle} onClose={onClose} />
      ) : (
        <form onSubmit={handleSubmit} noValidate>
          <Stack>
            {failure ? <ErrorAlert error={failure} onReload={onReload} /> : null}
            <Select
              label={t('form.type')}
              withAsterisk
              data={enumOptions(Object.values(EventType), (type) => t(`enums.EventType.${type}`))}
              {...form.getInputProps('type')}
            />
            <TextInput
              label={t('form.title')}
              description={originalHint}
              withAsterisk
              {...form.getInputProps('title')}
            />
            <SimpleGrid cols={{ base: 1, xs: 2 }}>
              <TextInput
                type="datetime-local"
                label={t('form.startsAt')}
                withAsterisk
                {...form.getInputProps('startsAt')}
              />
              <TextInput
                type="datetime-local"
                label={t('form.endsAt')}
                withAsterisk
                {...form.getInputProps('endsAt')}
              />
            </SimpleGrid>
            <LargeSelect
              label={t('form.timeZone')}
              description={t('form.timeZoneHint')}
              withAsterisk
              data={zones}
              {...form.getInputProps('timeZone')}
            />
            <SimpleGrid cols={{ base: 1, xs: 2 }}>
              <Select
                label={t('form.organiser')}
                data={organisers}
                clearable={context.access.canEdit}
                {...form.getInputProps('organiserPartnerId')}
              />
              <Select
                label={t('form.status')}
                data={enumOptions(Object.values(EventStatus), (status) =>
                  t(`enums.EventStatus.${status}`),
                )}
                allowDeselect={false}
                {...form.getInputProps('status')}
              />
            </SimpleGrid>
            {mode.kind === 'edit' ? (
              <EventDetailsFields form={form} context={context} />
            ) : (
              <>
                <FileInput
                  label={t('form.files')}
                  description={t('form.filesHint')}
                  multiple
                  clearable
                  value={files}
                  onChange={setFiles}
                />
                <Text size="sm" c="dimmed">
                  {t('form.shortNote')}
                </Text>
              </>
            )}
            <FormActions
              submitLabel={mode.kind === 'edit' ? t('form.save') : t('form.create')}
              onCancel={onClose}
              submitting={logging.loading || updating.loading}
            />
          </Stack>
        </form>
      )}
    </Modal>
  );
}
