import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { RegionalPolicy } from './entities/regional-policy.entity';
import { PolicyEditorService } from './policy-editor.service';
import { PolicyResolver } from './policy.resolver';
import { PolicyService } from './policy.service';

export const POLICY_ENTITIES = [RegionalPolicy];

@Module({
  imports: [TypeOrmModule.forFeature(POLICY_ENTITIES)],
  providers: [PolicyService, PolicyEditorService, PolicyResolver],
  exports: [PolicyService, PolicyEditorService],
})
export class PolicyModule {}

/** The policy lookups without the GraphQL surface, for the worker (overdue rules, registration due times). */
@Module({
  imports: [TypeOrmModule.forFeature(POLICY_ENTITIES)],
  providers: [PolicyService],
  exports: [PolicyService],
})
export class PolicyCoreModule {}
