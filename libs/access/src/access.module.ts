import { Global, Module } from '@nestjs/common';
import { AccessService } from './access.service';
import { BankAccessService } from './bank-access.service';

/**
 * Global: every domain asks the same policy. Its services write with SQL, so it registers no
 * entity: BankAccessRevocation's foreign keys need Enterprise and Organization in the same
 * DataSource, and this module runs in apps without them. The whitelist, which reads the
 * revocations through a repository, registers it beside them.
 */
@Global()
@Module({
  providers: [AccessService, BankAccessService],
  exports: [AccessService, BankAccessService],
})
export class AccessModule {}
