import { expect, it } from 'vitest';
import { canonicalJson, eventHash, GENESIS_HASH } from './chain';

const event = {
  id: '2b1f1f52-5f3c-4a53-9c59-0b1d7c2b2d11',
  at: new Date('2026-03-02T09:00:00Z'),
  actor_user_id: null,
  actor_label: 'cli',
  action: 'admin.office.create',
  subject_type: 'office',
  subject_id: 'x',
  person_id: null,
  purpose: 'administration',
  ip: null,
  request_id: null,
  details: { b: 1, a: [{ d: 2, c: 3 }] },
};

it('is independent of object key order (jsonb reorders keys)', () => {
  expect(canonicalJson({ b: 1, a: { d: 1, c: 2 } })).toBe('{"a":{"c":2,"d":1},"b":1}');
  expect(eventHash(GENESIS_HASH, event)).toBe(eventHash(GENESIS_HASH, { ...event, details: { a: [{ c: 3, d: 2 }], b: 1 } }));
});

it('changes when any content or the previous hash changes', () => {
  const h = eventHash(GENESIS_HASH, event);
  expect(eventHash(GENESIS_HASH, { ...event, action: 'admin.office.update' })).not.toBe(h);
  expect(eventHash('f'.repeat(64), event)).not.toBe(h);
});
