import type { Locator, Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { useBuiltAppInChromium } from './support/built-app';
import type { WatchedPage } from './support/chromium';

const built = useBuiltAppInChromium();
let watched: WatchedPage | undefined;

afterAll(async () => {
  await watched?.close();
});

async function open(): Promise<Page> {
  await watched?.close();
  watched = await built.openPage();
  return watched.page;
}

const TIMEOUT = 120_000;

/** The first question (chest pain) of the first page. */
const firstQuestion = (page: Page) => page.getByRole('group', { name: /pain, pressure, squeezing or tightness in your chest/i });

/** The first question, with "Yes" chosen. */
async function chooseYesOnTheFirstQuestion(page: Page) {
  await page.getByRole('link', { name: 'Start now' }).click();
  await firstQuestion(page).getByRole('radio', { name: 'Yes' }).check();
}

/** "Yes" to a cold sweat with the pain stops right after the first page with the emergency result. */
async function showEmergencyResult(page: Page): Promise<Locator> {
  await page.getByRole('link', { name: 'Start now' }).click();
  await firstQuestion(page).getByRole('radio', { name: 'No', exact: true }).check();
  await page
    .getByRole('group', { name: /cold sweat/i })
    .getByRole('radio', { name: 'Yes', exact: true })
    .check();
  await page.getByRole('button', { name: 'Continue' }).click();
  const card = page.locator('main [data-disposition="emergency"]');
  await card.waitFor();
  return card;
}

type Rgb = [number, number, number];

/** The colour of one pixel of what is on the screen, `x` and `y` from the top left of the element's box. */
async function pixelOf(page: Page, element: Locator, x: number, y: number): Promise<Rgb> {
  const box = await element.boundingBox();
  if (!box) throw new Error('the element has no box');
  const png = await page.screenshot({ clip: { x: box.x + x, y: box.y + y, width: 1, height: 1 } });
  return page.evaluate(async (base64) => {
    const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
    const image = await createImageBitmap(new Blob([bytes], { type: 'image/png' }));
    const canvas = new OffscreenCanvas(image.width, image.height);
    const context = canvas.getContext('2d');
    if (!context) throw new Error('no 2d context');
    context.drawImage(image, 0, 0);
    const [r = 0, g = 0, b = 0] = context.getImageData(0, 0, 1, 1).data;
    return [r, g, b] as Rgb;
  }, png.toString('base64'));
}

const parseRgb = (css: string): Rgb => {
  const [r = 0, g = 0, b = 0] = (css.match(/[\d.]+/g) ?? []).map(Number);
  return [r, g, b];
};

/** WCAG 2 contrast ratio of two colours. */
function contrast(a: Rgb, b: Rgb): number {
  const luminance = (rgb: Rgb) => {
    const [r = 0, g = 0, bl = 0] = rgb.map((v) => {
      const c = v / 255;
      return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r + 0.7152 * g + 0.0722 * bl;
  };
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}

/** A border that is drawn: some width, a style, and a colour other than the page's. */
async function borderOf(element: Locator, side: 'top' | 'bottom') {
  return element.evaluate((node, edge) => {
    const style = getComputedStyle(node);
    return {
      width: parseFloat(style.getPropertyValue(`border-${edge}-width`)),
      style: style.getPropertyValue(`border-${edge}-style`),
      color: style.getPropertyValue(`border-${edge}-color`),
      page: getComputedStyle(document.body).backgroundColor,
    };
  }, side);
}

describe('forced colours (Windows High Contrast), in Chromium', () => {
  it(
    'shows which radio is chosen: its dot is drawn in a system colour, not with a background the mode removes',
    async () => {
      const page = await open();
      await page.emulateMedia({ forcedColors: 'active' });
      expect(await page.evaluate(() => matchMedia('(forced-colors: active)').matches)).toBe(true);
      await chooseYesOnTheFirstQuestion(page);
      await page.screenshot({ path: '/tmp/forced-colours-radio.png' });

      const dot = await firstQuestion(page)
        .getByRole('radio', { name: 'Yes' })
        .evaluate((input) => {
          const style = getComputedStyle(input.nextElementSibling as Element, '::after');
          return { width: parseFloat(style.borderTopWidth), color: style.borderTopColor, opacity: style.opacity };
        });
      expect(dot.width).toBeGreaterThan(0);
      expect(dot.opacity).toBe('1');
      expect(dot.color).not.toMatch(/rgba\(0, 0, 0, 0\)|transparent/);

      // On the screen: the middle of the chosen circle differs from the middle of an empty one.
      const chosen = await pixelOf(page, firstQuestion(page).getByRole('radio', { name: 'Yes' }), 20, 20);
      const empty = await pixelOf(page, firstQuestion(page).getByRole('radio', { name: 'No', exact: true }), 20, 20);
      expect(contrast(chosen, empty)).toBeGreaterThan(3);
      expect(watched?.problems).toEqual([]);
    },
    TIMEOUT,
  );

  it(
    "keeps the care card's border and the line under its heading",
    async () => {
      const page = await open();
      await page.emulateMedia({ forcedColors: 'active' });
      const card = await showEmergencyResult(page);
      await page.screenshot({ path: '/tmp/forced-colours-care-card.png' });

      for (const border of [
        await borderOf(card, 'top'),
        await borderOf(card.locator('.care-card__heading-container'), 'bottom'),
      ]) {
        expect(border.width).toBeGreaterThanOrEqual(2);
        expect(border.style).toBe('solid');
        expect(contrast(parseRgb(border.color), parseRgb(border.page))).toBeGreaterThan(3);
      }
      expect(watched?.problems).toEqual([]);
    },
    TIMEOUT,
  );
});

describe('printing the emergency result with background graphics, in Chromium', () => {
  it(
    "prints the care card's heading as readable text, not a black bar",
    async () => {
      const page = await open();
      const card = await showEmergencyResult(page);
      await page.emulateMedia({ media: 'print' });
      // A screenshot paints backgrounds, as printing with background graphics on does.
      await page.screenshot({ path: '/tmp/print-emergency.png', fullPage: true });

      const heading = card.locator('.care-card__heading');
      const colours = await heading.evaluate((node) => {
        let behind = 'rgb(255, 255, 255)';
        for (let element: Element | null = node; element; element = element.parentElement) {
          const background = getComputedStyle(element).backgroundColor;
          if (background !== 'rgba(0, 0, 0, 0)' && background !== 'transparent') {
            behind = background;
            break;
          }
        }
        return { text: getComputedStyle(node).color, behind };
      });
      expect(contrast(parseRgb(colours.text), parseRgb(colours.behind))).toBeGreaterThanOrEqual(4.5);

      // On the page: just inside the heading's box, where there is no text, it is light.
      const corner = await pixelOf(page, card.locator('.care-card__heading-container'), 3, 3);
      expect(contrast(corner, [255, 255, 255])).toBeLessThan(1.5);
      expect(watched?.problems).toEqual([]);
    },
    TIMEOUT,
  );
});
