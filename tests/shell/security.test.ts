import { beforeEach, describe, expect, it, vi } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../shared/ipc/csp';
import { FakeWebContents, fakeElectron, resetFakeElectron } from './fake-electron';

vi.mock('electron', async () => (await import('./fake-electron')).fakeElectron);
const { setupSecurity } = await import('../../src-main/security');
const { isAllowedNavigation, isAllowedRequestUrl, isSafeExternalUrl } = await import('../../src-main/security-policy');

describe('security policy', () => {
  it('allows only the app protocol and in-memory URLs on the network', () => {
    expect(isAllowedRequestUrl('app://renderer/assets/index.js')).toBe(true);
    expect(isAllowedRequestUrl('data:image/png;base64,AA==')).toBe(true);
    expect(isAllowedRequestUrl('blob:app://renderer/1234')).toBe(true);
    for (const url of [
      'https://example.org/x.js',
      'http://localhost:5173/',
      'ws://localhost:1/',
      'file:///etc/passwd',
      'app://other/index.html',
      'ftp://x',
      'not a url',
    ]) {
      expect(isAllowedRequestUrl(url), url).toBe(false);
    }
  });

  it('opens only plain http(s) links externally', () => {
    expect(isSafeExternalUrl('https://arxiv.org/abs/2001.08361')).toBe(true);
    expect(isSafeExternalUrl('http://example.org')).toBe(true);
    for (const url of [
      'file:///C:/Windows/System32/calc.exe',
      'javascript:alert(1)',
      'ms-settings:',
      'https://user:pass@example.org',
      'https://',
      'mailto:a@b.c',
      'x'.repeat(9000),
    ]) {
      expect(isSafeExternalUrl(url), url.slice(0, 40)).toBe(false);
    }
  });

  it('keeps navigation inside the app', () => {
    expect(isAllowedNavigation('app://renderer/index.html#/compare')).toBe(true);
    expect(isAllowedNavigation('https://example.org')).toBe(false);
    expect(isAllowedNavigation('file:///tmp/index.html')).toBe(false);
  });
});

describe('setupSecurity', () => {
  beforeEach(() => {
    resetFakeElectron();
    setupSecurity();
  });

  const created = () => {
    const contents = new FakeWebContents();
    fakeElectron.app.emit('web-contents-created', {}, contents);
    return contents;
  };

  const fire = (contents: FakeWebContents, event: string, url: string) => {
    let prevented = false;
    contents.emit(
      event,
      {
        preventDefault: () => {
          prevented = true;
        },
      },
      url,
    );
    return prevented;
  };

  it('denies navigation and redirects away from the app, and webviews', () => {
    const contents = created();
    expect(fire(contents, 'will-navigate', 'https://evil.example/')).toBe(true);
    expect(fire(contents, 'will-redirect', 'http://localhost/')).toBe(true);
    expect(fire(contents, 'will-navigate', 'app://renderer/index.html')).toBe(false);
    expect(fire(contents, 'will-attach-webview', 'app://renderer/index.html')).toBe(true);
  });

  it('never opens a window; safe links go to the system browser', async () => {
    const contents = created();
    expect(contents.windowOpenHandler?.({ url: 'https://example.org/paper' })).toEqual({ action: 'deny' });
    expect(contents.windowOpenHandler?.({ url: 'file:///etc/passwd' })).toEqual({ action: 'deny' });
    expect(contents.windowOpenHandler?.({ url: 'app://renderer/index.html' })).toEqual({ action: 'deny' });
    await Promise.resolve();
    expect(fakeElectron.shell.opened).toEqual(['https://example.org/paper']);
  });

  it('denies every permission request and check', () => {
    const granted: boolean[] = [];
    for (const permission of ['media', 'geolocation', 'notifications', 'clipboard-read']) {
      fakeElectron.sessionState.permissionRequest?.({}, permission, (g) => granted.push(g));
    }
    expect(granted).toEqual([false, false, false, false]);
    expect(fakeElectron.sessionState.permissionCheck?.()).toBe(false);
  });

  it('cancels network requests and adds the CSP header', () => {
    const answers: boolean[] = [];
    for (const url of ['https://cdn.example/chart.js', 'app://renderer/index.html']) {
      fakeElectron.sessionState.beforeRequest?.({ url }, (r) => answers.push(r.cancel));
    }
    expect(answers).toEqual([true, false]);
    let headers: Record<string, string[]> = {};
    fakeElectron.sessionState.headersReceived?.({ responseHeaders: { 'X-Other': ['1'] } }, (r) => {
      headers = r.responseHeaders;
    });
    expect(headers).toEqual({ 'X-Other': ['1'], 'Content-Security-Policy': [CONTENT_SECURITY_POLICY] });
  });

  it('has a CSP without remote sources or eval', () => {
    expect(CONTENT_SECURITY_POLICY).toContain("default-src 'self'");
    expect(CONTENT_SECURITY_POLICY).toContain("object-src 'none'");
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-eval|https?:|\*/);
    expect(CONTENT_SECURITY_POLICY).toMatch(/script-src 'self'(;|$)/);
  });
});
