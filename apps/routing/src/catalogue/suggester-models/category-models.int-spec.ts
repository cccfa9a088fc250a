import { randomBytes, randomUUID } from 'node:crypto';
import { INestApplication } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { CategorySuggester, loadRepositoryExamples } from '@loket/category-suggestion';
import { ReportSubmitted, Topics } from '@loket/contracts';
import { startService } from '@loket/http';
import { connectEventConsumers } from '@loket/messaging';
import { dropDatabase } from '@loket/persistence';
import { expectEventually, KafkaProbe, publishEvent, randomPlace, startGroupsAtTheEnd, testEnvironment, tokenFor } from '@loket/testing';
import { routingConfigFromEnv } from '../../routing.config';
import { routingModule } from '../../routing.module';
import { SuggestionCorpus } from './suggestion-corpus';
import type { CategoryModelView, TrainingExample } from './category-model-view';

/**
 * Retraining the category suggester (issue #14 §3): a coordinator's category correction is kept with its text
 * reduced to known words; an administrator trains a version from the corrections and the corpus, can activate it
 * only after its evaluation on the held-out half, and can roll it back; routing then chooses categories by it, and
 * each activation goes out as `category-model.activated` with the version's examples (intake's side:
 * apps/intake/src/category-suggestions/category-model-following.int-spec.ts).
 */
