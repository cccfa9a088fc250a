import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The delivery loop is woken when a message to a reporter is written, instead of finding it at its next poll
 * (a second by default: most of a receipt's time to the reporter at low load). A statement-level trigger notifies
 * channel `loket_feedback_mail` after every insert into `reporter_messages`, whoever writes it: PostgreSQL
 * delivers the notification when the transaction commits, never for one that rolls back, and once per transaction
 * however many messages it wrote. The poll stays as the fallback (and for retries, which are due later).
 */
export class MessagesDueNotify1797800000000 implements MigrationInterface {
  name = 'MessagesDueNotify1797800000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE FUNCTION "loket_feedback_mail_notify"() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        PERFORM pg_notify('loket_feedback_mail', '');
        RETURN NULL;
      END $$`);
    await queryRunner.query(`
      CREATE TRIGGER "trg_reporter_messages_notify" AFTER INSERT ON "reporter_messages"
        FOR EACH STATEMENT EXECUTE FUNCTION "loket_feedback_mail_notify"()`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER "trg_reporter_messages_notify" ON "reporter_messages"`);
    await queryRunner.query(`DROP FUNCTION "loket_feedback_mail_notify"()`);
  }
}
