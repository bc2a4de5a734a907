// One place that carries out a command, whether it came from the menu, a shortcut or a button.
import type { Command } from '../lib/shortcuts';
import { useDocumentStore } from '../stores/document';
import { useProjectFilesStore } from '../stores/project-files';
import { useSettingsStore } from '../stores/settings';
import { useUiStore, type ViewId } from '../stores/ui';

export const runCommand = async (command: Command, path?: string): Promise<void> => {
  const doc = useDocumentStore();
  const files = useProjectFilesStore();
  const ui = useUiStore();
  const needsDocument = () => {
    if (doc.document) return true;
    ui.notify('Open or create a project first.', 'error');
    return false;
  };
  if (command.startsWith('view:go-')) {
    ui.go(command.slice('view:go-'.length) as ViewId);
    return;
  }
  switch (command) {
    case 'file:new':
      ui.go('start');
      return;
    case 'file:open':
      await files.open();
      return;
    case 'file:open-recent':
      if (path) await files.open(path);
      return;
    case 'file:save':
      if (needsDocument()) await files.save();
      return;
    case 'file:save-as':
      if (needsDocument()) await files.save(true);
      return;
    case 'file:export-pdf':
      if (needsDocument()) await files.exportReport('pdf');
      return;
    case 'file:export-xlsx':
      if (needsDocument()) await files.exportReport('xlsx');
      return;
    case 'file:close':
      doc.close();
      ui.go('start');
      return;
    case 'edit:undo': {
      const label = doc.undo();
      if (label) ui.notify(`Undid: ${label}`);
      return;
    }
    case 'edit:redo': {
      const label = doc.redo();
      if (label) ui.notify(`Redid: ${label}`);
      return;
    }
    case 'view:theme-light':
      useSettingsStore().setTheme('light');
      return;
    case 'view:theme-dark':
      useSettingsStore().setTheme('dark');
      return;
    case 'view:theme-system':
      useSettingsStore().setTheme('system');
      return;
    case 'help:examples':
      ui.go('start');
      return;
    case 'help:about':
      ui.notify('AI Efficiency Planner — estimates run offline on this computer.');
      return;
    case 'help:methodology':
      ui.go('accuracy');
      return;
    default:
      return;
  }
};
