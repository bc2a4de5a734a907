// Installs the native menu and rebuilds it when the recent files or the theme change.
import { Menu, nativeTheme } from 'electron';
import { buildMenuTemplate, type MenuContext } from './menu-template';

export type MenuSetup = Omit<MenuContext, 'recent' | 'theme' | 'setTheme'> & { recent: () => Promise<string[]> };

export const setupMenu = (setup: MenuSetup) => {
  const refresh = async () => {
    const template = buildMenuTemplate({
      ...setup,
      recent: await setup.recent(),
      theme: nativeTheme.themeSource,
      setTheme: (theme) => {
        nativeTheme.themeSource = theme;
        void refresh();
      },
    });
    Menu.setApplicationMenu(Menu.buildFromTemplate(template));
  };
  return { refresh };
};
