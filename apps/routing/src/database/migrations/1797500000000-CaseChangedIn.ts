import { MigrationInterface, QueryRunner } from "typeorm";

/**
 * Which transaction last changed a case (`changed_in`, the 64-bit transaction id, set by a trigger on every
 * insert and update): the linker's index catches up with the cases changed by transactions it may not have seen,
 * instead of with every case changed in the last seconds.
 */
export class CaseChangedIn1797500000000 implements MigrationInterface {
    name = 'CaseChangedIn1797500000000'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            ALTER TABLE "cases" ADD "changed_in" bigint
        `);
        await queryRunner.query(`
            CREATE INDEX "idx_cases_changed_in" ON "cases" ("changed_in")
        `);
        await queryRunner.query(`
            CREATE FUNCTION cases_changed_in() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
              NEW.changed_in := pg_current_xact_id()::text::bigint;
              RETURN NEW;
            END $$
        `);
        await queryRunner.query(`
            CREATE TRIGGER cases_changed_in BEFORE INSERT OR UPDATE ON "cases"
            FOR EACH ROW EXECUTE FUNCTION cases_changed_in()
        `);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`DROP TRIGGER cases_changed_in ON "cases"`);
        await queryRunner.query(`DROP FUNCTION cases_changed_in()`);
        await queryRunner.query(`DROP INDEX "public"."idx_cases_changed_in"`);
        await queryRunner.query(`ALTER TABLE "cases" DROP COLUMN "changed_in"`);
    }

}
