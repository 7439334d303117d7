/**
 * Why the draft was not saved (or cannot be signed yet), at the top of the page: one line
 * per problem naming the action, obligation or field, each linking to where it is fixed
 * (the message is also shown there). A version conflict is explained by its own notice.
 */
import { Alert, Anchor, List, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../api/problem';
import { ProblemAlert } from '../../components/problem-alert';
import type { PlanDraft } from './use-plan-draft';

/** The element to focus for a field path (ids set by the panels). */
export function targetOf(path: string): string | null {
  const [top = '', second = '', third = ''] = path.split('.');
  switch (top) {
    case 'actions':
      return second ? `plan-action-${second}-edit` : 'plan-add-action';
    case 'obligations':
      return second ? `plan-obligation-${second}-edit` : 'plan-add-obligation';
    case 'goal':
      return third || second === 'description' ? 'plan-goal-description' : second === 'targetDate' ? 'plan-goal-target' : 'plan-goal-type';
    case 'socialGoals':
      return second ? `plan-social-${second}-type` : 'plan-add-social';
    case 'minimumOffer':
      return 'plan-minimum-offer';
    case 'assessmentSummary':
      return 'plan-summary';
    case 'reviewEveryWeeks':
      return 'plan-review-every';
    case 'nextReviewOn':
      return 'plan-next-review';
    default:
      return null;
  }
}

export function jumpTo(id: string) {
  const element = document.getElementById(id);
  element?.focus({ preventScroll: true });
  element?.scrollIntoView({ block: 'center' });
}

export function DraftProblems({ draft }: { draft: PlanDraft }) {
  const { t } = useTranslation('planweb');
  const { error, errors, values } = draft;
  if (isApiError(error, 'version_conflict')) return null;
  const entries = Object.entries(errors);
  if (!isApiError(error, 'validation_failed') || entries.length === 0) return <ProblemAlert error={error} />;

  const signing = error.operation === 'plans.sign';
  const describe = (path: string, message: string) => {
    const [top = '', key = ''] = path.split('.');
    if (top === 'actions' && key) return t('summary.action', { title: values.actions.find((a) => a.key === key)?.title ?? '', message });
    if (top === 'obligations' && key) return t('summary.obligation', { title: values.obligations.find((o) => o.key === key)?.text ?? '', message });
    return t('summary.field', { field: t(`field.${top}`, { defaultValue: top }), message });
  };
  return (
    // Signing refused for what the draft lacks reads differently from a refused save.
    <Alert color="red" variant="light" role="alert" title={t(signing ? 'summary.signTitle' : 'summary.title', { count: entries.length })}>
      <Text size="sm" mb="xs">
        {t(signing ? 'summary.signIntro' : 'summary.intro')}
      </Text>
      <List size="sm" spacing={4}>
        {entries.map(([path, message]) => {
          const target = targetOf(path);
          const text = describe(path, message);
          return (
            <List.Item key={path}>
              {target ? (
                <Anchor
                  href={`#${target}`}
                  size="sm"
                  onClick={(e) => {
                    e.preventDefault();
                    jumpTo(target);
                  }}
                >
                  {text}
                </Anchor>
              ) : (
                text
              )}
            </List.Item>
          );
        })}
      </List>
    </Alert>
  );
}
