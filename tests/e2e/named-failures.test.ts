/**
 * A browser command that is refused or never answered fails in one line naming the engine, its
 * version and the command (support/page-driver.ts), not with a protocol stack trace or a walk that
 * hangs until the test's own timeout.
 */
import { describe, expect, it } from 'vitest';
import { withNamedFailures, type PageDriver } from './support/page-driver';

const unused = () => Promise.reject(new Error('not called'));

const fakeDriver = (overrides: Partial<PageDriver>): PageDriver => ({
  engine: 'Firefox',
  goto: unused,
  reload: unused,
  hash: unused,
  waitForHashChange: unused,
  clickRole: unused,
  click: unused,
  check: unused,
  fill: unused,
  count: unused,
  waitForVisible: unused,
  attribute: unused,
  evaluate: unused,
  waitForFunction: unused,
  screenshot: unused,
  ...overrides,
});

describe('a driver whose commands are named when they fail', () => {
  it('passes through what a command answers', async () => {
    const driver = withNamedFailures(fakeDriver({ count: () => Promise.resolve(3) }), 'Firefox 140.12.0', 1_000);
    expect(driver.engine).toBe('Firefox');
    await expect(driver.count('main h1')).resolves.toBe(3);
  });

  it('names the browser, the version, the command and the first line of what the browser said', async () => {
    const protocolError = new Error(
      'Protocol error (emulation.setScreenOrientationOverride): unknown command\nRemoteError@chrome://remote/content/shared/RemoteError.sys.mjs:8:8',
    );
    const driver = withNamedFailures(fakeDriver({ clickRole: () => Promise.reject(protocolError) }), 'Firefox 140.12.0', 1_000);
    const failure = await driver.clickRole('button', 'Continue').catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(Error);
    expect((failure as Error).message).toBe(
      'Firefox 140.12.0: clickRole("button", "Continue") failed: Protocol error (emulation.setScreenOrientationOverride): unknown command',
    );
  });

  it('fails a command that is never answered at the deadline, naming it', async () => {
    const driver = withNamedFailures(
      fakeDriver({ waitForVisible: () => new Promise<void>(() => undefined) }),
      'WebKit 2.50.4',
      50,
    );
    await expect(driver.waitForVisible('[data-disposition]')).rejects.toThrow(
      'WebKit 2.50.4: waitForVisible("[data-disposition]") got no answer within 0.05 s',
    );
  });
});
