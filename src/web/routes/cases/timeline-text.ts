/**
 * Turns a timeline event into a sentence in the UI language. Events carry ids in their
 * details (agencies, staff); names come from the agency list and the case itself.
 */
import type { TFunction } from 'i18next';
import type { CaseView, TimelineEvent } from '../../api/cases';

interface Context {
  t: TFunction<'casework'>;
  agencyName: (id: unknown) => string;
  caseView: CaseView;
}

const text = (value: unknown) => (typeof value === 'string' ? value : '');

export function describeEvent(e: TimelineEvent, { t, agencyName, caseView }: Context): { title: string; note?: string } {
  const d = e.details;
  switch (e.type) {
    case 'case.opened':
      return { title: t('timeline.caseOpened') };
    case 'partner.joined':
      return { title: t('timeline.partnerJoined', { agency: agencyName(d.agencyId) }), note: text(d.role) || undefined };
    case 'partner.left':
      return { title: t('timeline.partnerLeft', { agency: agencyName(d.agencyId) }) };
    case 'case.status_changed':
      return { title: t('timeline.statusChanged', { from: t(`caseStatus.${text(d.from)}`), to: t(`caseStatus.${text(d.to)}`) }) };
    case 'case.manager_changed':
      // Only the current manager's name is known here; earlier ones are not listed to case workers.
      return d.to === caseView.caseManager.id
        ? { title: t('timeline.managerChangedTo', { name: caseView.caseManager.displayName }) }
        : { title: t('timeline.managerChanged') };
    case 'consent.recorded':
      return {
        title: d.decision === 'refused'
          ? t('timeline.refusalRecorded', { agency: agencyName(d.recipientAgencyId) })
          : t('timeline.consentRecorded', { agency: agencyName(d.recipientAgencyId) }),
      };
    case 'consent.withdrawn':
      return { title: t('timeline.consentWithdrawn', { agency: agencyName(d.recipientAgencyId) }) };
    case 'legal_basis.recorded':
      return { title: t('timeline.legalBasisRecorded', { agency: agencyName(d.agencyId), basis: t(`legalBasisKind.${text(d.basis)}`) }) };
    case 'legal_basis.revoked':
      return { title: t('timeline.legalBasisRevoked', { agency: agencyName(d.agencyId), basis: t(`legalBasisKind.${text(d.basis)}`) }) };
    case 'break_glass.opened':
      return { title: t('timeline.breakGlass'), note: t('timeline.breakGlassNote') };
    default:
      // Modules added later (plans, referrals...) write their own types; show the code until they are translated.
      return { title: t(`timeline.type.${e.type}`, { defaultValue: e.type }) };
  }
}
