import { Global, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AccessService } from './access.service';
import { BankAccessService } from './bank-access.service';
import { ACCESS_ENTITIES } from './entities/bank-access-revocation.entity';

/** Global: every domain asks the same policy. */
@Global()
@Module({
  imports: [TypeOrmModule.forFeature(ACCESS_ENTITIES)],
  providers: [AccessService, BankAccessService],
  exports: [AccessService, BankAccessService],
})
export class AccessModule {}
