import { FieldMessage, notInFuture, type FieldError } from '@spilno/shared';
import { In, type DataSource, type EntityManager } from 'typeorm';
import { Organisation } from '../organisations/public';
import { TwinningRelation, type TwinningContact } from './twinning-relation.entity';
import type { TwinningDetailsInput, TwinningInput } from './twinning.inputs';

/** A relation as the audit log sees it: with the names of its pair, for its summary. */
export type Named = TwinningRelation & { pair?: string };

/** The relation with "name A ↔ name B", read through the transaction's manager. */
export async function named(manager: EntityManager, relation: TwinningRelation): Promise<Named> {
  const rows = await manager.find(Organisation, {
    select: { id: true, name: true },
    where: { id: In([relation.organisationAId, relation.organisationBId]) },
  });
  const name = (id: string) => rows.find((row) => row.id === id)?.name ?? id;
  return {
    ...relation,
    pair: `${name(relation.organisationAId)} ↔ ${name(relation.organisationBId)}`,
  };
}

/** Contacts must work for one of the two organisations. */
export function contactErrors(
  pair: Pick<TwinningRelation, 'organisationAId' | 'organisationBId'>,
  contacts: TwinningDetailsInput['contacts'],
): FieldError[] {
  return (contacts ?? []).flatMap((contact, index) =>
    contact.organisationId === pair.organisationAId ||
    contact.organisationId === pair.organisationBId
      ? []
      : [
          {
            field: `input.contacts.${index}.organisationId`,
            message: FieldMessage.UNKNOWN_REFERENCE,
          },
        ],
  );
}

/** The details as stored: trimmed, blanks dropped, each area once (whatever its case). */
export function details(input: TwinningDetailsInput) {
  const areas = new Map<string, string>();
  for (const area of input.areas ?? []) {
    const trimmed = area.trim();
    if (!areas.has(trimmed.toLocaleLowerCase())) areas.set(trimmed.toLocaleLowerCase(), trimmed);
  }
  const contacts: TwinningContact[] = (input.contacts ?? []).map((contact) => ({
    organisationId: contact.organisationId,
    name: contact.name.trim(),
    position: contact.position?.trim() || null,
    email: contact.email?.trim() || null,
    phone: contact.phone?.trim() || null,
  }));
  return {
    kind: input.kind,
    areas: [...areas.values()],
    description: input.description?.trim() || null,
    contacts,
    programmeId: input.programmeId ?? null,
  };
}

/** Two different organisations that exist and are not paired yet, either way round. */
export async function pairErrors(
  dataSource: DataSource,
  input: TwinningInput,
): Promise<FieldError[]> {
  const { organisationAId: a, organisationBId: b } = input;
  if (a === b) return [{ field: 'input.organisationBId', message: FieldMessage.SAME_ORGANISATION }];
  const found = new Set(
    (
      await dataSource
        .getRepository(Organisation)
        .find({ select: { id: true }, where: { id: In([a, b]) } })
    ).map((o) => o.id),
  );
  const errors: FieldError[] = [];
  for (const [field, id] of [
    ['input.organisationAId', a],
    ['input.organisationBId', b],
  ] as const) {
    if (!found.has(id)) errors.push({ field, message: FieldMessage.UNKNOWN_REFERENCE });
  }
  if (errors.length) return errors;
  const paired = await dataSource.getRepository(TwinningRelation).exists({
    where: [
      { organisationAId: a, organisationBId: b },
      { organisationAId: b, organisationBId: a },
    ],
  });
  return paired ? [{ field: 'input.organisationBId', message: FieldMessage.DUPLICATE_PAIR }] : [];
}

/** Since when a relation exists is a fact: not a day no place has reached yet. */
export function sinceErrors(since: string | null | undefined): FieldError[] {
  return since && !notInFuture(since)
    ? [{ field: 'input.since', message: FieldMessage.IN_FUTURE }]
    : [];
}
