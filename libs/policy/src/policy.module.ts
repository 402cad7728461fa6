import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { RegionalPolicy } from './entities/regional-policy.entity';
import { PolicyService } from './policy.service';

export const POLICY_ENTITIES = [RegionalPolicy];

@Module({
  imports: [TypeOrmModule.forFeature(POLICY_ENTITIES)],
  providers: [PolicyService],
  exports: [PolicyService],
})
export class PolicyModule {}
