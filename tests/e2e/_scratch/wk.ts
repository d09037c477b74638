import { spawn } from 'node:child_process';
import { Builder, By, until } from 'selenium-webdriver';
import { writeFile } from 'node:fs/promises';
import { serveBuiltApp } from '../support/serve-built-app';
const t0 = Date.now();
const app = await serveBuiltApp();
console.log('served', app.origin, Date.now() - t0);
const port = 4444 + Math.floor(Math.random() * 1000);
const driverProc = spawn('xvfb-run', ['-a', 'WebKitWebDriver', `--port=${port}`], { stdio: ['ignore', 'inherit', 'inherit'], detached: true });
for (let i = 0; i < 100; i++) { try { const r = await fetch(`http://127.0.0.1:${port}/status`); console.log('status', await r.text()); break; } catch { await new Promise((r) => setTimeout(r, 100)); } }
const caps = { browserName: 'MiniBrowser', 'webkitgtk:browserOptions': { binary: '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser', args: ['--automation'] } };
const driver = await new Builder().usingServer(`http://127.0.0.1:${port}`).withCapabilities(caps).build();
console.log('session', Date.now() - t0);
try {
  await driver.get(app.origin);
  console.log(await driver.getTitle(), await driver.getCurrentUrl());
  console.log('sw?', await driver.executeScript('return "serviceWorker" in navigator && window.isSecureContext'));
  try {
    await driver.wait(() => driver.executeScript('return navigator.serviceWorker && navigator.serviceWorker.controller !== null'), 20000);
    console.log('sw controls');
  } catch (e) { console.log('sw', (e as Error).message); }
  const link = await driver.wait(until.elementLocated(By.linkText('Start now')), 10000);
  console.log('link', await link.getText(), await link.getAttribute('href'));
  await writeFile('/tmp/wk-start.png', Buffer.from(await driver.takeScreenshot(), 'base64'));
  console.log(await driver.manage().window().getRect());
} finally {
  await driver.quit();
  process.kill(-driverProc.pid!, 'SIGTERM');
  await app.close();
}
