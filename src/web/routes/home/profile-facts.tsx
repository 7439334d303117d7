/** The signed-in person's agency, office and roles as a description list. */
import type { ReactNode } from 'react';
import { Badge, Group, Table } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Me } from '../../api/types';

export function ProfileFacts({ me }: { me: Me }) {
  const { t } = useTranslation();
  const rows: [string, ReactNode][] = [
    [t('home.email'), me.email],
    [t('home.agency'), `${me.agency.name} · ${t(`agencyType.${me.agency.type}`, { defaultValue: me.agency.type })}`],
    [t('home.office'), me.office?.name ?? t('home.noOffice')],
    [
      t('home.roles'),
      <Group gap={6} key="roles">
        {me.roles.map((role) => (
          <Badge key={role} variant="light" tt="none" radius="sm">
            {t(`role.${role}`)}
          </Badge>
        ))}
      </Group>,
    ],
    [t('home.signInMethod'), t(`authMethod.${me.authMethod}`)],
  ];
  return (
    <Table variant="vertical" withRowBorders={false} aria-label={t('home.profileTitle')}>
      <Table.Tbody>
        {rows.map(([label, value]) => (
          <Table.Tr key={label}>
            <Table.Th scope="row" style={{ whiteSpace: 'nowrap' }}>
              {label}
            </Table.Th>
            <Table.Td>{value}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
