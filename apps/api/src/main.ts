import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { loadConfig } from '@zhirong/core';
import { configureHttpApp } from '@zhirong/platform';
import { Logger } from 'nestjs-pino';
import { AppModule } from './app.module';

async function bootstrap(): Promise<void> {
  const config = loadConfig();
  const app = await NestFactory.create(AppModule.forRoot(config), { bufferLogs: true });
  app.useLogger(app.get(Logger));
  configureHttpApp(app);
  await app.listen(config.port, '0.0.0.0');
  app.get(Logger).log(`API listening on http://127.0.0.1:${config.port}/graphql; the web app on http://127.0.0.1:${config.port}/`);
}

bootstrap().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
