/**
 * The referral lifecycle as data: which side takes each step, from which statuses, to which
 * status. A step the current status does not allow is 409 invalid_transition.
 *
 *   draft ─send→ sent ─receive→ received ─accept→ accepted ─book_appointment→ appointment_booked
 *   sent/received/waitlisted ─accept→ accepted (waitlisted when the service is full)
 *   sent/received ─waitlist→ waitlisted;  sent/received/waitlisted ─decline→ declined (reason)
 *   appointment_booked ─attend→ attended | ─no_show→ no_show ─book_appointment→ appointment_booked
 *   accepted/attended ─start_service→ in_service ─complete→ completed (outcome, feedback)
 *   attended/no_show ─complete→ completed;  completed ─acknowledge_feedback→ feedback_delivered
 *   sent/received/waitlisted/accepted ─withdraw→ withdrawn (sender, reason)
 *   reopen (audited comment): declined → received and completed/feedback_delivered → in_service
 *   (receiving agency: it reconsiders, or the outcome was premature); withdrawn → sent (sender).
 *
 * Feedback is delivered when the referring side acknowledges it (opens the outcome and
 * confirms): completing notifies the referring case manager with the outcome, and the
 * referral stays "completed" — with the sender as its owner, so the stale timer nudges them —
 * until someone of the sending agency acknowledges it. Reading alone does not deliver it:
 * a read by a colleague or a supervisor is not the case manager taking the feedback in.
 */
import type { ReferralAction, ReferralStatus } from './schema';

export type Step = Exclude<ReferralAction, 'create' | 'overdue'>;
export type StepSide = 'sender' | 'receiver';

interface Rule {
  by: StepSide;
  from: readonly ReferralStatus[];
  to: ReferralStatus;
}

export const RULES: Record<Exclude<Step, 'reopen'>, Rule> = {
  send: { by: 'sender', from: ['draft'], to: 'sent' },
  withdraw: { by: 'sender', from: ['sent', 'received', 'waitlisted', 'accepted'], to: 'withdrawn' },
  acknowledge_feedback: { by: 'sender', from: ['completed'], to: 'feedback_delivered' },
  receive: { by: 'receiver', from: ['sent'], to: 'received' },
  accept: { by: 'receiver', from: ['sent', 'received', 'waitlisted'], to: 'accepted' },
  waitlist: { by: 'receiver', from: ['sent', 'received'], to: 'waitlisted' },
  decline: { by: 'receiver', from: ['sent', 'received', 'waitlisted'], to: 'declined' },
  book_appointment: { by: 'receiver', from: ['accepted', 'appointment_booked', 'no_show'], to: 'appointment_booked' },
  attend: { by: 'receiver', from: ['appointment_booked'], to: 'attended' },
  no_show: { by: 'receiver', from: ['appointment_booked'], to: 'no_show' },
  start_service: { by: 'receiver', from: ['accepted', 'attended'], to: 'in_service' },
  complete: { by: 'receiver', from: ['attended', 'no_show', 'in_service'], to: 'completed' },
};

/** Reopening: who may, and the status it returns to. */
export const REOPEN: Partial<Record<ReferralStatus, { by: StepSide; to: ReferralStatus }>> = {
  declined: { by: 'receiver', to: 'received' },
  completed: { by: 'receiver', to: 'in_service' },
  feedback_delivered: { by: 'receiver', to: 'in_service' },
  withdrawn: { by: 'sender', to: 'sent' },
};

/** The rule of a step from a status, or null when the status does not allow it. */
export function ruleFor(step: Step, from: ReferralStatus): { by: StepSide; to: ReferralStatus } | null {
  if (step === 'reopen') return REOPEN[from] ?? null;
  const rule = RULES[step];
  return rule.from.includes(from) ? rule : null;
}

/** Statuses in which the referral holds a place on the service. */
export const HOLDS_PLACE: readonly ReferralStatus[] = ['accepted', 'appointment_booked', 'attended', 'no_show', 'in_service'];
/** Statuses that end the referral (no timer runs). */
export const FINAL: readonly ReferralStatus[] = ['declined', 'withdrawn', 'feedback_delivered'];
/** Statuses in which the referral is with the sending side (the stale timer nudges the case manager). */
export const WITH_SENDER: readonly ReferralStatus[] = ['draft', 'completed'];

/** The steps a viewer standing on these sides may take now. */
export function allowedSteps(status: ReferralStatus, sides: { sender: boolean; receiver: boolean }): Step[] {
  const steps: Step[] = [];
  for (const step of [...(Object.keys(RULES) as Step[]), 'reopen' as const]) {
    const rule = ruleFor(step, status);
    if (rule && ((rule.by === 'sender' && sides.sender) || (rule.by === 'receiver' && sides.receiver))) steps.push(step);
  }
  return steps;
}
