/** The inputs of the staff account form; the office list follows the chosen agency. */
import { MultiSelect, PasswordInput, Select, SimpleGrid, Switch, TextInput } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { languages } from '../../../../i18n';
import type { UserInput } from '../../../api/admin';
import { roles, type Language } from '../../../api/types';
import { languageNames } from '../../../app/language-switcher';
import { useAgencyOptions, useOfficeOptions } from '../../../components/use-options';

interface Props {
  form: UseFormReturnType<UserInput>;
  creating: boolean;
}

export function UserFormFields({ form, creating }: Props) {
  const { t } = useTranslation();
  const agencyOptions = useAgencyOptions();
  const agencyId = form.getValues().agencyId;
  const officeOptions = useOfficeOptions(agencyId);
  const roleOptions = roles.map((role) => ({ value: role, label: t(`role.${role}`) }));
  const languageOptions = languages.map((l) => ({ value: l, label: languageNames[l] }));
  const agencyProps = form.getInputProps('agencyId');

  return (
    <>
      <TextInput
        label={t('users.email')}
        type="email"
        autoComplete="off"
        required={creating}
        disabled={!creating}
        description={creating ? undefined : t('users.emailFixed')}
        data-autofocus={creating || undefined}
        {...form.getInputProps('email')}
      />
      <TextInput label={t('users.name')} required data-autofocus={!creating || undefined} {...form.getInputProps('displayName')} />
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <Select
          label={t('users.agency')}
          data={agencyOptions}
          searchable
          required
          allowDeselect={false}
          {...agencyProps}
          onChange={(value) => {
            // An office of the previous agency would be refused by the server.
            form.setFieldValue('officeId', null);
            agencyProps.onChange(value);
          }}
        />
        <Select
          label={t('users.office')}
          placeholder={t('users.noOffice')}
          data={officeOptions}
          searchable
          clearable
          disabled={!agencyId}
          {...form.getInputProps('officeId')}
        />
      </SimpleGrid>
      <MultiSelect label={t('users.roles')} data={roleOptions} required {...form.getInputProps('roles')} />
      <Select
        label={t('users.language')}
        data={languageOptions}
        allowDeselect={false}
        renderOption={({ option }) => <span lang={option.value}>{option.label}</span>}
        {...form.getInputProps('preferredLanguage')}
        onChange={(value) => value && form.setFieldValue('preferredLanguage', value as Language)}
      />
      {creating ? (
        <PasswordInput
          label={t('users.initialPassword')}
          description={t('users.passwordHint')}
          autoComplete="new-password"
          required
          {...form.getInputProps('password')}
        />
      ) : (
        <Switch label={t('common.active')} {...form.getInputProps('active', { type: 'checkbox' })} />
      )}
    </>
  );
}
