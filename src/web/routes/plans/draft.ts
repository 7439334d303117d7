/**
 * The draft as the page edits it: the document the server saves (PlanContentInput), each
 * action and obligation with a stable `key` (its id once saved, a temporary one before)
 * so rows, errors and merges can follow it, and the names the page shows for services.
 */
import type { ActionKind, ActionStatus, Party, PlanContentInput, Target, VersionView } from './api';

export interface ActionDraft {
  key: string;
  id?: string;
  kind: ActionKind;
  title: string;
  owner: { party: Party; agencyId: string | null };
  serviceId: string | null;
  dueOn: string;
  target: Target | null;
  addressesBarriers: string[];
  category: string;
  suggestionId: string | null;
  /** Shown only: the service's name and provider. */
  service: { name: string; agencyName: string } | null;
}

export interface ObligationDraft {
  key: string;
  id?: string;
  party: 'client' | 'agency';
  agencyId: string | null;
  text: string;
  target: Target | null;
  dueOn: string | null;
}

export interface GoalDraft {
  type: string;
  description: string;
  targetDate: string | null;
}

export interface DraftValues {
  assessmentSummary: string;
  goal: GoalDraft | null;
  socialGoals: GoalDraft[];
  minimumOffer: string;
  actions: ActionDraft[];
  obligations: ObligationDraft[];
  reviewEveryWeeks: number;
  nextReviewOn: string;
}

let counter = 0;
export const newKey = () => `new-${++counter}`;

const goalOf = (g: { type: string; description: string; targetDate: string | null }): GoalDraft => ({ type: g.type, description: g.description, targetDate: g.targetDate });

export function fromVersion(v: VersionView): DraftValues {
  const c = v.content;
  return {
    assessmentSummary: c.assessmentSummary,
    goal: c.goal && goalOf(c.goal),
    socialGoals: c.socialGoals.map(goalOf),
    minimumOffer: c.minimumOffer,
    actions: c.actions.map((a) => ({
      key: a.id, id: a.id, kind: a.kind, title: a.title, owner: { party: a.owner.party, agencyId: a.owner.agencyId }, serviceId: a.service?.id ?? null,
      dueOn: a.dueOn, target: a.target, addressesBarriers: a.addressesBarriers, category: a.category, suggestionId: a.suggestionId,
      service: a.service && { name: a.service.name, agencyName: a.service.agencyName },
    })),
    obligations: c.obligations.map((o) => ({ key: o.id, id: o.id, party: o.party, agencyId: o.agencyId, text: o.text, target: o.target, dueOn: o.dueOn })),
    reviewEveryWeeks: c.reviewEveryWeeks,
    nextReviewOn: c.nextReviewOn,
  };
}

/** What an action or obligation says, without the page's own bookkeeping: equal when nothing a save would send differs. */
export const actionContent = ({ key: _key, service: _service, ...rest }: ActionDraft) => rest;
export const obligationContent = ({ key: _key, ...rest }: ObligationDraft) => rest;

export function toInput(values: DraftValues): PlanContentInput {
  return {
    assessmentSummary: values.assessmentSummary.trim(),
    goal: values.goal && { ...values.goal, description: values.goal.description.trim() },
    socialGoals: values.socialGoals.map((g) => ({ ...g, description: g.description.trim() })),
    minimumOffer: values.minimumOffer.trim(),
    actions: values.actions.map((a) => ({ ...actionContent(a), title: a.title.trim(), category: a.category as PlanContentInput['actions'][number]['category'] })),
    obligations: values.obligations.map((o) => ({ ...obligationContent(o), text: o.text.trim() })),
    reviewEveryWeeks: values.reviewEveryWeeks,
    nextReviewOn: values.nextReviewOn,
  };
}

/** Deep equality of plain JSON values (the draft holds nothing else). */
export function same(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (a === null || b === null || typeof a !== 'object' || typeof b !== 'object') return (a ?? null) === (b ?? null);
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const ka = Object.keys(a).filter((k) => (a as Record<string, unknown>)[k] !== undefined);
  const kb = Object.keys(b).filter((k) => (b as Record<string, unknown>)[k] !== undefined);
  return ka.length === kb.length && ka.every((k) => same((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]));
}

export const sameDraft = (a: DraftValues, b: DraftValues) => same(toInput(a), toInput(b));

/** The status an action has now, for rows of the draft (new actions are planned). */
export type StatusOf = (key: string) => { status: ActionStatus; overdue: boolean; result: string | null } | undefined;
