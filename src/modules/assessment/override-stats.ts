/**
 * How often counsellors override the rules-based segment, per counsellor and per
 * subgroup (sex, age band, disability, rules segment), so a pattern of overrides that
 * disadvantages a group becomes visible. Counts only: no person is named, and subgroups
 * too small to stay anonymous are suppressed.
 */
import { AppError } from '../../server/errors';
import { suppressedGroups } from '../access/disclosure';
import { ageOn, dayOf } from './dates';
import type { AssessmentDeps, Caller } from './context';
import * as facts from './facts-repo';
import { Subgroup, type OverrideStats, type OverrideStatsQuery } from './report-schema';

interface Tally {
  decisions: number;
  overrides: number;
}
const rate = (t: Tally) => ({ ...t, overrideRate: t.decisions ? t.overrides / t.decisions : null });

export const ageBand = (age: number) => (age < 25 ? 'under_25' : age < 50 ? '25_to_49' : '50_plus');

export function overrideStats(deps: AssessmentDeps, { viewer, actor }: Caller, query: OverrideStatsQuery): Promise<OverrideStats> {
  // Analysts (and administrators, who choose the profiling models) compare agencies; a supervisor sees their own agency only.
  const crossAgency = viewer.roles.some((r) => r === 'analyst' || r === 'administrator');
  if (!crossAgency && query.agencyId && query.agencyId !== viewer.agencyId) throw new AppError('forbidden');
  const agencyId = crossAgency ? query.agencyId : viewer.agencyId;
  return deps.db.transaction().execute(async (trx) => {
    const rows = await facts.counsellorDecisions(trx, {
      agencyId,
      from: query.from ? new Date(`${query.from}T00:00:00Z`) : undefined,
      to: query.to ? new Date(`${query.to}T00:00:00Z`) : undefined,
    });
    const total: Tally = { decisions: 0, overrides: 0 };
    const counsellors = new Map<string, Tally & { name: string }>();
    const groups = new Map<string, Tally & { dimension: string; group: string }>();
    const add = (t: Tally, override: boolean) => {
      t.decisions += 1;
      if (override) t.overrides += 1;
    };
    for (const r of rows) {
      const override = r.overrides_rules === true;
      add(total, override);
      const c = counsellors.get(r.decided_by!) ?? { name: r.display_name, decisions: 0, overrides: 0 };
      counsellors.set(r.decided_by!, c);
      add(c, override);
      const subgroups = {
        sex: r.sex,
        age_band: ageBand(ageOn(r.birth_date, dayOf(r.decided_at))),
        disability: r.disability ? 'yes' : 'no',
        rules_segment: r.rules_segment ?? 'none',
      };
      for (const [dimension, group] of Object.entries(subgroups)) {
        const key = `${dimension}:${group}`;
        const g = groups.get(key) ?? { dimension, group, decisions: 0, overrides: 0 };
        groups.set(key, g);
        add(g, override);
      }
    }
    await deps.audit.record(trx, actor, {
      action: 'profiling.override_stats.read', purpose: 'evaluation', subjectType: 'agency', subjectId: agencyId,
      details: { from: query.from ?? null, to: query.to ?? null, decisions: total.decisions },
    });
    const sizes = (dimension: string) => [...groups].filter(([, g]) => g.dimension === dimension).map(([key, g]) => [key, g.decisions] as const);
    const hidden = new Set(Subgroup.options.flatMap((dimension) => [...suppressedGroups(sizes(dimension), query.minCellSize)]));
    return {
      ...rate(total),
      minCellSize: query.minCellSize,
      byCounsellor: [...counsellors].map(([id, c]) => ({ counsellor: { id, displayName: c.name }, ...rate({ decisions: c.decisions, overrides: c.overrides }) })).sort((a, b) => b.decisions - a.decisions),
      bySubgroup: [...groups]
        .map(([key, g]) => ({
          dimension: g.dimension as OverrideStats['bySubgroup'][number]['dimension'], group: g.group,
          ...(hidden.has(key) ? { suppressed: true, decisions: null, overrides: null, overrideRate: null } : { suppressed: false, ...rate(g) }),
        }))
        .sort((a, b) => a.dimension.localeCompare(b.dimension) || a.group.localeCompare(b.group)),
    };
  });
}
