import { expect, test } from '@playwright/test';
import { analyseByUpload, expectAccessible, FACE_PHOTO, requireFace, requireServices, SERVICES, shot } from './helpers';

test.describe('journey 3: the result', () => {
  test('photo with face box, Monk scale, measurements and season', async ({ page, request }) => {
    requireFace();
    await requireServices(request, SERVICES.analysis, SERVICES.color);
    await analyseByUpload(page, FACE_PHOTO!);
    await expect(page.getByRole('heading', { level: 1, name: 'Your colours', exact: true })).toBeVisible();

    const photo = page.getByTestId('result-photo');
    await expect(photo).toBeVisible();
    await expect(photo.getByTestId('face-box').first()).toBeAttached();
    const box = await photo.boundingBox();

    const scale = page.getByRole('list', { name: /Monk Skin Tone scale/ });
    await expect(scale.getByRole('listitem')).toHaveCount(10);
    await expect(scale.locator('[aria-current="true"]')).toHaveCount(1);
    await expect(page.getByText(/Your skin is closest to tone \d+ of 10\./)).toBeVisible();

    const facts = page.getByRole('region', { name: 'What we measured' });
    for (const label of ['Skin', 'Undertone', 'ITA', 'Hair', 'Eyes', 'Contrast']) await expect(facts.getByText(label, { exact: true })).toBeVisible();
    await expect(page.getByText('Your season')).toBeVisible();

    // No layout shift: the photo frame keeps its size once everything has loaded.
    await page.waitForLoadState('networkidle');
    expect(await photo.boundingBox()).toEqual(box);

    await expectAccessible(page, 'result');
    await shot(page, 'j3-01-result-phone');
    await page.setViewportSize({ width: 1280, height: 900 });
    await shot(page, 'j3-02-result-desktop');
  });
});
