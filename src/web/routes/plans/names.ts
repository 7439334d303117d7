/**
 * Names the draft itself does not carry: agencies (the lead, the partners, providers of
 * services already in the plan), the status of each action, barrier and goal labels.
 */
import { useMemo } from 'react';
import type { CaseView } from '../../api/cases';
import { useGoalTypes, type PlanView, type VersionView } from './api';
import type { StatusOf } from './draft';
import { goalLabel } from './plan-text';

export interface PlanNames {
  agency: (id: string | null) => string | null;
  /** Agencies that may own an action or an obligation: the lead and the partners. */
  caseAgencies: { value: string; label: string }[];
  leadAgencyId: string;
  status: StatusOf;
  goal: (code: string) => string;
  barrier: (code: string) => string;
  barriers: NonNullable<VersionView['content']['assessment']>['barriers'];
}

export function usePlanNames(plan: PlanView, caseView: CaseView, version: VersionView = plan.current): PlanNames {
  const goalTypes = useGoalTypes().data;
  return useMemo(() => {
    const agencies = new Map<string, string>([[caseView.leadAgency.id, caseView.leadAgency.name], ...caseView.partners.map((p) => [p.agencyId, p.agencyName] as [string, string])]);
    for (const a of version.content.actions) if (a.owner.agencyId && a.owner.agencyName) agencies.set(a.owner.agencyId, a.owner.agencyName);
    for (const o of version.content.obligations) if (o.agencyId && o.agencyName) agencies.set(o.agencyId, o.agencyName);
    const actions = new Map(version.content.actions.map((a) => [a.id, a]));
    const goals = new Map([version.content.goal, ...version.content.socialGoals].filter((g) => g !== null).map((g) => [g.type, g.label]));
    const barriers = version.content.assessment?.barriers ?? [];
    return {
      agency: (id) => (id ? (agencies.get(id) ?? null) : null),
      caseAgencies: [{ value: caseView.leadAgency.id, label: caseView.leadAgency.name }, ...caseView.partners.map((p) => ({ value: p.agencyId, label: p.agencyName }))],
      leadAgencyId: caseView.leadAgency.id,
      status: (key) => {
        const a = actions.get(key);
        return a && { status: a.status, overdue: a.overdue, result: a.result };
      },
      goal: (code) => goals.get(code) ?? goalLabel(goalTypes, code),
      barrier: (code) => barriers.find((b) => b.code === code)?.label ?? code,
      barriers,
    };
  }, [caseView, version, goalTypes]);
}
