/**
 * Language menu. Each language is named in itself and marked with its `lang`, so a
 * screen reader reads "Հայերեն" with an Armenian voice.
 */
import { Button, Menu } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { languages } from '../../i18n';
import { currentLanguage } from '../i18n/setup';
import { useProblemText } from '../components/problem-alert';
import { useChangeLanguage } from './language';

export const languageNames = { en: 'English', ru: 'Русский', hy: 'Հայերեն' } as const;

export function LanguageSwitcher() {
  const { t } = useTranslation();
  const changeLanguage = useChangeLanguage();
  const describe = useProblemText();
  const current = currentLanguage();

  const choose = (language: (typeof languages)[number]) => {
    changeLanguage(language).catch((error: unknown) => {
      notifications.show({ color: 'red', title: t('language.notSaved'), message: describe(error).title });
    });
  };

  return (
    <Menu position="bottom-end" withinPortal>
      <Menu.Target>
        <Button variant="subtle" color="dark" aria-label={t('language.choose', { language: languageNames[current] })}>
          <span lang={current}>{languageNames[current]}</span>
        </Button>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Label>{t('language.label')}</Menu.Label>
        {languages.map((language) => (
          <Menu.Item
            key={language}
            lang={language}
            onClick={() => choose(language)}
            aria-current={language === current ? 'true' : undefined}
            fw={language === current ? 700 : undefined}
          >
            {languageNames[language]}
          </Menu.Item>
        ))}
      </Menu.Dropdown>
    </Menu>
  );
}
