/**
 * One question as a form field, by answer type: radios for a single choice and yes/no,
 * checkboxes for several choices, a number, a day, or free text. Its id (`q-<part>-<questionId>`)
 * lets an error summary link to it and focus it.
 */
import { Box, Button, Checkbox, Group, NumberInput, Radio, Stack, Textarea, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Part, Question } from './api';
import type { Draft } from './answers';
import { useLocalText } from './answers';
import { ConflictNote } from './conflict-note';
import type { Conflict } from './use-autosave';

/** Numbers and days need a short box, but their question keeps the full width. */
const narrow = { wrapper: { maxWidth: 240 } };

export const fieldId = (part: Part, questionId: string) => `q-${part}-${questionId}`;

interface Props {
  part: Part;
  question: Question;
  value: Draft | undefined;
  onChange: (value: Draft) => void;
  /** Show the question as required (the interview only: finalising checks it). */
  required: boolean;
  error?: string;
  conflict?: Conflict;
  onResolve: (keep: 'mine' | 'theirs') => void;
}

export function QuestionField({ part, question: q, value, onChange, required, error, conflict, onResolve }: Props) {
  const { t } = useTranslation('assessment');
  const local = useLocalText();
  const id = fieldId(part, q.id);
  const common = { label: local(q.text), description: q.help ? local(q.help) : undefined, error, withAsterisk: required };
  const clear = (
    <Button variant="subtle" size="compact-xs" onClick={() => onChange(null)} aria-label={t('form.clearNamed', { question: local(q.text) })}>
      {t('form.clear')}
    </Button>
  );
  const answered = value !== undefined && value !== null;

  let field;
  switch (q.type) {
    case 'single_choice':
      field = (
        <Radio.Group {...common} value={typeof value === 'string' ? value : null} onChange={onChange}>
          <Stack gap={6} mt={6}>
            {(q.options ?? []).map((o, i) => (
              <Radio key={o.value} value={o.value} label={local(o.label)} id={i === 0 ? id : undefined} />
            ))}
          </Stack>
        </Radio.Group>
      );
      break;
    case 'yes_no':
      field = (
        <Radio.Group {...common} value={value === true ? 'yes' : value === false ? 'no' : null} onChange={(v) => onChange(v === 'yes')}>
          <Group gap="lg" mt={6}>
            <Radio value="yes" label={t('answer.yes')} id={id} />
            <Radio value="no" label={t('answer.no')} />
          </Group>
        </Radio.Group>
      );
      break;
    case 'multiple_choice':
      field = (
        <Checkbox.Group {...common} value={Array.isArray(value) ? value : []} onChange={onChange}>
          <Stack gap={6} mt={6}>
            {(q.options ?? []).map((o, i) => (
              <Checkbox key={o.value} value={o.value} label={local(o.label)} id={i === 0 ? id : undefined} />
            ))}
          </Stack>
        </Checkbox.Group>
      );
      break;
    case 'number':
      field = (
        <NumberInput
          {...common}
          id={id}
          value={typeof value === 'number' ? value : ''}
          min={q.min}
          max={q.max}
          // The server checks the range and says so in the person's language; clamping would change what they typed.
          clampBehavior="none"
          onChange={(v) => {
            if (typeof v === 'number') onChange(v);
            else if (v === '') onChange(null);
          }}
          styles={narrow}
        />
      );
      break;
    case 'date':
      field = <TextInput {...common} id={id} type="date" value={typeof value === 'string' ? value : ''} onChange={(e) => onChange(e.currentTarget.value || null)} styles={narrow} />;
      break;
    case 'text':
      field = (
        <Textarea {...common} id={id} autosize minRows={2} maxRows={8} maxLength={4000} value={typeof value === 'string' ? value : ''} onChange={(e) => onChange(e.currentTarget.value)} />
      );
      break;
  }
  return (
    <Box>
      {field}
      {/* Radios cannot be unticked: this takes an answer back (outside the group, which holds radios only). */}
      {(q.type === 'single_choice' || q.type === 'yes_no') && answered && clear}
      {conflict && <ConflictNote question={q} conflict={conflict} onResolve={onResolve} />}
    </Box>
  );
}
