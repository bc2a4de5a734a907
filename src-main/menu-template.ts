// The native menu as data: items that concern the document send a `menu:command`
// to the renderer (it owns the document and its undo history); the rest are Electron roles.
import path from 'node:path';
import type { MenuItemConstructorOptions } from 'electron';
import type { MenuCommand } from '../shared/ipc/contract';

export interface MenuContext {
  platform: string;
  appName: string;
  recent: string[];
  theme: 'light' | 'dark' | 'system';
  showDevTools: boolean;
  send(command: MenuCommand, path?: string): void;
  clearRecent(): void;
  setTheme(theme: 'light' | 'dark' | 'system'): void;
}

const item = (
  ctx: MenuContext,
  label: string,
  command: MenuCommand,
  accelerator?: string,
): MenuItemConstructorOptions => ({ label, ...(accelerator ? { accelerator } : {}), click: () => ctx.send(command) });

const recentMenu = (ctx: MenuContext): MenuItemConstructorOptions => ({
  label: 'Open Recent',
  submenu: [
    ...ctx.recent.map((file) => ({
      label: path.basename(file),
      sublabel: file,
      toolTip: file,
      click: () => ctx.send('file:open-recent', file),
    })),
    ...(ctx.recent.length ? [{ type: 'separator' as const }] : []),
    { label: 'Clear Menu', enabled: ctx.recent.length > 0, click: () => ctx.clearRecent() },
  ],
});

const themeItem = (ctx: MenuContext, label: string, theme: MenuContext['theme']): MenuItemConstructorOptions => ({
  label,
  type: 'radio',
  checked: ctx.theme === theme,
  click: () => {
    ctx.setTheme(theme);
    ctx.send(`view:theme-${theme}`);
  },
});

export const buildMenuTemplate = (ctx: MenuContext): MenuItemConstructorOptions[] => {
  const mac = ctx.platform === 'darwin';
  const file: MenuItemConstructorOptions = {
    label: 'File',
    submenu: [
      item(ctx, 'New', 'file:new', 'CmdOrCtrl+N'),
      item(ctx, 'Open…', 'file:open', 'CmdOrCtrl+O'),
      recentMenu(ctx),
      { type: 'separator' },
      item(ctx, 'Save', 'file:save', 'CmdOrCtrl+S'),
      item(ctx, 'Save As…', 'file:save-as', 'Shift+CmdOrCtrl+S'),
      { type: 'separator' },
      item(ctx, 'Export PDF…', 'file:export-pdf', 'CmdOrCtrl+P'),
      item(ctx, 'Export Excel…', 'file:export-xlsx', 'Shift+CmdOrCtrl+E'),
      { type: 'separator' },
      mac
        ? { role: 'close', accelerator: 'CmdOrCtrl+W' }
        : { label: 'Close', accelerator: 'CmdOrCtrl+W', role: 'close' },
      ...(mac ? [] : [{ type: 'separator' as const }, { role: 'quit' as const, accelerator: 'Ctrl+Q' }]),
    ],
  };
  const edit: MenuItemConstructorOptions = {
    label: 'Edit',
    submenu: [
      item(ctx, 'Undo', 'edit:undo', 'CmdOrCtrl+Z'),
      item(ctx, 'Redo', 'edit:redo', mac ? 'Shift+Cmd+Z' : 'Ctrl+Y'),
      { type: 'separator' },
      { role: 'cut' },
      { role: 'copy' },
      { role: 'paste' },
      { role: 'selectAll' },
    ],
  };
  const view: MenuItemConstructorOptions = {
    label: 'View',
    submenu: [
      { role: 'resetZoom' },
      { role: 'zoomIn' },
      { role: 'zoomOut' },
      { type: 'separator' },
      {
        label: 'Theme',
        submenu: [
          themeItem(ctx, 'Light', 'light'),
          themeItem(ctx, 'Dark', 'dark'),
          themeItem(ctx, 'Same as System', 'system'),
        ],
      },
      { type: 'separator' },
      { role: 'togglefullscreen' },
      ...(ctx.showDevTools ? [{ role: 'toggleDevTools' as const }] : []),
    ],
  };
  const help: MenuItemConstructorOptions = {
    role: 'help',
    submenu: [
      item(ctx, `About ${ctx.appName}`, 'help:about'),
      item(ctx, 'Methodology', 'help:methodology'),
      item(ctx, 'Open Examples', 'help:examples'),
    ],
  };
  const appMenu: MenuItemConstructorOptions = {
    label: ctx.appName,
    submenu: [
      item(ctx, `About ${ctx.appName}`, 'help:about'),
      { type: 'separator' },
      { role: 'services' },
      { type: 'separator' },
      { role: 'hide' },
      { role: 'hideOthers' },
      { role: 'unhide' },
      { type: 'separator' },
      { role: 'quit' },
    ],
  };
  return [...(mac ? [appMenu] : []), file, edit, view, ...(mac ? [{ role: 'windowMenu' as const }] : []), help];
};
