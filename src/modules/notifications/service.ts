/**
 * In-app notifications (and, where asked, e-mail) to a staff member or an agency. Modules
 * notify inside their own transaction; the text is rendered in the reader's language from
 * the kind and its details (notifications:kind.<kind>), so nothing about the person is
 * stored in it. An e-mail is a job (notification.email), delivered after the commit and
 * retried if the transport fails; it names no client, only the kind and a link.
 *
 *   notify(trx, { to: { userId } | { agencyId }, kind, subject, caseId?, details?, link, email? }) → id
 *   list(caller, { unreadOnly, limit, offset }) / unreadCount(caller) / markRead(caller, ids | 'all')
 */
import type { Kysely } from 'kysely';
import type { DB } from '../../db/types';
import { isLanguage, defaultLanguage } from '../../i18n';
import { translatorFor } from '../../i18n/translate';
import type { Clock } from '../../server/clock';
import type { MailTransport } from '../../server/mail';
import type { JobService } from '../jobs/service';
import * as repo from './repo';

export interface NotificationInput {
  to: { userId: string } | { agencyId: string };
  /** A code with a translation in notifications:kind.<kind>. */
  kind: string;
  subject: { type: string; id: string };
  caseId?: string | null;
  /** Codes, numbers and dates for the text; no names or free text about a person. */
  details?: Record<string, unknown>;
  /** Where in the web app the evidence is. */
  link: string;
  email?: boolean;
}

export type Recipient = repo.Recipient;
export type NotificationService = ReturnType<typeof createNotificationService>;

const EMAIL_JOB = 'notification.email';

export function createNotificationService(deps: { db: Kysely<DB>; clock: Clock; jobs: JobService; mail: MailTransport; publicUrl: string }) {
  const { db, clock, jobs, mail } = deps;

  jobs.register(EMAIL_JOB, async (trx, job, now) => {
    const found = await repo.forEmail(trx, String(job.payload.notificationId));
    if (!found || found.n.email_sent_at || !mail.enabled) return;
    for (const r of found.recipients) {
      const t = translatorFor(isLanguage(r.preferred_language) ? r.preferred_language : defaultLanguage, 'notifications');
      const title = t(`kind.${found.n.kind}`, { ...found.n.details, defaultValue: t('kind.generic') });
      await mail.send({ to: r.email, subject: t('email.subject', { title }), text: t('email.body', { title, url: deps.publicUrl + found.n.link }) });
    }
    await repo.markEmailed(trx, found.n.id, now);
  });

  async function notify(trx: Kysely<DB>, n: NotificationInput) {
    const now = clock.now();
    const { id } = await repo.insert(trx, {
      recipient_user_id: 'userId' in n.to ? n.to.userId : null,
      recipient_agency_id: 'agencyId' in n.to ? n.to.agencyId : null,
      kind: n.kind, subject_type: n.subject.type, subject_id: n.subject.id, case_id: n.caseId ?? null,
      details: n.details ?? {}, link: n.link, email: n.email ?? false, now,
    });
    if (n.email) await jobs.schedule(trx, { kind: EMAIL_JOB, key: `${EMAIL_JOB}:${id}`, runAt: now, payload: { notificationId: id } });
    return id;
  }

  return {
    notify,
    list: async (r: Recipient, q: { unreadOnly: boolean; limit: number; offset: number }) => ({
      items: (await repo.list(db, r, q)).map((n) => ({
        id: n.id, kind: n.kind, subjectType: n.subject_type, subjectId: n.subject_id, caseId: n.case_id, details: n.details,
        link: n.link, readAt: n.read_at?.toISOString() ?? null, createdAt: n.created_at.toISOString(), forAgency: n.recipient_user_id === null,
      })),
      unread: await repo.countUnread(db, r),
    }),
    unreadCount: (r: Recipient) => repo.countUnread(db, r),
    markRead: (r: Recipient, ids: string[] | 'all') => repo.markRead(db, r, ids, clock.now()),
  };
}
