/** HTTP layer of conducting assessments and profiling: parse with the schema, call the service, shape the reply. */
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { callerOf } from '../cases/caller';
import { DueList, DueQuery, OverrideStats, OverrideStatsQuery } from './report-schema';
import {
  AnswersSave, AssessmentIdParams, AssessmentSummary, AssessmentView, CaseIdParams, ComparisonView, Finalise, PartParams, SegmentDecision,
} from './schema';
import type { AssessmentService } from './service';

const tags = ['assessment'];
const conduct = { access: { permission: 'assessment.conduct' }, personData: true } as const;
const read = { access: { permission: 'person.read' }, personData: true } as const;

export async function assessmentRoutes(app: FastifyInstance, opts: { assessment: AssessmentService }) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const { assessment } = opts;

  r.post('/api/cases/:caseId/assessments', {
    config: conduct,
    schema: { tags, summary: 'Start an assessment of the case on the current instrument (lead agency)', params: CaseIdParams, response: { 201: AssessmentView } },
    handler: async (request, reply) => reply.status(201).send(await assessment.start(callerOf(request), request.params.caseId, request.language)),
  });
  r.get('/api/cases/:caseId/assessments', {
    config: read,
    schema: { tags, summary: 'Assessments of a case, newest first', params: CaseIdParams, response: { 200: z.array(AssessmentSummary) } },
    handler: (request) => assessment.ofCase(callerOf(request), request.params.caseId),
  });
  r.get('/api/assessments/reassessments-due', {
    config: conduct,
    schema: { tags, summary: 'Worklist: re-assessments due soon or overdue on your cases (or your agency\'s)', querystring: DueQuery, response: { 200: DueList } },
    handler: (request) => assessment.reassessmentsDue(callerOf(request), request.query),
  });
  r.get('/api/assessments/:id', {
    config: read,
    schema: { tags, summary: 'One assessment: the sections you may see, answers, barriers, profiling with reasons', params: AssessmentIdParams, response: { 200: AssessmentView } },
    handler: (request) => assessment.get(callerOf(request), request.params.id, request.language),
  });
  r.put('/api/assessments/:id/answers/:part', {
    config: conduct,
    schema: { tags, summary: 'Autosave changed answers of one part (send the part\'s version; stale → 409)', params: PartParams, body: AnswersSave, response: { 200: AssessmentView } },
    handler: (request) => assessment.saveAnswers(callerOf(request), request.params.id, request.params.part, request.body, request.language),
  });
  r.get('/api/assessments/:id/comparison', {
    config: read,
    schema: { tags, summary: 'The self-assessment side by side with the interview, differences marked', params: AssessmentIdParams, response: { 200: ComparisonView } },
    handler: (request) => assessment.compare(callerOf(request), request.params.id, request.language),
  });
  r.post('/api/assessments/:id/finalise', {
    config: conduct,
    schema: { tags, summary: 'Finalise: check required answers, compute barriers and the rules-based segment', params: AssessmentIdParams, body: Finalise, response: { 200: AssessmentView } },
    handler: (request) => assessment.finalise(callerOf(request), request.params.id, request.body, request.language),
  });
  r.put('/api/assessments/:id/segment', {
    config: conduct,
    schema: { tags, summary: 'The counsellor\'s final segment (a reason is required when it overrides the rules)', params: AssessmentIdParams, body: SegmentDecision, response: { 200: AssessmentView } },
    handler: (request) => assessment.decideSegment(callerOf(request), request.params.id, request.body, request.language),
  });
  r.get('/api/profiling/override-stats', {
    config: { access: { permission: 'profiling.report' } },
    schema: { tags, summary: 'Overrides of the rules-based segment per counsellor and subgroup (counts only)', querystring: OverrideStatsQuery, response: { 200: OverrideStats } },
    handler: (request) => assessment.overrideStats(callerOf(request), request.query),
  });
}
