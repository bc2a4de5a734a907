// Per-user preferences (not part of the project file): locale and theme, kept in localStorage.
import { defineStore } from 'pinia';
import { ref, watch } from 'vue';

export type Theme = 'light' | 'dark' | 'system';

const STORAGE_KEY = 'aiplan.settings';

interface Stored {
  locale: string;
  theme: Theme;
}

const storage = (): Storage | null => {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null;
  }
};

const defaultLocale = (): string => (typeof navigator !== 'undefined' && navigator.language) || 'en-US';

const readStored = (): Partial<Stored> => {
  try {
    return JSON.parse(storage()?.getItem(STORAGE_KEY) ?? '{}') as Partial<Stored>;
  } catch {
    return {};
  }
};

export const isSupportedLocale = (locale: string): boolean => {
  try {
    return Intl.NumberFormat.supportedLocalesOf([locale]).length > 0;
  } catch {
    return false;
  }
};

export const useSettingsStore = defineStore('settings', () => {
  const stored = readStored();
  const locale = ref(stored.locale && isSupportedLocale(stored.locale) ? stored.locale : defaultLocale());
  const theme = ref<Theme>(stored.theme === 'dark' || stored.theme === 'light' ? stored.theme : 'system');

  const setLocale = (next: string): string | null => {
    if (!isSupportedLocale(next))
      return `Locale "${next}" is not known to this system; use a tag such as en-US, de-DE or fr-FR.`;
    locale.value = next;
    return null;
  };
  const setTheme = (next: Theme) => {
    theme.value = next;
  };

  watch([locale, theme], () =>
    storage()?.setItem(STORAGE_KEY, JSON.stringify({ locale: locale.value, theme: theme.value })),
  );

  /** The theme actually shown, resolving "system" with the OS preference. */
  const resolvedTheme = (prefersDark: boolean): 'light' | 'dark' =>
    theme.value === 'system' ? (prefersDark ? 'dark' : 'light') : theme.value;

  return { locale, theme, setLocale, setTheme, resolvedTheme };
});
