/** Navigation links; each area appears only for people whose permissions open it. */
import { NavLink, Stack, Text } from '@mantine/core';
import { Link, useLocation } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useSession } from './session';
import { areas, type Area } from './areas';

export function MainNav({ onNavigate }: { onNavigate: () => void }) {
  const { t } = useTranslation();
  const me = useSession();
  const { pathname } = useLocation();
  const allowed = (area: Area) => !area.permission || me.permissions.includes(area.permission);
  const groups = [...new Set(areas.map((a) => a.group))];

  return (
    <Stack gap="md">
      {groups.map((group) => {
        const links = areas.filter((a) => a.group === group && allowed(a));
        if (links.length === 0) return null;
        return (
          <div key={group}>
            {group !== 'main' && (
              <Text component="h2" size="xs" fw={700} tt="uppercase" c="gray.7" px="sm" mb={4} id={`nav-${group}`}>
                {t(`nav.group.${group}`)}
              </Text>
            )}
            <ul aria-labelledby={group !== 'main' ? `nav-${group}` : undefined} style={{ listStyle: 'none', margin: 0, padding: 0 }}>
              {links.map((area) => {
                const active = area.path === '/' ? pathname === '/' : pathname.startsWith(area.path);
                return (
                  <li key={area.path}>
                    <NavLink
                      component={Link}
                      to={area.path}
                      label={t(area.label)}
                      active={active}
                      aria-current={active ? 'page' : undefined}
                      onClick={onNavigate}
                      variant="light"
                    />
                  </li>
                );
              })}
            </ul>
          </div>
        );
      })}
    </Stack>
  );
}
