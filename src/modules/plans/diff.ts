/**
 * What changed between two versions of a plan, item by item: actions and obligations are
 * matched by their stable ids, so "the due date of this action moved" reads as one change,
 * not as one action removed and another added.
 */
import { isDeepStrictEqual } from 'node:util';
import type { PlanContent, StoredAction, StoredObligation } from './schema-content';

export interface Change {
  path: string;
  item: string | null;
  kind: 'added' | 'removed' | 'changed';
  before: unknown;
  after: unknown;
}

const SCALARS = ['assessmentSummary', 'goal', 'socialGoals', 'minimumOffer', 'reviewEveryWeeks', 'nextReviewOn', 'caseManager'] as const;
const ACTION_FIELDS = ['kind', 'title', 'owner', 'serviceId', 'dueOn', 'target', 'addressesBarriers', 'category'] as const;
const OBLIGATION_FIELDS = ['party', 'agencyId', 'text', 'target', 'dueOn'] as const;

function items<T extends { id: string }>(
  kind: 'actions' | 'obligations',
  before: T[],
  after: T[],
  fields: readonly (keyof T & string)[],
  name: (t: T) => string,
): Change[] {
  const old = new Map(before.map((t) => [t.id, t]));
  const now = new Map(after.map((t) => [t.id, t]));
  const changes: Change[] = [];
  for (const t of after) {
    const was = old.get(t.id);
    if (!was) {
      changes.push({ path: `${kind}.${t.id}`, item: name(t), kind: 'added', before: null, after: t });
      continue;
    }
    for (const f of fields) {
      if (!isDeepStrictEqual(was[f] ?? null, t[f] ?? null)) changes.push({ path: `${kind}.${t.id}.${f}`, item: name(t), kind: 'changed', before: was[f] ?? null, after: t[f] ?? null });
    }
  }
  for (const t of before) if (!now.has(t.id)) changes.push({ path: `${kind}.${t.id}`, item: name(t), kind: 'removed', before: t, after: null });
  return changes;
}

export function diffContent(before: PlanContent, after: PlanContent): Change[] {
  const top: Change[] = SCALARS.filter((k) => !isDeepStrictEqual(before[k] ?? null, after[k] ?? null)).map((k) => ({
    path: k, item: null, kind: 'changed', before: before[k] ?? null, after: after[k] ?? null,
  }));
  return [
    ...top,
    ...items<StoredAction>('actions', before.actions, after.actions, ACTION_FIELDS, (a) => a.title),
    ...items<StoredObligation>('obligations', before.obligations, after.obligations, OBLIGATION_FIELDS, (o) => o.text),
  ];
}
