// The chart palette for the theme in effect, following the OS when the theme is "system".
import { computed, onBeforeUnmount, ref } from 'vue';
import { palettes } from '../charts/palette';
import { useSettingsStore } from '../stores/settings';

export const usePalette = () => {
  const settings = useSettingsStore();
  const query = typeof matchMedia === 'function' ? matchMedia('(prefers-color-scheme: dark)') : null;
  const prefersDark = ref(query?.matches ?? false);
  const listener = (e: MediaQueryListEvent) => {
    prefersDark.value = e.matches;
  };
  query?.addEventListener('change', listener);
  onBeforeUnmount(() => query?.removeEventListener('change', listener));
  return computed(() => palettes[settings.resolvedTheme(prefersDark.value)]);
};
