/** Key rotation over every sealed column: whole-value ciphertexts and ciphertexts inside JSON. */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createTestApp, type TestContext } from '../test/test-app';
import { loadConfig } from './config';
import { createEncryptor } from './crypto';
import { rotateKeys, sealedByKey } from './key-rotation';

let ctx: TestContext;
beforeAll(async () => {
  ctx = await createTestApp();
});
afterAll(() => ctx.close());

const OLD = Buffer.alloc(32, 1);
const NEW = Buffer.alloc(32, 2);
const LOST = Buffer.alloc(32, 3);

it('re-seals ciphertexts inside JSON answers and leaves other values alone; reports what no key opens', async () => {
  const old = createEncryptor(OLD);
  const staff = await ctx.createStaff(['case_manager']);
  const person = await ctx.db.insertInto('person').values({
    onedoor_id: 'OD-ROTATE1', given_name: 'Rot', family_name: 'Ate', name_script: 'Latn', given_name_latin: 'Rot', family_name_latin: 'Ate',
    sex: 'male', birth_date: '1980-01-01', registered_by_agency_id: staff.agencyId,
  }).returning('id').executeTakeFirstOrThrow();
  const kase = await ctx.db.insertInto('client_case')
    .values({ person_id: person.id, lead_agency_id: staff.agencyId, case_manager_id: staff.id, opened_at: ctx.clock.now() })
    .returning('id').executeTakeFirstOrThrow();
  const instrument = await ctx.db.selectFrom('assessment_definition').select('id').where('kind', '=', 'instrument').executeTakeFirstOrThrow();
  const assessment = await ctx.db.insertInto('assessment')
    .values({ case_id: kase.id, person_id: person.id, instrument_id: instrument.id, started_by: staff.id, started_at: ctx.clock.now() })
    .returning('id').executeTakeFirstOrThrow();
  const answers = { story: old.encrypt('Lost my job in March'), children: 2, options: ['v1.notakey', 'b'], lost: createEncryptor(LOST).encrypt('x') };
  const set = await ctx.db.insertInto('assessment_answer_set')
    .values({ assessment_id: assessment.id, part: 'interview', answers: JSON.stringify(answers) })
    .returning('id').executeTakeFirstOrThrow();
  await ctx.db.insertInto('profiling_result').values({
    assessment_id: assessment.id, kind: 'counsellor', segment: 'intensive', overrides_rules: true,
    override_reason_encrypted: old.encrypt('Grandmother needs care'), decided_by: staff.id, decided_at: ctx.clock.now(),
  }).execute();

  const rotating = createEncryptor(NEW, [OLD]);
  const results = await rotateKeys({ db: ctx.db, encryptor: rotating, audit: ctx.services.audit });
  expect(results.find((r) => r.label === 'assessment free-text answers')).toMatchObject({ reencrypted: 1, unreadable: 1 });
  expect(results.find((r) => r.label === 'segment override reasons')).toMatchObject({ reencrypted: 1, unreadable: 0 });

  const fresh = createEncryptor(NEW);
  const stored = (await ctx.db.selectFrom('assessment_answer_set').select('answers').where('id', '=', set.id).executeTakeFirstOrThrow()).answers as typeof answers;
  expect(fresh.decrypt(stored.story)).toBe('Lost my job in March');
  expect(stored).toMatchObject({ children: 2, options: ['v1.notakey', 'b'], lost: answers.lost });
  const reason = await ctx.db.selectFrom('profiling_result').select('override_reason_encrypted').executeTakeFirstOrThrow();
  expect(fresh.decrypt(reason.override_reason_encrypted!)).toBe('Grandmother needs care');
  // Only the value sealed with a key nobody configured still names another key.
  const left = (await sealedByKey(ctx.db)).filter((r) => r.keyId !== fresh.currentKeyId);
  expect(left).toEqual([{ label: 'assessment free-text answers', keyId: createEncryptor(LOST).currentKeyId, values: 1 }]);
});

it('reads retired keys from the configuration and refuses malformed ones', () => {
  const base = { NODE_ENV: 'test', ONEDOOR_SESSION_SECRET: 'x'.repeat(40), ONEDOOR_ENCRYPTION_KEY: NEW.toString('base64') };
  const config = loadConfig({ ...base, ONEDOOR_ENCRYPTION_KEYS_RETIRED: `${OLD.toString('base64')}, ${LOST.toString('base64')}` });
  expect(config.retiredEncryptionKeys).toEqual([OLD, LOST]);
  expect(loadConfig(base).retiredEncryptionKeys).toEqual([]);
  expect(() => loadConfig({ ...base, ONEDOOR_ENCRYPTION_KEYS_RETIRED: 'not-a-key' })).toThrow(/ONEDOOR_ENCRYPTION_KEYS_RETIRED/);
});
