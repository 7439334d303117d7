/**
 * The plan on paper, in the client's language (or one asked for): goals, what the agencies
 * guarantee, who does what by when, both sides' obligations, the review rhythm, the
 * signature, and how to complain. Built from the version as the requester may see it, so
 * a printout never carries more than the screen would; the download is audited.
 */
import { isLanguage, type Language } from '../../i18n';
import { translatorFor } from '../../i18n/translate';
import { AppError } from '../../server/errors';
import { createPdf, finish, footers, write } from '../../server/pdf';
import { canSee } from '../access/policy';
import { shownDecision, visiblePlan, type Caller } from './context';
import * as repo from './repo';
import type { SuggestionDeps } from './suggestions';
import { versionView, viewContext } from './view';

const dateIn = (lang: Language) => (day: string) => new Intl.DateTimeFormat(lang, { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(`${day.slice(0, 10)}T00:00:00Z`));

export function planPdf(deps: SuggestionDeps, { viewer, actor }: Caller, planId: string, number: number, requested: Language | undefined) {
  return deps.db.transaction().execute(async (trx) => {
    const { c, decision } = await visiblePlan(deps, trx, viewer, planId);
    const row = await repo.findVersion(trx, planId, number);
    if (!row) throw new AppError('not_found');
    const person = await deps.people.documentFacts(trx, c.personId);
    // The preferred language is contact data: without it, the printout is in Armenian unless asked otherwise.
    const preferred = canSee(decision, 'contact') ? person?.preferredLanguage : undefined;
    const lang: Language = requested ?? (isLanguage(preferred) ? preferred : 'hy');
    const v = versionView(row, await viewContext(deps, trx, { c, decision, viewer, lang }, planId, [row.content]));
    const named = !!person && canSee(decision, 'identity');
    await deps.access.recordRead(trx, actor, {
      personId: c.personId, action: 'plan.pdf', purpose: 'case_work', decision: shownDecision(decision, [row.content], named), subjectType: 'action_plan', subjectId: planId,
      extra: { number, language: lang },
    });

    const t = translatorFor(lang, 'plans');
    const date = dateIn(lang);
    const doc = createPdf({ title: `${t('pdf.title')} — ${t('pdf.version', { number })}`, language: lang });
    const heading = (text: string) => write(doc, text, { size: 13, weight: 'bold', gap: 0.3 });
    const line = (text: string, gap = 0.2) => write(doc, text, { gap });

    write(doc, t('pdf.title'), { size: 20, weight: 'bold' });
    write(doc, `${t('pdf.subtitle')} · ${t('pdf.version', { number })} · ${t(`pdf.status.${v.status}`)}`, { size: 11, color: '#444444', gap: 1 });
    if (person && named) line(`${t('pdf.client')}: ${person.name} (${person.onedoorId})`);
    line(`${t('pdf.caseManager')}: ${v.content.caseManager.displayName}`);
    line(`${t('pdf.leadAgency')}: ${c.leadAgencyName}`, 1);

    const a = v.content.assessment;
    if (a || v.content.assessmentSummary) {
      heading(t('pdf.assessment'));
      if (a) line(`${t('pdf.segment')}: ${t(`pdf.segmentName.${a.segment}`)}`);
      if (a?.barriers.length) line(`${t('pdf.barriers')}: ${a.barriers.map((b) => b.label).join('; ')}`);
      if (v.content.assessmentSummary) line(v.content.assessmentSummary);
      doc.moveDown(0.8);
    }
    if (v.content.goal) {
      heading(t('pdf.goal'));
      line(`${v.content.goal.label}${v.content.goal.description ? ` — ${v.content.goal.description}` : ''}${v.content.goal.targetDate ? ` (${date(v.content.goal.targetDate)})` : ''}`, 0.8);
    }
    if (v.content.socialGoals.length) {
      heading(t('pdf.socialGoals'));
      for (const g of v.content.socialGoals) line(`• ${g.label}${g.description ? ` — ${g.description}` : ''}`);
      doc.moveDown(0.6);
    }
    if (v.content.minimumOffer) {
      heading(t('pdf.minimumOffer'));
      line(v.content.minimumOffer, 0.8);
    }
    heading(t('pdf.actions'));
    for (const x of v.content.actions) {
      const who = x.owner.party === 'partner_agency' ? (x.owner.agencyName ?? t('pdf.party.partner_agency')) : t(`pdf.party.${x.owner.party}`);
      write(doc, `• ${x.title}`, { weight: 'bold' });
      const target = x.target ? ` · ${t('pdf.target', { count: x.target.count, period: t(`pdf.period.${x.target.per}`) })}` : '';
      line(`   ${t('pdf.who')}: ${who} · ${t('pdf.due')}: ${date(x.dueOn)}${x.service ? ` · ${t('pdf.service')}: ${x.service.name} (${x.service.agencyName})` : ''}${target}`, 0.3);
    }
    doc.moveDown(0.6);
    for (const party of ['client', 'agency'] as const) {
      const list = v.content.obligations.filter((o) => o.party === party);
      if (!list.length) continue;
      heading(t(party === 'client' ? 'pdf.clientObligations' : 'pdf.agencyObligations'));
      for (const o of list) {
        const measure = [o.target && t('pdf.target', { count: o.target.count, period: t(`pdf.period.${o.target.per}`) }), o.dueOn && `${t('pdf.due')}: ${date(o.dueOn)}`].filter(Boolean).join(' · ');
        line(`• ${o.text}${o.agencyName && party === 'agency' ? ` (${o.agencyName})` : ''}${measure ? ` — ${measure}` : ''}`);
      }
      doc.moveDown(0.6);
    }
    line(t('pdf.review', { weeks: v.content.reviewEveryWeeks, date: date(v.content.nextReviewOn) }), 0.8);
    const s = v.signature;
    line(s ? t('pdf.signature', { name: s.signedName, date: date(s.signedAt), method: t(`pdf.method.${s.method}`), witness: s.witnessedBy?.displayName ?? '—' }) : t('pdf.unsigned'), 1);
    heading(t('pdf.complaintsTitle'));
    line(t('pdf.complaints'));
    footers(doc, (page, pages) => `${t('pdf.title')} · ${t('pdf.version', { number })} · ${t('pdf.page', { page, pages })}`);
    return { fileName: `plan-v${number}-${lang}.pdf`, content: await finish(doc) };
  });
}
