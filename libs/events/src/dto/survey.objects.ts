import { Field, GraphQLISODateTime, ID, Int, ObjectType } from '@nestjs/graphql';
import { EventSurveyResponse } from '../entities/meeting.entity';

@ObjectType('EventSurvey', { description: '满意度评价 — one organisation’s answer to an event’s survey' })
export class EventSurveyObject {
  @Field(() => ID, { description: 'Answer id' })
  id!: string;

  @Field(() => ID, { description: '活动 id' })
  eventId!: string;

  @Field(() => Int, { description: '满意度 1–5' })
  rating!: number;

  @Field({ description: '意见' })
  comment!: string;

  @Field(() => GraphQLISODateTime, { description: '提交时间' })
  updatedAt!: Date;

  static from(s: EventSurveyResponse): EventSurveyObject {
    return { id: s.id, eventId: s.eventId, rating: s.rating, comment: s.comment, updatedAt: s.updatedAt };
  }
}
