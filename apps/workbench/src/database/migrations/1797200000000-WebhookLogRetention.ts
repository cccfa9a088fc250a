import { MigrationInterface, QueryRunner } from 'typeorm';

/** Finished webhook deliveries are forgotten after a time (LOKET_WEBHOOK_LOG_DAYS): an index to find them by age. */
export class WebhookLogRetention1797200000000 implements MigrationInterface {
  name = 'WebhookLogRetention1797200000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            CREATE INDEX "idx_webhook_deliveries_finished_created" ON "webhook_deliveries" ("created_at") WHERE status <> 'pending'
        `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            DROP INDEX "public"."idx_webhook_deliveries_finished_created"
        `);
  }
}
