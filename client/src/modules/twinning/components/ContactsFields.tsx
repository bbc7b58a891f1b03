import {
  ActionIcon,
  Button,
  Fieldset,
  Group,
  Select,
  SimpleGrid,
  Stack,
  TextInput,
} from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { EMAIL_MAX, PERSON_MAX, PHONE_MAX, TWINNING_CONTACTS_MAX } from '@spilno/shared';
import { useTranslation } from 'react-i18next';
import { emptyContact, type TwinningFormValues } from '../twinningForm';

export interface ContactsFieldsProps {
  form: UseFormReturnType<TwinningFormValues>;
  /** The two organisations of the relation, as far as chosen: a contact works for one of them. */
  parties: { value: string; label: string }[];
}

/** Contacts on each side, added and removed in place. */
export function ContactsFields({ form, parties }: ContactsFieldsProps) {
  const { t } = useTranslation('twinning');
  const contacts = form.getValues().contacts;
  return (
    <Fieldset legend={t('form.contacts')}>
      <Stack gap="sm">
        {contacts.map((contact, index) => (
          <Group key={contact.key} align="flex-start" gap="sm" wrap="nowrap">
            <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="xs" style={{ flex: 1 }}>
              <Select
                label={t('form.contactOrganisation', { n: index + 1 })}
                data={parties}
                withAsterisk
                {...form.getInputProps(`contacts.${index}.organisationId`)}
              />
              <TextInput
                label={t('form.contactName', { n: index + 1 })}
                withAsterisk
                maxLength={PERSON_MAX}
                {...form.getInputProps(`contacts.${index}.name`)}
              />
              <TextInput
                label={t('form.contactPosition', { n: index + 1 })}
                maxLength={PERSON_MAX}
                {...form.getInputProps(`contacts.${index}.position`)}
              />
              <TextInput
                type="email"
                label={t('form.contactEmail', { n: index + 1 })}
                maxLength={EMAIL_MAX}
                {...form.getInputProps(`contacts.${index}.email`)}
              />
              <TextInput
                type="tel"
                label={t('form.contactPhone', { n: index + 1 })}
                maxLength={PHONE_MAX}
                {...form.getInputProps(`contacts.${index}.phone`)}
              />
            </SimpleGrid>
            <ActionIcon
              variant="subtle"
              color="red"
              size="lg"
              mt={26}
              aria-label={t('form.removeContact', { n: index + 1 })}
              onClick={() => form.removeListItem('contacts', index)}
            >
              <span aria-hidden="true">×</span>
            </ActionIcon>
          </Group>
        ))}
        <div>
          <Button
            variant="light"
            size="sm"
            disabled={contacts.length >= TWINNING_CONTACTS_MAX}
            onClick={() => form.insertListItem('contacts', emptyContact(parties[0]?.value ?? null))}
          >
            {t('form.addContact')}
          </Button>
        </div>
      </Stack>
    </Fieldset>
  );
}
