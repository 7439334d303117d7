/** Keeping unsaved edits over a draft that changed on the server: untouched parts follow the server, edits stay, clashes are named. */
import { describe, expect, it } from 'vitest';
import type { ActionDraft, DraftValues } from './draft';
import { adoptIds, mergeDraft } from './merge';

const action = (key: string, over: Partial<ActionDraft> = {}): ActionDraft => ({
  key, id: key.startsWith('new-') ? undefined : key, kind: 'own_activity', title: `Action ${key}`, owner: { party: 'client', agencyId: null }, serviceId: null,
  dueOn: '2026-04-01', target: null, addressesBarriers: [], category: 'employment', suggestionId: null, service: null, ...over,
});

const draft = (over: Partial<DraftValues> = {}): DraftValues => ({
  assessmentSummary: 'Summary', goal: { type: 'job_same_occupation', description: '', targetDate: null }, socialGoals: [], minimumOffer: 'Offer',
  actions: [action('a'), action('b')], obligations: [], reviewEveryWeeks: 4, nextReviewOn: '2026-04-30', ...over,
});

describe('merging a draft changed on the server', () => {
  it('keeps my edits, takes theirs where I changed nothing, and adds what they added', () => {
    const base = draft();
    const mine = draft({ minimumOffer: 'Mine', actions: [action('a', { dueOn: '2026-05-01' }), action('b'), action('new-1')] });
    const theirs = draft({ assessmentSummary: 'Theirs', actions: [action('a'), action('b', { title: 'Renamed' }), action('c')] });
    const { values, conflicts } = mergeDraft(base, mine, theirs);
    expect(conflicts).toEqual([]);
    expect(values.minimumOffer).toBe('Mine');
    expect(values.assessmentSummary).toBe('Theirs');
    expect(values.actions.map((a) => [a.key, a.title, a.dueOn])).toEqual([
      ['a', 'Action a', '2026-05-01'], ['b', 'Renamed', '2026-04-01'], ['c', 'Action c', '2026-04-01'], ['new-1', 'Action new-1', '2026-04-01'],
    ]);
  });

  it('names what both changed, keeping mine; an item removed on one side and edited on the other is named too', () => {
    const base = draft();
    const mine = draft({ minimumOffer: 'Mine', actions: [action('a', { dueOn: '2026-05-01' })] });
    const theirs = draft({ minimumOffer: 'Theirs', actions: [action('a', { dueOn: '2026-06-01' }), action('b', { title: 'Edited' })] });
    const { values, conflicts } = mergeDraft(base, mine, theirs);
    expect(values.minimumOffer).toBe('Mine');
    expect(values.actions.map((a) => a.dueOn)).toEqual(['2026-05-01']);
    // b: removed here, edited there → stays removed, named. (a) both edited → mine kept, named.
    expect(conflicts).toEqual([
      { kind: 'field', field: 'minimumOffer' },
      { kind: 'action', title: 'Action a', removed: false },
      { kind: 'action', title: 'Edited', removed: false },
    ]);
  });

  it('keeps an item removed on the server but edited here, as a new one', () => {
    const base = draft();
    const mine = draft({ actions: [action('a'), action('b', { title: 'Mine' })] });
    const theirs = draft({ actions: [action('a')] });
    const { values, conflicts } = mergeDraft(base, mine, theirs);
    expect(values.actions.map((a) => [a.key, a.id, a.title])).toEqual([['a', 'a', 'Action a'], ['b', undefined, 'Mine']]);
    expect(conflicts).toEqual([{ kind: 'action', title: 'Mine', removed: true }]);
  });

  it('gives new items the ids the server returned, in the order they were sent', () => {
    const sent = draft({ actions: [action('a'), action('new-7')] });
    const saved = draft({ actions: [action('a'), action('f00d')] });
    const typedMeanwhile = { ...sent, actions: [action('a'), action('new-7', { title: 'Typed while saving' })] };
    const adopted = adoptIds(typedMeanwhile, sent, saved);
    expect(adopted.actions.map((a) => [a.key, a.id, a.title])).toEqual([['a', 'a', 'Action a'], ['f00d', 'f00d', 'Typed while saving']]);
  });
});
