/**
 * One change between two versions in words: what it is about (the plan, an action, an
 * obligation), which field, and the values before and after as a person reads them —
 * dates formatted, targets as "4 per month", services, agencies, goals and barriers by
 * name (looked up in the two versions compared), codes as their labels.
 */
import type { Change, VersionView } from './api';
import { usePlanText } from './plan-text';

type Text = ReturnType<typeof usePlanText>;

export interface ChangeText {
  subject: string;
  field: string;
  before: string;
  after: string;
}

interface Lookups {
  versions: VersionView[];
  goal: (code: string) => string;
}

const obj = (v: unknown) => (v && typeof v === 'object' ? (v as Record<string, unknown>) : {});
const str = (v: unknown) => (typeof v === 'string' ? v : '');

export function describeChange(c: Change, { t, day, target, owner }: Text, { versions, goal }: Lookups): ChangeText {
  const actions = versions.flatMap((v) => v.content.actions);
  const obligations = versions.flatMap((v) => v.content.obligations);
  const service = (id: unknown) => actions.find((a) => a.service?.id === id)?.service?.name ?? str(id);
  const agency = (id: unknown) => [...actions.map((a) => [a.owner.agencyId, a.owner.agencyName]), ...obligations.map((o) => [o.agencyId, o.agencyName])].find(([i]) => i === id)?.[1] ?? str(id);
  const barrier = (code: string) => versions.flatMap((v) => v.content.assessment?.barriers ?? []).find((b) => b.code === code)?.label ?? code;
  const goalText = (g: unknown) => {
    const x = obj(g);
    if (!x.type) return '';
    return [goal(str(x.type)), str(x.description), x.targetDate ? t('goals.by', { date: day(str(x.targetDate)) }) : ''].filter(Boolean).join(' — ');
  };

  const value = (field: string, v: unknown): string => {
    if (v === null || v === undefined || v === '' || (Array.isArray(v) && v.length === 0)) return t('diff.empty');
    switch (field) {
      case 'dueOn':
      case 'nextReviewOn':
      case 'targetDate':
        return day(str(v));
      case 'target':
        return target(obj(v) as { count: number; per: 'week' | 'month' });
      case 'owner': {
        const o = obj(v);
        return owner({ party: o.party as 'client', agencyName: o.agencyId ? agency(o.agencyId) : null });
      }
      case 'serviceId':
        return service(v);
      case 'agencyId':
        return agency(v);
      case 'kind':
        return t(`kind.${str(v)}`);
      case 'party':
        return t(`obligationParty.${str(v)}`);
      case 'category':
        return t(`category.${str(v)}`, { defaultValue: str(v) });
      case 'addressesBarriers':
        return (v as string[]).map(barrier).join('; ');
      case 'goal':
        return goalText(v);
      case 'socialGoals':
        return (v as unknown[]).map(goalText).join('; ');
      case 'reviewEveryWeeks':
        return t('facts.reviewEvery', { count: Number(v) });
      case 'caseManager':
        return str(obj(v).displayName);
      default:
        return typeof v === 'string' ? v : JSON.stringify(v);
    }
  };

  /** A whole action or obligation, added or removed: the facts that identify it. */
  const summary = (list: 'actions' | 'obligations', v: unknown) => {
    const x = obj(v);
    if (list === 'obligations') return [str(x.text), x.target ? value('target', x.target) : '', x.dueOn ? value('dueOn', x.dueOn) : ''].filter(Boolean).join(' · ');
    return [str(x.title), value('kind', x.kind), value('owner', x.owner), value('dueOn', x.dueOn), x.target ? value('target', x.target) : ''].filter(Boolean).join(' · ');
  };

  const [top = '', , field] = c.path.split('.');
  if (top === 'actions' || top === 'obligations') {
    const noun = top === 'actions' ? 'action' : 'obligation';
    const subject = t(`diff.${noun}`, { title: c.item ?? '' });
    if (c.kind === 'added') return { subject, field: t('diff.added'), before: t('diff.empty'), after: summary(top, c.after) };
    if (c.kind === 'removed') return { subject, field: t('diff.removed'), before: summary(top, c.before), after: t('diff.empty') };
    const f = field ?? '';
    return { subject, field: t(`field.${f}`, { defaultValue: f }), before: value(f, c.before), after: value(f, c.after) };
  }
  return { subject: t('diff.plan'), field: t(`field.${top}`, { defaultValue: top }), before: value(top, c.before), after: value(top, c.after) };
}
