/** The access matrix's case conference (see access-matrix.conferences.ts), apart so the scenario can import it without a cycle. */
import type { TestClient, TestContext } from '../../test/test-app';

/** P's case on the agenda of a conference every matrix viewer is invited to. */
export async function seedConference(ctx: TestContext, p: { caseId: string; clients: Map<string, TestClient>; userIds: Map<string, string> }) {
  const lead = p.clients.get('lead.case_manager')!;
  const leadId = p.userIds.get('lead.case_manager')!;
  const res = await lead.post('/api/conferences', {
    title: 'Matrix conference', startsAt: new Date(ctx.clock.now().getTime() + 7 * 86_400_000).toISOString(), durationMinutes: 60, mode: 'online',
    onlineUrl: 'https://meet.example.org/matrix', participantIds: [...p.userIds.values()].filter((id) => id !== leadId), caseIds: [p.caseId],
  });
  if (res.statusCode !== 201) throw new Error(`scenario step failed (${res.statusCode}): ${res.body}`);
  const c = res.json<{ id: string; agenda: { id: string }[] }>();
  return { id: c.id, agendaItemId: c.agenda[0]!.id, userId: p.userIds.get('partner.case_manager')! };
}
