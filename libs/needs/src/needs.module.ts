import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { FinancingNeed } from './entities/financing-need.entity';

export const NEED_ENTITIES = [FinancingNeed];

@Module({
  imports: [TypeOrmModule.forFeature(NEED_ENTITIES)],
})
export class NeedsModule {}
