import { MigrationInterface, QueryRunner } from "typeorm";

/** "My reports": a signed-in reporter's subject as a keyed hash, so they can list their own reports. */
export class ReporterSubjectKeys1797000000000 implements MigrationInterface {
    name = 'ReporterSubjectKeys1797000000000'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            ALTER TABLE "reporters"
            ADD "subject_key" character(64)
        `);
        await queryRunner.query(`
            CREATE INDEX "idx_reporters_subject_key" ON "reporters" ("subject_key")
        `);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            DROP INDEX "public"."idx_reporters_subject_key"
        `);
        await queryRunner.query(`
            ALTER TABLE "reporters" DROP COLUMN "subject_key"
        `);
    }
}
