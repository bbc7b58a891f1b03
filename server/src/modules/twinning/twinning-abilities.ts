import { TwinningStatus } from '@spilno/shared';
import { Field, ObjectType } from 'type-graphql';

@ObjectType({
  description:
    'What you may do to a twinning relation now, from the same rules its mutations check.',
})
export class TwinningAbilities {
  @Field({
    description:
      'Whether updateTwinningRelation, linking events and attaching documents pass the permission check.',
  })
  edit: boolean;

  @Field(() => [TwinningStatus], {
    description:
      'The statuses changeTwinningStatus lets you move it to from its current one; empty when none.',
  })
  statuses: TwinningStatus[];

  @Field({
    description:
      'Whether updateTwinningRelation may take it out of its programme; moving it into one also needs that programme’s viewerCan.proposeTwinning.',
  })
  moveProgramme: boolean;
}
