import { Controller, Get, HttpCode, Res } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { Response } from 'express';
import { runReadinessChecks } from '@loket/observability';
import { ReadinessRegistry } from './readiness-registry';
import { Public } from './public.decorator';

@ApiExcludeController()
@Public()
@Controller('health')
export class HealthController {
  constructor(private readonly readiness: ReadinessRegistry) {}

  @Get('live')
  @HttpCode(200)
  live(): { status: 'live' } {
    return { status: 'live' };
  }

  /** Ready only when every dependency (database, broker) answers. */
  @Get('ready')
  async ready(@Res() response: Response): Promise<void> {
    const report = await runReadinessChecks(this.readiness.all());
    response.status(report.status === 'ready' ? 200 : 503).json(report);
  }
}
