import { MigrationInterface, QueryRunner } from "typeorm";

export class Initial1795918189874 implements MigrationInterface {
    name = 'Initial1795918189874'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            CREATE TABLE "idempotency_keys" (
                "key" character varying(200) NOT NULL,
                "request_hash" character(64) NOT NULL,
                "report_id" uuid NOT NULL,
                "response" jsonb NOT NULL,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_0afd83cbf08c9d12089a9bffc5e" PRIMARY KEY ("key")
            )
        `);
        await queryRunner.query(`
            CREATE TABLE "reports" (
                "id" uuid NOT NULL,
                "reporter_ref" character varying(80) NOT NULL,
                "description" text NOT NULL,
                "category_main" character varying(64),
                "category_sub" character varying(64),
                "lat" double precision NOT NULL,
                "lon" double precision NOT NULL,
                "reporter_tier" character varying(20) NOT NULL,
                "channel" character varying(20) NOT NULL,
                "submitted_at" TIMESTAMP WITH TIME ZONE NOT NULL,
                CONSTRAINT "PK_d9013193989303580053c0b5ef6" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "idx_reports_submitted_at" ON "reports" ("submitted_at")
        `);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            DROP INDEX "public"."idx_reports_submitted_at"
        `);
        await queryRunner.query(`
            DROP TABLE "reports"
        `);
        await queryRunner.query(`
            DROP TABLE "idempotency_keys"
        `);
    }

}
