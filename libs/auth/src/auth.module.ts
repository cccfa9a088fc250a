import { DynamicModule, Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { AuthConfig } from './auth.config';
import { AuthGuard } from './auth.guard';
import { KeycloakTokenVerifier } from './keycloak-token-verifier';

@Module({})
export class AuthModule {
  static forRoot(config: AuthConfig): DynamicModule {
    return {
      module: AuthModule,
      global: true,
      providers: [{ provide: AuthConfig, useValue: config }, KeycloakTokenVerifier, { provide: APP_GUARD, useClass: AuthGuard }],
      exports: [KeycloakTokenVerifier],
    };
  }
}
