import { Controller, Get, HttpCode, Logger, Res } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { Response } from 'express';
import { runReadinessChecks } from '@loket/observability';
import { ReadinessRegistry } from './readiness-registry';
import { Public } from './public.decorator';

@ApiExcludeController()
@Public()
@Controller('health')
export class HealthController {
  private readonly logger = new Logger('Readiness');

  constructor(private readonly readiness: ReadinessRegistry) {}

  @Get('live')
  @HttpCode(200)
  live(): { status: 'live' } {
    return { status: 'live' };
  }

  /**
   * Ready only when every dependency (database, broker, running consumer) answers. The answer names each check
   * and whether it is up; why one is down goes to the log, never to the caller (it can hold host names and
   * driver messages).
   */
  @Get('ready')
  async ready(@Res() response: Response): Promise<void> {
    const report = await runReadinessChecks(this.readiness.all());
    const checks: Record<string, { status: 'up' | 'down' }> = {};
    for (const [name, check] of Object.entries(report.checks)) {
      checks[name] = { status: check.status };
      if (check.error) this.logger.warn(`${name} is down: ${check.error}`);
    }
    response.status(report.status === 'ready' ? 200 : 503).json({ status: report.status, checks });
  }
}
