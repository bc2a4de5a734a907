// Locks down every web contents the app creates: no navigation away, no new
// windows, no permissions, no network (the app is offline by design), a strict CSP.
import { app, session, shell, type WebContents } from 'electron';
import { CONTENT_SECURITY_POLICY } from '../shared/ipc/csp';
import { isAllowedNavigation, isAllowedRequestUrl, isSafeExternalUrl } from './security-policy';

const lockDownContents = (contents: WebContents) => {
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.on('will-navigate', (event, url) => {
    if (!isAllowedNavigation(url)) event.preventDefault();
  });
  contents.on('will-redirect', (event, url) => {
    if (!isAllowedNavigation(url)) event.preventDefault();
  });
  // A link with target="_blank" the user clicked: never a new app window; a plain
  // http(s) link goes to the system browser, anything else is dropped.
  contents.setWindowOpenHandler(({ url }) => {
    if (isSafeExternalUrl(url)) void shell.openExternal(url);
    return { action: 'deny' };
  });
};

export const setupSecurity = () => {
  app.on('web-contents-created', (_event, contents) => lockDownContents(contents));
  const ses = session.defaultSession;
  ses.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  ses.setPermissionCheckHandler(() => false);
  ses.webRequest.onBeforeRequest((details, callback) => callback({ cancel: !isAllowedRequestUrl(details.url) }));
  ses.webRequest.onHeadersReceived((details, callback) =>
    callback({
      responseHeaders: { ...details.responseHeaders, 'Content-Security-Policy': [CONTENT_SECURITY_POLICY] },
    }),
  );
};
