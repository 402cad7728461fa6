import { Global, Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { JwtModule } from '@nestjs/jwt';
import { AppConfig } from '../config/config';
import { APP_CONFIG } from '../config/config.module';
import { AuthGuard } from './auth.guard';
import { TokenService } from './token.service';
import { TokenVersions } from './token-versions.service';

@Global()
@Module({
  imports: [
    JwtModule.registerAsync({
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) => ({ secret: config.jwt.secret, signOptions: { algorithm: 'HS256' } }),
    }),
  ],
  providers: [TokenService, TokenVersions, { provide: APP_GUARD, useClass: AuthGuard }],
  exports: [TokenService, TokenVersions],
})
export class AuthModule {}
