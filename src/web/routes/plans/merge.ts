/**
 * Keeping the person's unsaved edits when the draft changed on the server meanwhile (a
 * colleague saved, or a suggestion was accepted): a three-way merge of what the page
 * loaded (base), what the person has on screen (mine) and the server's draft (theirs).
 * Fields and items the person did not touch take the server's value; what they changed
 * stays theirs to save. Where both changed the same thing, the person's edit is kept and
 * the clash is named, so nothing they typed is lost.
 */
import { actionContent, obligationContent, same, type ActionDraft, type DraftValues, type ObligationDraft } from './draft';

export type Conflict = { kind: 'field'; field: 'assessmentSummary' | 'goal' | 'socialGoals' | 'minimumOffer' | 'reviewEveryWeeks' | 'nextReviewOn' } | { kind: 'action' | 'obligation'; title: string; removed: boolean };

const FIELDS = ['assessmentSummary', 'goal', 'socialGoals', 'minimumOffer', 'reviewEveryWeeks', 'nextReviewOn'] as const;

function mergeItems<T extends { key: string; id?: string }>(
  base: T[],
  mine: T[],
  theirs: T[],
  content: (t: T) => unknown,
  conflict: (t: T, removed: boolean) => void,
): T[] {
  const baseBy = new Map(base.map((t) => [t.key, t]));
  const mineBy = new Map(mine.map((t) => [t.key, t]));
  const theirsBy = new Map(theirs.map((t) => [t.key, t]));
  const changed = (a: T | undefined, b: T | undefined) => !a || !b || !same(content(a), content(b));
  const out: T[] = [];
  for (const t of theirs) {
    const was = baseBy.get(t.key);
    const m = mineBy.get(t.key);
    if (!was) out.push(t); // added on the server
    else if (!m) {
      // Removed here: stays removed, but say so when the server changed it meanwhile.
      if (changed(was, t)) conflict(t, false);
    } else if (changed(was, m)) {
      if (changed(was, t) && changed(m, t)) conflict(m, false);
      out.push(m);
    } else out.push(t);
  }
  for (const m of mine) {
    if (theirsBy.has(m.key)) continue;
    if (!baseBy.has(m.key)) out.push(m); // new here, not yet saved
    else if (changed(baseBy.get(m.key), m)) {
      // Removed on the server while edited here: kept, as a new item to save.
      conflict(m, true);
      out.push({ ...m, id: undefined });
    }
  }
  return out;
}

export function mergeDraft(base: DraftValues, mine: DraftValues, theirs: DraftValues): { values: DraftValues; conflicts: Conflict[] } {
  const conflicts: Conflict[] = [];
  const values = { ...theirs };
  for (const field of FIELDS) {
    if (same(mine[field], base[field])) continue;
    if (!same(theirs[field], base[field]) && !same(theirs[field], mine[field])) conflicts.push({ kind: 'field', field });
    (values as Record<string, unknown>)[field] = mine[field];
  }
  values.actions = mergeItems<ActionDraft>(base.actions, mine.actions, theirs.actions, actionContent, (a, removed) =>
    conflicts.push({ kind: 'action', title: a.title, removed }),
  );
  values.obligations = mergeItems<ObligationDraft>(base.obligations, mine.obligations, theirs.obligations, obligationContent, (o, removed) =>
    conflicts.push({ kind: 'obligation', title: o.text, removed }),
  );
  return { values, conflicts };
}

/**
 * After a save, the server has given the new actions and obligations their ids, in the
 * order they were sent: the same items on screen take those ids as their keys.
 */
export function adoptIds(values: DraftValues, sent: DraftValues, saved: DraftValues): DraftValues {
  const ids = new Map<string, string>();
  sent.actions.forEach((a, i) => {
    const id = saved.actions[i]?.id;
    if (!a.id && id) ids.set(a.key, id);
  });
  sent.obligations.forEach((o, i) => {
    const id = saved.obligations[i]?.id;
    if (!o.id && id) ids.set(o.key, id);
  });
  const adopt = <T extends { key: string; id?: string }>(t: T): T => {
    const id = ids.get(t.key);
    return id ? { ...t, key: id, id } : t;
  };
  return { ...values, actions: values.actions.map(adopt), obligations: values.obligations.map(adopt) };
}
