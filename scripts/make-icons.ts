/**
 * `npm run icons`: draws the app's icon (an upper back on the header's blue) and
 * writes public/icon.svg and the PNGs the web app manifest and iOS ask for, rendered by Chromium.
 * Run it again only when the drawing changes; the files it writes are committed.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { launchChromium } from '../tests/e2e/support/chromium';

const BLUE = '#005eb8';
const WHITE = '#ffffff';
const YELLOW = '#ffb81c';

/** A head and shoulders seen from behind, the spine down the middle, one vertebra between the shoulder blades in yellow. */
const back =
  `<circle cx="256" cy="128" r="56" fill="${WHITE}"/>` +
  `<path d="M116 440V300Q116 212 200 204H312Q396 212 396 300V440Z" fill="${WHITE}"/>` +
  [232, 264, 296, 328, 360, 392]
    .map((y, i) => `<rect x="236" y="${y}" width="40" height="22" rx="8" fill="${i === 1 ? YELLOW : BLUE}"/>`)
    .join('');

/** "any" icons keep rounded corners; full-bleed ones are cut to shape by the phone, so the drawing stays in the middle 80%. */
const svg = ({ fullBleed }: { fullBleed: boolean }) =>
  `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 512 512">` +
  (fullBleed
    ? `<rect width="512" height="512" fill="${BLUE}"/><g transform="translate(51.2 51.2) scale(0.8)">${back}</g>`
    : `<rect width="512" height="512" rx="96" fill="${BLUE}"/>${back}`) +
  `</svg>\n`;

const publicDir = join(import.meta.dirname, '..', 'public');
const pngs = [
  { file: 'icon-192.png', size: 192, fullBleed: false },
  { file: 'icon-512.png', size: 512, fullBleed: false },
  { file: 'icon-maskable-512.png', size: 512, fullBleed: true },
  // iOS fills transparent corners with black and rounds the icon itself.
  { file: 'apple-touch-icon.png', size: 180, fullBleed: true },
];

await mkdir(join(publicDir, 'icons'), { recursive: true });
await writeFile(join(publicDir, 'icon.svg'), svg({ fullBleed: false }));

const browser = await launchChromium();
try {
  const page = await browser.newPage();
  for (const { file, size, fullBleed } of pngs) {
    await page.setViewportSize({ width: size, height: size });
    await page.setContent(
      `<body style="margin:0">${svg({ fullBleed }).replace('<svg ', `<svg width="${size}" height="${size}" `)}</body>`,
    );
    await page.screenshot({ path: join(publicDir, 'icons', file), omitBackground: true });
    console.log(`wrote public/icons/${file}`);
  }
} finally {
  await browser.close();
}
