// A fake `electron` module for unit tests (vi.mock('electron', …)): records what
// the main-process code registers so tests can fire events and inspect options.
import { EventEmitter } from 'node:events';

type Listener = (...args: never[]) => unknown;

export class FakeWebContents extends EventEmitter {
  windowOpenHandler: ((details: { url: string }) => { action: string }) | null = null;
  sent: { channel: string; payload: unknown }[] = [];
  setWindowOpenHandler(handler: (details: { url: string }) => { action: string }) {
    this.windowOpenHandler = handler;
  }
  send(channel: string, payload: unknown) {
    this.sent.push({ channel, payload });
  }
}

export class FakeBrowserWindow extends EventEmitter {
  static instances: FakeBrowserWindow[] = [];
  webContents = new FakeWebContents();
  loadedUrl = '';
  title = '';
  maximized = false;
  destroyed = false;
  documentEdited = false;
  bounds = { x: 0, y: 0, width: 0, height: 0 };
  constructor(readonly options: Record<string, unknown>) {
    super();
    this.bounds = {
      x: options.x as number,
      y: options.y as number,
      width: options.width as number,
      height: options.height as number,
    };
    FakeBrowserWindow.instances.push(this);
  }
  async loadURL(url: string) {
    this.loadedUrl = url;
  }
  maximize() {
    this.maximized = true;
  }
  isMaximized() {
    return this.maximized;
  }
  getNormalBounds() {
    return this.bounds;
  }
  isDestroyed() {
    return this.destroyed;
  }
  isMinimized() {
    return false;
  }
  restore() {}
  focus() {}
  show() {}
  setTitle(title: string) {
    this.title = title;
  }
  setDocumentEdited(edited: boolean) {
    this.documentEdited = edited;
  }
  setRepresentedFilename() {}
  close() {
    let prevented = false;
    this.emit('close', {
      preventDefault: () => {
        prevented = true;
      },
    });
    if (!prevented) {
      this.destroyed = true;
      this.emit('closed');
    }
  }
}

const app = Object.assign(new EventEmitter(), {
  singleInstanceLock: true,
  requestSingleInstanceLock: () => app.singleInstanceLock,
  quitCalls: 0,
  quit: () => {
    app.quitCalls++;
  },
  exit: (_code: number) => {},
  paths: new Map<string, string>(),
  setPath: (name: string, value: string) => {
    app.paths.set(name, value);
  },
  getPath: (name: string) => app.paths.get(name) ?? `/tmp/fake-electron-${name}`,
  getVersion: () => '0.0.0-test',
  isPackaged: false,
  addRecentDocument: (_path: string) => {},
  clearRecentDocuments: () => {},
  whenReady: () => Promise.resolve(),
});

const ipcHandlers = new Map<string, Listener>();
const ipcMain = {
  handlers: ipcHandlers,
  handle: (channel: string, listener: Listener) => {
    if (ipcHandlers.has(channel)) throw new Error(`Attempted to register a second handler for '${channel}'`);
    ipcHandlers.set(channel, listener);
  },
  removeHandler: (channel: string) => ipcHandlers.delete(channel),
};

const sessionState = {
  permissionRequest: null as null | ((wc: unknown, permission: string, callback: (granted: boolean) => void) => void),
  permissionCheck: null as null | ((...args: unknown[]) => boolean),
  beforeRequest: null as null | ((details: { url: string }, callback: (r: { cancel: boolean }) => void) => void),
  headersReceived: null as
    | null
    | ((
        details: { responseHeaders?: Record<string, string[]> },
        callback: (r: { responseHeaders: Record<string, string[]> }) => void,
      ) => void),
};
const session = {
  defaultSession: {
    setPermissionRequestHandler: (h: typeof sessionState.permissionRequest) => {
      sessionState.permissionRequest = h;
    },
    setPermissionCheckHandler: (h: typeof sessionState.permissionCheck) => {
      sessionState.permissionCheck = h;
    },
    webRequest: {
      onBeforeRequest: (h: typeof sessionState.beforeRequest) => {
        sessionState.beforeRequest = h;
      },
      onHeadersReceived: (h: typeof sessionState.headersReceived) => {
        sessionState.headersReceived = h;
      },
    },
  },
};

