import { Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { defaultPolicyFromTaxonomy } from '@loket/routing-policy';
import { SEED_TAXONOMY as taxonomy } from '@loket/taxonomy';
import { RoutingPolicyRecord } from './routing-policy.entity';

/** On a fresh database, publishes the default policy built from the taxonomy, so reports route from the start. */
@Injectable()
export class SeedDefaultPolicy implements OnApplicationBootstrap {
  private readonly logger = new Logger(SeedDefaultPolicy.name);

  constructor(private readonly dataSource: DataSource) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.dataSource.transaction(async (tx) => {
      await tx.query(`SELECT pg_advisory_xact_lock(hashtext('routing_policies_seed'))`);
      if ((await tx.count(RoutingPolicyRecord)) > 0) return;
      const policy = { ...defaultPolicyFromTaxonomy(taxonomy), status: 'published' as const };
      await tx.insert(RoutingPolicyRecord, {
        policyId: policy.id,
        version: policy.version,
        status: 'published',
        document: policy,
        publishedAt: new Date(),
      });
      this.logger.log(`published default routing policy ${policy.id} v${policy.version} (${policy.rules.length} rules)`);
    });
  }
}
