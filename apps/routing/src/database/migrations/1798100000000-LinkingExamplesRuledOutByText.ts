import { MigrationInterface, QueryRunner } from "typeorm";

/**
 * Issue #14 §2: a link can be ruled out by the texts themselves (different house numbers, or a report that says it
 * is about another one). A correction's example keeps whether that was so, so training does not count such a pair
 * as one the linker could have linked. Null for examples kept before it was known.
 */
export class LinkingExamplesRuledOutByText1798100000000 implements MigrationInterface {
    name = 'LinkingExamplesRuledOutByText1798100000000'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`ALTER TABLE "linking_examples" ADD "ruled_out_by_text" boolean`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`ALTER TABLE "linking_examples" DROP COLUMN "ruled_out_by_text"`);
    }
}
