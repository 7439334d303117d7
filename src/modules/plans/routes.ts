/** HTTP layer of the action plan: parse with the schema, call the service, shape the reply. */
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { languages } from '../../i18n';
import { callerOf } from '../cases/caller';
import {
  ActionParams, CaseIdParams, DiffQuery, DiffView, DraftSave, GoalTypeView, PlanIdParams, PlanView, ProgressChange, ProgressHistory, ReviewStart,
  Signature, SuggestionAccept, SuggestionIgnore, SuggestionParams, SuggestionView, VersionParams, VersionView,
} from './schema';
import type { PlanService } from './service';

const tags = ['action plan'];
const edit = { access: { permission: 'plan.edit' }, personData: true } as const;
const read = { access: { permission: 'person.read' }, personData: true } as const;

export async function planRoutes(app: FastifyInstance, opts: { plans: PlanService }) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const { plans } = opts;

  r.get('/api/plan-goal-types', {
    config: { access: 'signed_in' },
    schema: { tags, summary: 'Goal types a plan may set (labour-market and social-inclusion)', response: { 200: z.array(GoalTypeView) } },
    handler: (request) => plans.goalTypes(request.language),
  });
  r.post('/api/cases/:caseId/plan', {
    config: edit,
    schema: { tags, summary: 'Start the action plan of a case (lead agency): a first draft from the latest assessment', params: CaseIdParams, response: { 201: PlanView } },
    handler: async (request, reply) => reply.status(201).send(await plans.start(callerOf(request), request.params.caseId, request.language)),
  });
  r.get('/api/cases/:caseId/plan', {
    config: read,
    schema: { tags, summary: 'The plan of a case: the draft or version in force, the versions, quality signals', params: CaseIdParams, response: { 200: PlanView } },
    handler: (request) => plans.ofCase(callerOf(request), request.params.caseId, request.language),
  });
  r.get('/api/plans/:id/versions/:number', {
    config: read,
    schema: { tags, summary: 'One version of a plan as it was agreed', params: VersionParams, response: { 200: VersionView } },
    handler: (request) => plans.version(callerOf(request), request.params.id, request.params.number, request.language),
  });
  r.get('/api/plans/:id/diff', {
    config: read,
    schema: { tags, summary: 'What changed between two versions, item by item', params: PlanIdParams, querystring: DiffQuery, response: { 200: DiffView } },
    handler: (request) => plans.diff(callerOf(request), request.params.id, request.query.from, request.query.to),
  });
  r.put('/api/plans/:id/draft', {
    config: edit,
    schema: { tags, summary: 'Save the draft (the whole document; send the plan version you read, stale → 409)', params: PlanIdParams, body: DraftSave, response: { 200: PlanView } },
    handler: (request) => plans.saveDraft(callerOf(request), request.params.id, request.body, request.language),
  });
  r.post('/api/plans/:id/reviews', {
    config: edit,
    schema: { tags, summary: 'Start a review: a new draft version from the latest one', params: PlanIdParams, body: ReviewStart, response: { 200: PlanView } },
    handler: (request) => plans.startReview(callerOf(request), request.params.id, request.body, request.language),
  });
  r.post('/api/plans/:id/sign', {
    config: edit,
    schema: { tags, summary: "The client's signature on the draft: it is frozen and in force", params: PlanIdParams, body: Signature, response: { 200: PlanView } },
    handler: (request) => plans.sign(callerOf(request), request.params.id, request.body, request.language),
  });
  r.put('/api/plans/:id/actions/:actionId/progress', {
    config: edit,
    schema: { tags, summary: 'Record progress on an action (lead agency or the partner that owns it)', params: ActionParams, body: ProgressChange, response: { 200: PlanView } },
    handler: (request) => plans.recordProgress(callerOf(request), request.params.id, request.params.actionId, request.body, request.language),
  });
  r.get('/api/plans/:id/actions/:actionId/progress', {
    config: read,
    schema: { tags, summary: 'Who recorded what progress on an action, oldest first', params: ActionParams, response: { 200: ProgressHistory } },
    handler: (request) => plans.actionHistory(callerOf(request), request.params.id, request.params.actionId),
  });
  r.get('/api/plans/:id/suggestions', {
    config: edit,
    schema: { tags, summary: 'Services suggested for the plan, ranked, each with its reasons (recorded for evaluation)', params: PlanIdParams, response: { 200: z.array(SuggestionView) } },
    handler: (request) => plans.suggestions(callerOf(request), request.params.id, request.language),
  });
  r.post('/api/plans/:id/suggestions/:suggestionId/accept', {
    config: edit,
    schema: { tags, summary: 'Accept a suggestion: it becomes an action in the draft (a place is booked)', params: SuggestionParams, body: SuggestionAccept, response: { 200: PlanView } },
    handler: (request) => plans.acceptSuggestion(callerOf(request), request.params.id, request.params.suggestionId, request.body, request.language),
  });
  r.post('/api/plans/:id/suggestions/:suggestionId/ignore', {
    config: edit,
    schema: { tags, summary: 'Ignore a suggestion (recorded for evaluation)', params: SuggestionParams, body: SuggestionIgnore, response: { 204: z.null() } },
    handler: async (request, reply) => {
      await plans.ignoreSuggestion(callerOf(request), request.params.id, request.params.suggestionId, request.body.version);
      return reply.status(204).send(null);
    },
  });
  r.get('/api/plans/:id/versions/:number/pdf', {
    config: read,
    schema: {
      tags, summary: "The plan as a printable PDF, in the client's language unless ?lang= is given",
      params: VersionParams, querystring: z.object({ lang: z.enum(languages).optional() }),
    },
    handler: async (request, reply) => {
      const file = await plans.pdf(callerOf(request), request.params.id, request.params.number, request.query.lang);
      return reply
        .type('application/pdf')
        .header('content-disposition', `attachment; filename*=UTF-8''${encodeURIComponent(file.fileName)}`)
        .header('cache-control', 'no-store')
        .send(file.content);
    },
  });
}
