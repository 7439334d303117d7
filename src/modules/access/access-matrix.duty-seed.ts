/** The access matrix's notification duty (see access-matrix.duties.ts), apart so the scenario can import it without a cycle. */
import type { TestContext } from '../../test/test-app';

/**
 * A duty of the lead agency to notify the partner agency that P took up a job, already sent
 * (so the partner, the receiver, sees it too). Inserted directly: the scenario's agencies are
 * all of one type, so no rule would pair them.
 */
export async function seedDuty(ctx: TestContext, p: { caseId: string; personId: string; agencies: { lead: string; partner: string } }) {
  const now = ctx.clock.now();
  const today = now.toISOString().slice(0, 10);
  const rule = await ctx.db.selectFrom('duty_rule').select('id').where('event_type', '=', 'job_taken_up').executeTakeFirstOrThrow();
  const event = await ctx.db.insertInto('duty_event').values({
    case_id: p.caseId, person_id: p.personId, event_type: 'job_taken_up', occurred_on: today, source: 'staff', recorded_by: null, recorded_by_agency_id: p.agencies.lead,
  }).returning('id').executeTakeFirstOrThrow();
  const duty = await ctx.db.insertInto('duty').values({
    rule_id: rule.id, event_id: event.id, case_id: p.caseId, person_id: p.personId, event_type: 'job_taken_up', event_on: today, days: 8, due_on: today,
    notifying_agency_id: p.agencies.lead, receiving_agency_id: p.agencies.partner, status: 'sent', sent_at: now, days_to_send: 0, sent_within_deadline: true,
  }).returning('id').executeTakeFirstOrThrow();
  return { id: duty.id };
}
