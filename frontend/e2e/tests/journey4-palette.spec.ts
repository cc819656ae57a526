import { expect, test } from '@playwright/test';
import { analyseByUpload, expectAccessible, FACE_PHOTO, requireFace, requireServices, SERVICES, shot } from './helpers';

test.describe('journey 4: the palette and digital draping', () => {
  test('swatches with names and hex, copyable; draping best against avoid', async ({ page, request }) => {
    requireFace();
    await requireServices(request, SERVICES.analysis, SERVICES.color);
    await analyseByUpload(page, FACE_PHOTO!);
    await page.getByRole('link', { name: 'See your palette' }).click();
    await expect(page.getByRole('heading', { level: 1, name: /Your palette/ })).toBeVisible();

    const wear = page.getByRole('list', { name: 'Colours to wear' });
    await expect(wear.getByRole('button').first()).toBeVisible();
    for (const group of ['Neutrals', 'Colours to avoid near your face']) await expect(page.getByRole('list', { name: group })).toBeVisible();

    const first = wear.getByRole('button').first();
    const hex = await first.getAttribute('data-hex');
    await first.click();
    await expect(page.getByText(`Copied ${hex}`)).toBeAttached();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(hex);

    const drapes = page.getByRole('list', { name: /Draping/ });
    await expect(drapes.locator('[data-verdict="best"]').first()).toBeVisible();
    await expect(drapes.locator('[data-verdict="avoid"]').first()).toBeVisible();

    await expectAccessible(page, 'palette');
    await shot(page, 'j4-01-palette-phone');
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.getByRole('heading', { name: 'Digital draping' }).scrollIntoViewIfNeeded();
    await shot(page, 'j4-02-palette-desktop');
  });

  test('explore any season without a photo', async ({ page, request }) => {
    await requireServices(request, SERVICES.color);
    await page.goto('/palette');
    await expect(page.getByRole('heading', { name: 'Find your season first' })).toBeVisible();
    const select = page.getByLabel('Show the palette of');
    await expect(select).toBeVisible();
    await expect(select.locator('option')).toHaveCount(13); // "Choose a season" and the twelve seasons
    await select.selectOption({ index: 1 });
    await expect(page.getByRole('list', { name: 'Colours to wear' })).toBeVisible();
    await expect(page.getByRole('link', { name: 'Take a photo' })).toBeVisible();
    await expectAccessible(page, 'palette (explore)');
    await shot(page, 'j4-03-explore-season');
  });
});
