/**
 * Editing a draft as JSON: a plain labelled textarea (screen readers and keyboards handle
 * it well; a code editor widget would not), checked as JSON here and against the schema
 * by the server, whose problems are listed by path with their translated message. The
 * text typed is never thrown away by an error, a conflict included.
 */
import { useRef, useState } from 'react';
import { Alert, Button, Group, List, Stack, Text, Textarea } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../api/problem';
import { useProblemText } from '../../components/problem-alert';
import { definitionKeys, definitionQuery, updateDraft, type DefinitionKind, type VersionOf } from './definitions-api';
import { jsonProblem } from './json-problem';
import { useNotify } from './use-notify';

interface Props {
  kind: DefinitionKind;
  version: VersionOf<DefinitionKind>;
  onDone: () => void;
}

const pretty = (value: unknown) => JSON.stringify(value, null, 2);
/** `definition.sections.0.questions.2.id` → `sections[0].questions[2].id`, as the JSON is written. */
const pathOf = (field: string) => field.replace(/^definition\.?/, '').replace(/\.(\d+)/g, '[$1]') || '(root)';

export function JsonEditor({ kind, version, onDone }: Props) {
  const { t } = useTranslation('analytics');
  const notify = useNotify();
  const describe = useProblemText();
  const queryClient = useQueryClient();
  const area = useRef<HTMLTextAreaElement>(null);
  const [text, setText] = useState(() => pretty(version.definition));
  const [base, setBase] = useState(version);
  const [syntax, setSyntax] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [pending, setPending] = useState(false);
  const conflict = isApiError(error, 'version_conflict');

  const save = async () => {
    setError(null);
    const parsed = jsonProblem(text);
    if (parsed.problem) {
      setSyntax(parsed.problem.line ? t('editor.syntaxAt', { line: parsed.problem.line, column: parsed.problem.column }) : t('editor.syntax'));
      if (parsed.problem.offset !== undefined) {
        area.current?.focus();
        area.current?.setSelectionRange(parsed.problem.offset, parsed.problem.offset + 1);
      }
      return;
    }
    setSyntax(null);
    setPending(true);
    try {
      const saved = await updateDraft(kind, base.id, parsed.value, base.version);
      queryClient.setQueryData(definitionKeys.one(kind, saved.id), saved);
      void queryClient.invalidateQueries({ queryKey: definitionKeys.list(kind) });
      notify(t('editor.saved', { n: saved.number }));
      onDone();
    } catch (e) {
      setError(e);
    } finally {
      setPending(false);
    }
  };

  const loadSaved = async () => {
    const fresh = await queryClient.fetchQuery({ ...definitionQuery(kind, base.id), staleTime: 0 });
    setBase(fresh);
    setText(pretty(fresh.definition));
    setError(null);
  };

  const problem = error && !conflict ? describe(error) : null;
  return (
    <Stack gap="md">
      {syntax && (
        <Alert color="red" variant="light" role="alert" title={t('editor.syntaxTitle')}>
          {syntax}
        </Alert>
      )}
      {conflict && (
        <Alert color="red" variant="light" role="alert" title={t('definitions.conflictTitle')}>
          <Text size="sm">{t('editor.conflict')}</Text>
          <Button size="xs" mt="sm" variant="default" onClick={() => void loadSaved()}>
            {t('editor.loadSaved')}
          </Button>
        </Alert>
      )}
      {problem && (
        <Alert color="red" variant="light" role="alert" title={problem.title}>
          {problem.fields.length === 0 && problem.detail}
          {problem.fields.length > 0 && (
            <>
              <Text size="sm">{t('editor.fieldsIntro')}</Text>
              <List size="sm" mt="xs" spacing={4}>
                {problem.fields.map((f) => (
                  <List.Item key={`${f.field}:${f.code}`}>
                    <code>{pathOf(f.field)}</code>: {f.message}
                  </List.Item>
                ))}
              </List>
            </>
          )}
        </Alert>
      )}
      <Textarea
        ref={area}
        label={t('editor.label', { n: base.number })}
        description={t('editor.hint')}
        value={text}
        onChange={(e) => setText(e.currentTarget.value)}
        autosize
        minRows={16}
        maxRows={32}
        spellCheck={false}
        autoCapitalize="off"
        autoCorrect="off"
        error={syntax ? true : undefined}
        styles={{ input: { fontFamily: 'var(--mantine-font-family-monospace)', fontSize: 13, lineHeight: 1.45 } }}
      />
      <Group justify="space-between">
        <Button variant="subtle" onClick={() => setText(pretty(base.definition))}>
          {t('editor.revert')}
        </Button>
        <Group gap="sm">
          <Button variant="default" onClick={onDone}>
            {t('web:common.cancel')}
          </Button>
          <Button onClick={() => void save()} loading={pending}>
            {t('editor.save')}
          </Button>
        </Group>
      </Group>
    </Stack>
  );
}
