/** Builds every domain service once, by plain factories (no DI framework). */
import type { Kysely } from 'kysely';
import type { DB } from '../db/types';
import { createAccessService } from '../modules/access/service';
import { createAdminService } from '../modules/admin/service';
import { createAssessmentService } from '../modules/assessment/service';
import { createAuditService } from '../modules/audit/service';
import { createAuthService } from '../modules/auth/service';
import { createCatalogueService } from '../modules/catalogue/service';
import { createPlanService } from '../modules/plans/service';
import { catalogueForPlans } from '../modules/plans/wiring';
import { createNotesService } from '../modules/people/notes-service';
import { createPeopleService } from '../modules/people/service';
import { createProfilingService } from '../modules/profiling/service';
import { createCaseServices } from '../modules/cases/wiring';
import type { Clock } from './clock';
import type { Config } from './config';
import { createEncryptor } from './crypto';
import { createJobService, type JobLogger } from '../modules/jobs/service';
import { createNotificationService } from '../modules/notifications/service';
import { createReferralService } from '../modules/referrals/service';
import { createDutyService } from '../modules/duties/service';
import { createConferenceService } from '../modules/conferences/service';
import { referralsForConferences } from '../modules/conferences/wiring';
import { createMailTransport, type MailTransport } from './mail';

export function createServices(deps: { db: Kysely<DB>; clock: Clock; config: Config; mail?: MailTransport; log?: JobLogger }) {
  const { db, clock, config } = deps;
  const jobs = createJobService({ db, clock, log: deps.log });
  const mail = deps.mail ?? createMailTransport(config.mail);
  const notifications = createNotificationService({ db, clock, jobs, mail, publicUrl: config.publicUrl });
  const encryptor = createEncryptor(config.encryptionKey, config.retiredEncryptionKeys);
  const audit = createAuditService({ db, clock });
  const access = createAccessService({ db, clock, audit });
  const caseServices = createCaseServices({ db, clock, audit, access });
  const people = createPeopleService({ db, clock, audit, access });
  const notes = createNotesService({ db, clock, audit, access, encryptor });
  const auth = createAuthService({ db, clock, config, audit, encryptor });
  const admin = createAdminService({ db, clock, audit, endUserSessions: auth.endUserSessions });
  const profiling = createProfilingService({ db, clock, audit, access });
  const assessment = createAssessmentService({ db, clock, audit, access, cases: caseServices.cases, encryptor, profiling });
  const catalogue = createCatalogueService({ db, clock, audit, definitions: assessment.definitions });
  const plans = createPlanService({
    db, clock, audit, access, cases: caseServices.cases, assessment, people, catalogue: catalogueForPlans(catalogue),
  });
  const duties = createDutyService({ db, clock, audit, access, cases: caseServices.cases, jobs, notifications });
  const referrals = createReferralService({
    db, clock, audit, access, cases: caseServices.cases, catalogue, people, notifications, jobs, staleDays: config.referralStaleDays,
  });
  const conferences = createConferenceService({
    db, clock, audit, access, cases: caseServices.cases, assessment, plans, people, notifications, jobs, referrals: referralsForConferences(referrals),
  });
  return { clock, jobs, notifications, referrals, conferences, duties, audit, access, people, assessment, profiling, catalogue, plans, notes, auth, admin, encryptor, ...caseServices };
}

export type Services = ReturnType<typeof createServices>;
