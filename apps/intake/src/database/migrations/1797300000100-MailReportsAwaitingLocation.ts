import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The mail door: reports that came by mail without a place and wait for it (token as a keyed hash, the reporter
 * sealed for the feedback service, photos already cleaned), and the keyed hashes of the Message-IDs taken, so a mail
 * delivered twice is one report and one answer.
 */
export class MailReportsAwaitingLocation1797300000100 implements MigrationInterface {
  name = 'MailReportsAwaitingLocation1797300000100';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE "mail_reports_awaiting_location" (
        "id" uuid NOT NULL,
        "token_hash" character(64) NOT NULL,
        "description" text NOT NULL,
        "language" character varying(2) NOT NULL,
        "sealed_reporter" jsonb NOT NULL,
        "received_at" TIMESTAMP WITH TIME ZONE NOT NULL,
        "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL,
        CONSTRAINT "PK_mail_reports_awaiting_location" PRIMARY KEY ("id")
      )
    `);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_mail_reports_awaiting_location_token_hash" ON "mail_reports_awaiting_location" ("token_hash")`);
    await queryRunner.query(`CREATE INDEX "idx_mail_reports_awaiting_location_expires_at" ON "mail_reports_awaiting_location" ("expires_at")`);
    await queryRunner.query(`
      CREATE TABLE "mail_report_photos_awaiting_location" (
        "report_id" uuid NOT NULL,
        "position" smallint NOT NULL,
        "data" bytea NOT NULL,
        CONSTRAINT "PK_mail_report_photos_awaiting_location" PRIMARY KEY ("report_id", "position")
      )
    `);
    await queryRunner.query(`
      ALTER TABLE "mail_report_photos_awaiting_location" ADD CONSTRAINT "FK_mail_report_photos_awaiting_location_report"
        FOREIGN KEY ("report_id") REFERENCES "mail_reports_awaiting_location"("id") ON DELETE CASCADE ON UPDATE NO ACTION
    `);
    await queryRunner.query(`
      CREATE TABLE "mail_messages_received" (
        "message_hash" character(64) NOT NULL,
        "received_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        CONSTRAINT "PK_mail_messages_received" PRIMARY KEY ("message_hash")
      )
    `);
    await queryRunner.query(`CREATE INDEX "idx_mail_messages_received_received_at" ON "mail_messages_received" ("received_at")`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "mail_messages_received"`);
    await queryRunner.query(`DROP TABLE "mail_report_photos_awaiting_location"`);
    await queryRunner.query(`DROP TABLE "mail_reports_awaiting_location"`);
  }
}
