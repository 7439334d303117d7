/**
 * HTTP layer of referrals: parse with the schema, call the service, shape the reply.
 * Sending side (referral.send): create, edit a draft, send, withdraw, acknowledge the
 * feedback. Receiving side (referral.receive, staff of the receiving agency): the inbox,
 * receipt, accept (or waitlist when full), decline, appointment, attendance, service,
 * outcome. Anyone who may see the case reads its referrals; the receiver reads what it was sent.
 */
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Language } from '../../i18n';
import type { RouteAccess } from '../access/route-guard';
import { callerOf } from '../cases/caller';
import type { Caller } from '../cases/context';
import {
  AppointmentInput, AttendanceInput, BulkAccept, BulkResult, CaseIdParams, CompleteInput, DraftUpdate, InboxQuery, InboxView, JourneyQuery, JourneySmoothness,
  ReferralCreate, ReferralIdParams, ReferralSummary, ReferralView, ReopenInput, VersionOnly, WithReason,
} from './schema';
import type { ReferralService } from './service';

const tags = ['referrals'];
const send = { access: { permission: 'referral.send' }, personData: true } as const;
const receive = { access: { permission: 'referral.receive' }, personData: true } as const;
const read = { access: { permission: 'person.read' }, personData: true } as const;
type StepConfig = { access: RouteAccess; personData: boolean };

export async function referralRoutes(app: FastifyInstance, opts: { referrals: ReferralService }) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const { referrals } = opts;
  const view = { 200: ReferralView };

  r.post('/api/cases/:caseId/referrals', {
    config: send,
    schema: {
      tags, params: CaseIdParams, body: ReferralCreate, response: { 201: ReferralView },
      summary: 'Refer the client of a case to a catalogue service (lead or partner agency of the case); a draft, or sent at once with send: true',
      description:
        "Every shared category must be covered by the client's consent to the receiving agency for the purpose 'referral' (else 400 at categories.N). " +
        'Sending takes a snapshot of exactly those categories: it is all the receiver sees of the client.',
    },
    handler: async (request, reply) =>
      reply.status(201).send(await referrals.create(callerOf(request), { ...request.body, caseId: request.params.caseId }, request.language)),
  });
  r.get('/api/cases/:caseId/referrals', {
    config: read,
    schema: { tags, params: CaseIdParams, response: { 200: z.array(ReferralSummary) }, summary: 'Referrals made from a case, newest first (anyone who may see the case)' },
    handler: (request) => referrals.referralsOfCase(callerOf(request), request.params.caseId, request.language),
  });
  r.get('/api/referrals/inbox', {
    config: receive,
    schema: { tags, querystring: InboxQuery, response: { 200: InboxView }, summary: "Your agency's incoming referrals, most urgent and oldest first, with overdue markers" },
    handler: (request) => referrals.inbox(callerOf(request), request.query, request.language),
  });
  r.post('/api/referrals/bulk-accept', {
    config: receive,
    schema: {
      tags, body: BulkAccept, response: { 200: BulkResult },
      summary: 'Accept several incoming referrals: each on its own (accepted, or waitlisted when no place is free), with a result per item',
    },
    handler: (request) => referrals.bulkAccept(callerOf(request), request.body, request.language),
  });
  r.get('/api/referrals/indicators/journey-smoothness', {
    config: { access: { permission: 'referral.send' } },
    schema: { tags, querystring: JourneyQuery, response: { 200: JourneySmoothness }, summary: "How many referrals until the need was met, per chain, for your agency's referrals" },
    handler: (request) => referrals.journeySmoothness(callerOf(request), request.query),
  });
  r.get('/api/referrals/:id', {
    config: read,
    schema: {
      tags, params: ReferralIdParams, response: view,
      summary: 'One referral with its lifecycle: the sender sees it through the case, the receiving agency sees exactly what it carries',
    },
    handler: (request) => referrals.get(callerOf(request), request.params.id, request.language),
  });
  r.put('/api/referrals/:id', {
    config: send,
    schema: { tags, params: ReferralIdParams, body: DraftUpdate, response: view, summary: 'Change a draft referral (sending agency)' },
    handler: (request) => referrals.updateDraft(callerOf(request), request.params.id, request.body, request.language),
  });

  const step = <S extends z.ZodType>(path: string, config: StepConfig, body: S, summary: string, run: (caller: Caller, id: string, input: z.infer<S>, lang: Language) => Promise<ReferralView>) => {
    r.post(`/api/referrals/:id/${path}`, {
      config,
      schema: { tags, params: ReferralIdParams, body, response: view, summary },
      handler: (request) => run(callerOf(request), request.params.id, request.body as z.infer<S>, request.language),
    });
  };

  step('send', send, VersionOnly, 'Send a draft: the snapshot of the shared categories is taken now; the receiving agency is notified', (c, id, b, l) => referrals.send(c, id, b, l));
  step('withdraw', send, WithReason, 'Withdraw a referral sent by mistake (from sent, received, waitlisted or accepted); frees its place', (c, id, b, l) => referrals.withdraw(c, id, b, l));
  step('acknowledge-feedback', send, VersionOnly, 'The referring side has read the outcome and feedback: feedback_delivered', (c, id, b, l) => referrals.acknowledgeFeedback(c, id, b, l));
  step('receive', receive, VersionOnly, 'Confirm receipt (the sender sees who confirmed it and when)', (c, id, b, l) => referrals.receive(c, id, b, l));
  step('accept', receive, VersionOnly, 'Accept: a place is booked (reserved places first); waitlisted instead when the service is full', (c, id, b, l) => referrals.accept(c, id, b, l));
  step('waitlist', receive, VersionOnly, 'Put on the waiting list', (c, id, b, l) => referrals.waitlist(c, id, b, l));
  step('decline', receive, WithReason, 'Decline with a reason; the referring case manager is prompted to re-refer', (c, id, b, l) => referrals.decline(c, id, b, l));
  step('appointment', receive, AppointmentInput, 'Book (or move) the appointment', (c, id, b, l) => referrals.bookAppointment(c, id, b, l));
  step('attendance', receive, AttendanceInput, 'Record whether the client came to the appointment', (c, id, b, l) => referrals.recordAttendance(c, id, b, l));
  step('start-service', receive, VersionOnly, 'The client started the service', (c, id, b, l) => referrals.startService(c, id, b, l));
  step('complete', receive, CompleteInput, 'Complete with the outcome and feedback for the referring case manager; frees the place', (c, id, b, l) => referrals.complete(c, id, b, l));
  step(
    'reopen', { access: 'signed_in', personData: true }, ReopenInput,
    'Reopen with an audited comment: declined (→ received) and completed (→ in_service) by the receiving agency, withdrawn (→ sent) by the sender',
    (c, id, b, l) => referrals.reopen(c, id, b, l),
  );
}
