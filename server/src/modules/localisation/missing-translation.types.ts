import { Field, ID, ObjectType } from 'type-graphql';

@ObjectType({
  description: 'A text of a record that is not yet translated into some working languages.',
})
export class MissingTranslation {
  @Field({ description: 'Kind of record: Programme, Action or Event.' })
  recordType: string;

  @Field(() => ID)
  recordId: string;

  @Field({ description: 'The record’s own title or code, to recognise it by.' })
  label: string;

  @Field({ description: 'The untranslated field: title, summary or description.' })
  field: string;

  @Field(() => [String], { description: 'Working languages the field has no translation in.' })
  missingLanguages: string[];

  @Field({ description: 'Path of the app where the record is edited.' })
  link: string;
}
