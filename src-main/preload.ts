// Sandboxed preload (bundled to CommonJS, dist/main/preload.cjs): exposes `window.api` only.
import { contextBridge, ipcRenderer } from 'electron';
import { createDesktopApi } from './preload/desktop-api';

contextBridge.exposeInMainWorld('api', createDesktopApi(ipcRenderer));
