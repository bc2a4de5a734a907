// Keyboard shortcuts, matching the native menu (Ctrl on Windows/Linux, ⌘ on macOS).
import type { MenuCommand } from '../../shared/ipc/contract';
import { viewIds, type ViewId } from '../stores/ui';

export type Command = MenuCommand | `view:go-${ViewId}`;

export interface KeyLike {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  shiftKey: boolean;
  altKey: boolean;
}

export const commandForKey = (e: KeyLike, mac: boolean): Command | null => {
  const mod = mac ? e.metaKey : e.ctrlKey;
  if (!mod || e.altKey) return null;
  const key = e.key.toLowerCase();
  if (/^[1-9]$/.test(key) && !e.shiftKey && Number(key) <= viewIds.length)
    return `view:go-${viewIds[Number(key) - 1]!}`;
  const table: Record<string, Command> = e.shiftKey
    ? { z: 'edit:redo', s: 'file:save-as', e: 'file:export-xlsx' }
    : { z: 'edit:undo', y: 'edit:redo', s: 'file:save', o: 'file:open', n: 'file:new', e: 'file:export-pdf' };
  return table[key] ?? null;
};

export const shortcutLabel = (command: Command, mac: boolean): string => {
  const mod = mac ? '⌘' : 'Ctrl+';
  const labels: Partial<Record<Command, string>> = {
    'edit:undo': `${mod}Z`,
    'edit:redo': mac ? '⇧⌘Z' : 'Ctrl+Y',
    'file:save': `${mod}S`,
    'file:save-as': mac ? '⇧⌘S' : 'Ctrl+Shift+S',
    'file:open': `${mod}O`,
    'file:new': `${mod}N`,
    'file:export-pdf': `${mod}E`,
    'file:export-xlsx': mac ? '⇧⌘E' : 'Ctrl+Shift+E',
  };
  viewIds.forEach((v, i) => {
    labels[`view:go-${v}`] = `${mod}${i + 1}`;
  });
  return labels[command] ?? '';
};
