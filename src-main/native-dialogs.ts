// The open/save dialogs behind the handler table, filtered to the file types the app writes.
import { dialog } from 'electron';
import type { Dialogs } from './ipc/handler-deps';

export const documentFilter = { name: 'AI Efficiency Planner project', extensions: ['aiplan'] };
const exportFilters = {
  pdf: { name: 'PDF document', extensions: ['pdf'] },
  xlsx: { name: 'Excel workbook', extensions: ['xlsx'] },
};

export const createNativeDialogs = (): Dialogs => ({
  chooseDocumentToOpen: async () => {
    const answer = await dialog.showOpenDialog({ properties: ['openFile'], filters: [documentFilter] });
    return answer.canceled ? null : (answer.filePaths[0] ?? null);
  },
  chooseDocumentSavePath: async (suggestedName) => {
    const answer = await dialog.showSaveDialog({ defaultPath: suggestedName, filters: [documentFilter] });
    return answer.canceled || !answer.filePath ? null : answer.filePath;
  },
  chooseExportPath: async (kind, suggestedName) => {
    const answer = await dialog.showSaveDialog({ defaultPath: suggestedName, filters: [exportFilters[kind]] });
    return answer.canceled || !answer.filePath ? null : answer.filePath;
  },
});
