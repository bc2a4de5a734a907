import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { MenuItemConstructorOptions } from 'electron';
import { menuCommands } from '../../shared/ipc/contract';
import { fakeElectron, resetFakeElectron } from './fake-electron';

vi.mock('electron', async () => (await import('./fake-electron')).fakeElectron);
const { buildMenuTemplate } = await import('../../src-main/menu-template');
const { setupMenu } = await import('../../src-main/menu');

const context = (platform: string, recent: string[] = []) => {
  const sent: { command: string; path?: string }[] = [];
  const calls: string[] = [];
  const template = buildMenuTemplate({
    platform,
    appName: 'AI Efficiency Planner',
    recent,
    theme: 'system',
    showDevTools: false,
    send: (command, path) => sent.push(path ? { command, path } : { command }),
    clearRecent: () => calls.push('clear'),
    setTheme: (theme) => calls.push(`theme:${theme}`),
  });
  return { template, sent, calls };
};

const flatten = (items: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] =>
  items.flatMap((i) => [i, ...(Array.isArray(i.submenu) ? flatten(i.submenu) : [])]);

const byLabel = (items: MenuItemConstructorOptions[], label: string) => {
  const found = flatten(items).find((i) => i.label === label);
  if (!found) throw new Error(`no menu item "${label}"`);
  return found;
};

const click = (item: MenuItemConstructorOptions) => (item.click as () => void)();

describe('menu template', () => {
  it('has File, Edit, View and Help with the usual shortcuts', () => {
    const { template } = context('linux');
    expect(template.map((m) => m.label ?? m.role)).toEqual(['File', 'Edit', 'View', 'help']);
    const shortcuts = Object.fromEntries(
      flatten(template)
        .filter((i) => i.label && i.accelerator)
        .map((i) => [i.label, i.accelerator]),
    );
    expect(shortcuts).toMatchObject({
      New: 'CmdOrCtrl+N',
      'Open…': 'CmdOrCtrl+O',
      Save: 'CmdOrCtrl+S',
      'Save As…': 'Shift+CmdOrCtrl+S',
      'Export PDF…': 'CmdOrCtrl+P',
      'Export Excel…': 'Shift+CmdOrCtrl+E',
      Close: 'CmdOrCtrl+W',
      Undo: 'CmdOrCtrl+Z',
      Redo: 'Ctrl+Y',
    });
    const roles = flatten(template)
      .map((i) => i.role)
      .filter(Boolean);
    expect(roles).toEqual(expect.arrayContaining(['zoomIn', 'zoomOut', 'resetZoom', 'quit', 'copy', 'paste']));
    expect(roles).not.toContain('toggleDevTools');
  });

  it('adds the application menu on macOS', () => {
    const { template } = context('darwin');
    expect(template[0]?.label).toBe('AI Efficiency Planner');
    expect(byLabel(template, 'Redo').accelerator).toBe('Shift+Cmd+Z');
  });

  it('sends a known command for each document item', () => {
    const { template, sent } = context('linux');
    for (const label of [
      'New',
      'Open…',
      'Save',
      'Save As…',
      'Export PDF…',
      'Export Excel…',
      'Undo',
      'Redo',
      'Methodology',
      'Open Examples',
      'About AI Efficiency Planner',
    ]) {
      click(byLabel(template, label));
    }
    expect(sent.map((s) => s.command)).toEqual([
      'file:new',
      'file:open',
      'file:save',
      'file:save-as',
      'file:export-pdf',
      'file:export-xlsx',
      'edit:undo',
      'edit:redo',
      'help:methodology',
      'help:examples',
      'help:about',
    ]);
    for (const s of sent) expect(menuCommands).toContain(s.command);
  });

  it('lists recent files, opens one, clears them', () => {
    const { template, sent, calls } = context('linux', ['/home/u/a.aiplan', '/home/u/b.aiplan']);
    const recent = byLabel(template, 'Open Recent').submenu as MenuItemConstructorOptions[];
    expect(recent.map((i) => i.label ?? i.type)).toEqual(['a.aiplan', 'b.aiplan', 'separator', 'Clear Menu']);
    click(recent[1]!);
    expect(sent).toEqual([{ command: 'file:open-recent', path: '/home/u/b.aiplan' }]);
    click(byLabel(template, 'Clear Menu'));
    expect(calls).toEqual(['clear']);
    expect(byLabel(context('linux').template, 'Clear Menu').enabled).toBe(false);
  });

  it('switches the theme and tells the renderer', () => {
    const { template, sent, calls } = context('linux');
    click(byLabel(template, 'Dark'));
    expect(calls).toEqual(['theme:dark']);
    expect(sent).toEqual([{ command: 'view:theme-dark' }]);
  });
});

describe('setupMenu', () => {
  beforeEach(() => resetFakeElectron());

  it('installs the menu and rebuilds it with the chosen theme checked', async () => {
    const menu = setupMenu({
      platform: 'linux',
      appName: 'X',
      showDevTools: true,
      recent: async () => ['/a.aiplan'],
      send: () => {},
      clearRecent: () => {},
    });
    await menu.refresh();
    const template = (fakeElectron.Menu.current as { template: MenuItemConstructorOptions[] }).template;
    expect(byLabel(template, 'a.aiplan')).toBeDefined();
    click(byLabel(template, 'Light'));
    expect(fakeElectron.nativeTheme.themeSource).toBe('light');
    await vi.waitFor(() => {
      const next = (fakeElectron.Menu.current as { template: MenuItemConstructorOptions[] }).template;
      expect(byLabel(next, 'Light').checked).toBe(true);
    });
  });
});
