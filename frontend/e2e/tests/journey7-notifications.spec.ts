import { expect, test } from '@playwright/test';
import { analyseByUpload, expectAccessible, FACE_PHOTO, requireFace, requireServices, SERVICES, shot, signUp } from './helpers';

test.describe('journey 7: notifications', () => {
  test('a finished analysis arrives as a toast and in the inbox', async ({ page, request }) => {
    requireFace();
    await requireServices(request, SERVICES.auth, SERVICES.analysis, SERVICES.notification);
    await signUp(page, 'j7');
    await analyseByUpload(page, FACE_PHOTO!);
    const toast = page.getByRole('region', { name: 'Notifications' }).locator('.toast').first();
    await expect(toast).toBeVisible({ timeout: 30_000 });
    await shot(page, 'j7-01-toast');
    await page.goto('/inbox');
    await expect(page.locator('.inbox__item').first()).toBeVisible();
    await expectAccessible(page, 'inbox');
    await shot(page, 'j7-02-inbox');
  });
});