describe('retraining the category suggester (real PostgreSQL, Kafka and Keycloak)', () => {
  const run = randomBytes(4).toString('hex');
  const config = routingConfigFromEnv({
    ...process.env,
    LOKET_ROUTING_DB_NAME: `loket_category_models_${run}`,
    LOKET_KAFKA_GROUP_ID: `loket-routing-category-models-${run}`,
  });
  let routing: INestApplication;
  let url: string;
  let probe: KafkaProbe;
  let coordinator: string;
  let admin: string;

  beforeAll(async () => {
    await startGroupsAtTheEnd(testEnvironment().kafkaBrokers, [config.messaging.groupId]);
    routing = await startService({ service: 'routing', title: 'routing', module: routingModule(config), host: '127.0.0.1', port: 0, logLevel: 'warn', beforeListen: connectEventConsumers });
    url = (await routing.getUrl()).replace('[::1]', '127.0.0.1');
    probe = await KafkaProbe.start([Topics.CategoryModelActivatedV1]);
    [coordinator, admin] = await Promise.all([tokenFor('coordinator'), tokenFor('admin')]);
  });
  afterAll(async () => {
    await probe?.stop();
    await routing?.close();
    await dropDatabase(config.database);
  });

  const api = async (token: string, path: string, body?: unknown) => {
    const response = await fetch(`${url}/api/v1${path}`, {
      method: body === undefined ? 'GET' : 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    return { status: response.status, body: (await response.json()) as Record<string, unknown> };
  };
  const routed = async (description: string, category: { main: string; sub?: string } | null) => {
    const reportId = randomUUID();
    await publishEvent(ReportSubmitted, {
      reportId,
      reporterRef: `rr_${randomBytes(16).toString('base64url')}`,
      description,
      category,
      location: randomPlace(),
      submittedAt: new Date().toISOString(),
      reporterTier: 'resident',
      channel: 'web',
    });
    return expectEventually(async () => {
      const decision = await api(coordinator, `/decisions/${reportId}`);
      expect(decision.status).toBe(200);
      return decision.body as { caseId: string; explanation: string };
    }, { timeoutMs: 60_000 });
  };
  /** The explanation's "suggested … (confidence …; ranked)" part as a suggester would write it for `text`. */
  const suggestedBy = (suggester: CategorySuggester, text: string) => {
    const [best, ...rest] = suggester.suggest(text, 3);
    const ranked = [best, ...rest].map((s) => `${s.category}/${s.subcategory} ${s.confidence.toFixed(2)}`).join(', ');
    return `suggested ${best.category}/${best.subcategory} (confidence ${best.confidence.toFixed(2)}; ${ranked})`;
  };

  it('keeps a correction in known words only, trains, evaluates, activates and rolls back a version, and routes by the active one', async () => {
    const startedAt = new Date().toISOString();
    const { caseId } = await routed('Pietje Puk, Dorpsweg 7 (06-12345678): de stoeptegels liggen los en de bestrating is kapot', { main: 'afval', sub: 'grofvuil' });
    expect((await api(coordinator, `/cases/${caseId}/reroute`, { category: 'openbare-ruimte', subcategory: 'bestrating', reason: 'Het is de stoep' })).status).toBe(200);
    const [kept]: { known_words: string }[] = await routing.get(DataSource).query(`SELECT known_words FROM category_corrections WHERE case_id = $1`, [caseId]);
    expect(kept.known_words).toContain('bestrating');
    for (const personal of ['pietje', 'puk', 'dorpsweg', '06', '12345678']) expect(kept.known_words.split(' ')).not.toContain(personal);

    expect((await api(coordinator, '/admin/category-models', {})).status).toBe(403);
    const trained = await api(admin, '/admin/category-models', {});
    expect(trained).toMatchObject({ status: 201, body: { version: 1, evaluation: null, active: false, trainedOn: { corrections: 1, corpusExamples: 149 } } });
    expect(await api(admin, '/admin/category-models/1/activate', { reason: 'te vroeg' })).toMatchObject({ status: 409, body: { type: expect.stringContaining('not-evaluated') } });
    expect((await api(admin, '/admin/category-models/9/evaluate', {})).status).toBe(404);

    // The version is the repository's examples plus the corpus's development half and the correction.
    const [stored]: { examples: TrainingExample[] }[] = await routing.get(DataSource).query(`SELECT examples FROM category_models WHERE version = 1`);
    expect(stored.examples).toContainEqual({ text: kept.known_words, category: 'openbare-ruimte', subcategory: 'bestrating' });
    const builtIn = CategorySuggester.fromRepositoryExamples();
    const version1 = CategorySuggester.train([...loadRepositoryExamples(), ...stored.examples]);
    const corpus = new SuggestionCorpus();
    const evaluated = await api(admin, '/admin/category-models/1/evaluate', {});
    expect(evaluated.status).toBe(200);
    const evaluation = (evaluated.body as unknown as CategoryModelView).evaluation!;
    expect(evaluation).toMatchObject({ corpus: 'suggestion.held-out.jsonl', ...corpus.heldOutFigures(version1), baseline: corpus.heldOutFigures(builtIn) });
    expect(evaluation.mainTop1.trials).toBe(corpus.items('held-out').length);

    const text = 'Het licht van de lantaarn bij de stoep doet het niet en de tegels liggen scheef';
    expect(suggestedBy(version1, text)).not.toBe(suggestedBy(builtIn, text)); // so the explanation tells them apart
    expect((await routed(text, null)).explanation).toContain(suggestedBy(builtIn, text));

    expect(await api(admin, '/admin/category-models/1/activate', { reason: 'Beter op de achtergehouden helft' })).toMatchObject({ status: 200, body: { version: 1, active: true } });
    expect(await api(admin, '/admin/category-models/1/activate', { reason: 'nog eens' })).toMatchObject({ status: 409, body: { type: expect.stringContaining('already-active') } });
    expect((await api(admin, '/admin/category-models')).body).toMatchObject({ activeVersion: 1 });
    expect((await routed(text, null)).explanation).toContain(suggestedBy(version1, text));

    expect(await api(admin, '/admin/category-models/rollback', { reason: 'Terug' })).toMatchObject({ status: 200, body: { activeVersion: 0, previousVersion: 1 } });
    expect((await routed(text, null)).explanation).toContain(suggestedBy(builtIn, text));
    expect(await api(admin, '/admin/category-models/rollback', { reason: 'Nog verder terug' })).toMatchObject({ status: 200, body: { activeVersion: 1, previousVersion: 0 } });
    expect(await api(admin, '/admin/category-models/rollback', { reason: 'x' })).toMatchObject({ status: 200, body: { activeVersion: 0 } });

    // Every activation and roll-back went out, numbered, with the examples of the version it made active.
    await expectEventually(() => {
      const published = probe.messages.map((m) => JSON.parse(m.value).payload).filter((p) => p.activatedAt >= startedAt);
      expect(published.map((p) => [p.activation, p.version, p.examples])).toEqual([
        [1, 1, stored.examples], [2, 0, []], [3, 1, stored.examples], [4, 0, []],
      ]);
    });

    const audit: { action: string; subject_id: string }[] = await routing.get(DataSource).query(
      `SELECT action, subject_id FROM admin_audit WHERE subject_type = 'category-model' ORDER BY id`,
    );
    expect(audit.map((a) => `${a.action} ${a.subject_id}`)).toEqual([
      'category-model.trained 1', 'category-model.evaluated 1', 'category-model.activated 1',
      'category-model.rolled-back 0', 'category-model.rolled-back 1', 'category-model.rolled-back 0',
    ]);
  });
});