const shell = {
  opened: [] as string[],
  openExternal: async (url: string) => {
    shell.opened.push(url);
  },
};

const protocol = {
  privileged: [] as unknown[],
  handlers: new Map<string, (request: { url: string }) => Promise<Response>>(),
  registerSchemesAsPrivileged: (schemes: unknown[]) => {
    protocol.privileged.push(...schemes);
  },
  handle: (scheme: string, handler: (request: { url: string }) => Promise<Response>) => {
    protocol.handlers.set(scheme, handler);
  },
};

const screen = {
  displays: [{ workArea: { x: 0, y: 0, width: 1920, height: 1080 } }],
  getAllDisplays: () => screen.displays,
};

const Menu = {
  current: null as unknown,
  buildFromTemplate: (template: unknown) => ({ template }),
  setApplicationMenu: (menu: unknown) => {
    Menu.current = menu;
  },
};

const nativeTheme = { themeSource: 'system' as 'system' | 'light' | 'dark' };

const contextBridge = {
  exposed: new Map<string, unknown>(),
  exposeInMainWorld: (key: string, api: unknown) => {
    contextBridge.exposed.set(key, api);
  },
};

const ipcRenderer = Object.assign(new EventEmitter(), {
  invoke: async (_channel: string, _payload: unknown): Promise<unknown> => ({ ok: true, result: null }),
});

const dialog = {
  answers: [] as number[],
  questions: [] as unknown[],
  errors: [] as string[],
  fileAnswers: [] as { canceled: boolean; filePaths?: string[]; filePath?: string }[],
  fileRequests: [] as unknown[],
  showMessageBox: async (...args: unknown[]) => {
    dialog.questions.push(args.at(-1));
    return { response: dialog.answers.shift() ?? 2 };
  },
  showErrorBox: (title: string, content: string) => {
    dialog.errors.push(`${title}: ${content}`);
  },
  showOpenDialog: async (options: unknown) => {
    dialog.fileRequests.push(options);
    const a = dialog.fileAnswers.shift() ?? { canceled: true };
    return { canceled: a.canceled, filePaths: a.filePaths ?? [] };
  },
  showSaveDialog: async (options: unknown) => {
    dialog.fileRequests.push(options);
    const a = dialog.fileAnswers.shift() ?? { canceled: true };
    return { canceled: a.canceled, filePath: a.filePath ?? '' };
  },
};

export const fakeElectron = {
  app,
  ipcMain,
  session,
  sessionState,
  shell,
  protocol,
  screen,
  Menu,
  nativeTheme,
  contextBridge,
  ipcRenderer,
  dialog,
  BrowserWindow: FakeBrowserWindow,
};

/** Forgets everything registered by the previous test. */
export const resetFakeElectron = () => {
  app.removeAllListeners();
  app.singleInstanceLock = true;
  app.quitCalls = 0;
  app.paths.clear();
  ipcHandlers.clear();
  Object.assign(sessionState, {
    permissionRequest: null,
    permissionCheck: null,
    beforeRequest: null,
    headersReceived: null,
  });
  shell.opened.length = 0;
  protocol.privileged.length = 0;
  protocol.handlers.clear();
  FakeBrowserWindow.instances.length = 0;
  Menu.current = null;
  nativeTheme.themeSource = 'system';
  contextBridge.exposed.clear();
  ipcRenderer.removeAllListeners();
  dialog.answers.length = 0;
  dialog.questions.length = 0;
  dialog.errors.length = 0;
  dialog.fileAnswers.length = 0;
  dialog.fileRequests.length = 0;
};

export default fakeElectron;
