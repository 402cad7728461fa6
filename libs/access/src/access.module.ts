import { Global, Module } from '@nestjs/common';
import { AccessService } from './access.service';

/** Global: every domain asks the same policy. */
@Global()
@Module({ providers: [AccessService], exports: [AccessService] })
export class AccessModule {}
