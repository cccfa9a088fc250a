import { Controller, Get, NotFoundException, Res } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { Response } from 'express';
import { Metrics } from '@loket/observability';
import { HttpExposure } from '../exposure/http-exposure';
import { Public } from './public.decorator';

@ApiExcludeController()
@Public()
@Controller('metrics')
export class MetricsController {
  constructor(
    private readonly metrics: Metrics,
    private readonly exposure: HttpExposure,
  ) {}

  /** On the service port only where configured (see HttpExposure); otherwise as if there were no such page. */
  @Get()
  async scrape(@Res() response: Response): Promise<void> {
    if (this.exposure.metrics.where !== 'service-port') throw new NotFoundException();
    response.type(this.metrics.registry.contentType).send(await this.metrics.registry.metrics());
  }
}
