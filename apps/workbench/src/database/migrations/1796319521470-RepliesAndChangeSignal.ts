import { MigrationInterface, QueryRunner } from "typeorm";

export class RepliesAndChangeSignal1796319521470 implements MigrationInterface {
    name = 'RepliesAndChangeSignal1796319521470'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            CREATE TABLE "ready_made_reply_versions" (
                "version" integer NOT NULL,
                "content" jsonb NOT NULL,
                "created_by_subject" character varying(100) NOT NULL,
                "created_by_username" character varying(200) NOT NULL,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL,
                CONSTRAINT "pk_ready_made_reply_versions" PRIMARY KEY ("version")
            )
        `);
        await queryRunner.query(`
            ALTER TABLE "cases"
            ADD "changed_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT clock_timestamp()
        `);
        await queryRunner.query(`
            CREATE INDEX "idx_cases_changed" ON "cases" ("changed_at")
        `);
        await queryRunner.query(`
            CREATE INDEX "idx_cases_organisation_changed" ON "cases" ("organisation", "changed_at")
        `);
        // Every UPDATE of a case marks it changed, whichever code path makes it (hand-written).
        await queryRunner.query(`
            CREATE FUNCTION "cases_mark_changed"() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
                NEW.changed_at := clock_timestamp();
                RETURN NEW;
            END
            $$
        `);
        await queryRunner.query(`
            CREATE TRIGGER "trg_cases_mark_changed" BEFORE UPDATE ON "cases"
            FOR EACH ROW EXECUTE FUNCTION "cases_mark_changed"()
        `);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`DROP TRIGGER "trg_cases_mark_changed" ON "cases"`);
        await queryRunner.query(`DROP FUNCTION "cases_mark_changed"()`);
        await queryRunner.query(`
            DROP INDEX "public"."idx_cases_organisation_changed"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."idx_cases_changed"
        `);
        await queryRunner.query(`
            ALTER TABLE "cases" DROP COLUMN "changed_at"
        `);
        await queryRunner.query(`
            DROP TABLE "ready_made_reply_versions"
        `);
    }

}
