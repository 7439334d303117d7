/**
 * Rules-based segmentation: the first rule whose conditions all hold gives the segment.
 * The reason kept is that rule with each condition and the client's actual value, and the
 * data categories the value came from, so a viewer is never shown a reason built on data
 * they may not see.
 */
import type { DataCategory } from '../access/data-categories';
import type { FoundBarrier } from './scoring';
import { SEVERITY_RANK, type LocalText } from './schema-instrument';
import type { Comparison, Condition, RuleSetDefinition, Segment } from './schema-rules';

export interface ProfilingFacts {
  age: number;
  unemploymentMonths: number;
  receivesBenefit: boolean;
  barriers: FoundBarrier[];
}

export type ConditionResult = Condition & { actual: number | boolean; categories: DataCategory[] };

export interface RuleReason {
  ruleId: string | null;
  label: LocalText;
  conditions: ConditionResult[];
}

export interface RulesOutcome {
  segment: Segment;
  reason: RuleReason;
}

const compare: Record<Comparison, (a: number, b: number) => boolean> = {
  lt: (a, b) => a < b,
  lte: (a, b) => a <= b,
  eq: (a, b) => a === b,
  gte: (a, b) => a >= b,
  gt: (a, b) => a > b,
};

const categoriesOf = (barriers: FoundBarrier[]) => [...new Set(barriers.map((b) => b.category))].sort();

function evaluate(c: Condition, facts: ProfilingFacts): { holds: boolean; result: ConditionResult } {
  switch (c.fact) {
    case 'age':
      return { holds: compare[c.op](facts.age, c.value), result: { ...c, actual: facts.age, categories: ['identity'] } };
    case 'unemployment_months':
      return { holds: compare[c.op](facts.unemploymentMonths, c.value), result: { ...c, actual: facts.unemploymentMonths, categories: ['employment'] } };
    case 'receives_benefit':
      return { holds: facts.receivesBenefit === c.value, result: { ...c, actual: facts.receivesBenefit, categories: ['benefits'] } };
    case 'barrier_count': {
      const counted = facts.barriers.filter((b) => SEVERITY_RANK[b.severity] >= SEVERITY_RANK[c.minSeverity]);
      return { holds: compare[c.op](counted.length, c.value), result: { ...c, actual: counted.length, categories: categoriesOf(counted) } };
    }
    case 'has_barrier': {
      const hit = facts.barriers.filter((b) => b.code === c.barrier);
      return { holds: hit.length > 0, result: { ...c, actual: hit.length > 0, categories: categoriesOf(hit) } };
    }
  }
}

export function evaluateRules(rules: RuleSetDefinition, facts: ProfilingFacts): RulesOutcome {
  for (const rule of rules.rules) {
    const results = rule.all.map((c) => evaluate(c, facts));
    if (results.every((r) => r.holds)) {
      return { segment: rule.segment, reason: { ruleId: rule.id, label: rule.label, conditions: results.map((r) => r.result) } };
    }
  }
  return { segment: rules.defaultSegment, reason: { ruleId: null, label: rules.defaultLabel, conditions: [] } };
}
