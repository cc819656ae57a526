import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { analyseByUpload, expectAccessible, FACE_PHOTO, PASSWORD, requireServices, serviceStatus, SERVICES, shot, signUp } from './helpers';

test.describe('journey 6: profile', () => {
  test('preferences, consent, history, export and account deletion', async ({ page, request }) => {
    await requireServices(request, SERVICES.auth);
    const { email } = await signUp(page, 'j6', 'Profile Person');

    // An analysis while signed in shows up in the history (when the analysis service is there).
    const canAnalyse = FACE_PHOTO !== null && (await serviceStatus(request, SERVICES.analysis)) !== 503;
    if (canAnalyse) await analyseByUpload(page, FACE_PHOTO!);

    await page.goto('/profile');
    await expect(page.getByRole('heading', { level: 1, name: 'Hello, Profile Person' })).toBeVisible();
    await expectAccessible(page, 'profile');

    await page.getByLabel('Show me cuts for').selectOption('female');
    await page.getByLabel('Letter size').selectOption('M');
    await page.getByLabel('Shoe size', { exact: true }).fill('39.5');
    await page.getByLabel('From', { exact: true }).fill('20');
    await page.getByLabel('Up to').fill('150');
    await page.getByLabel('Add a style').fill('minimalist');
    await page.getByRole('button', { name: 'Add style' }).click();
    await page.getByRole('button', { name: 'Save preferences' }).click();
    await expect(page.getByText('Saved.').first()).toBeVisible();

    await page.getByRole('checkbox', { name: /Keep my photos/ }).check();
    await expect(page.getByRole('checkbox', { name: /Keep my photos/ })).toBeChecked();

    await page.reload();
    await expect(page.getByLabel('Letter size')).toHaveValue('M');
    await expect(page.getByLabel('Shoe size', { exact: true })).toHaveValue('39.5');
    await expect(page.getByLabel('Up to')).toHaveValue('150');
    await expect(page.getByRole('list', { name: 'Your style tags' })).toContainText('minimalist');
    await expect(page.getByRole('checkbox', { name: /Keep my photos/ })).toBeChecked();

    const history = page.getByRole('region', { name: 'Analysis history' });
    if (canAnalyse) await expect(history.locator('[data-analysis-id]').first()).toBeVisible();
    await shot(page, 'j6-01-profile');

    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Export my data' }).click();
    const file = await download;
    const text = readFileSync((await file.path())!, 'utf8');
    expect(text).toContain(email);

    await page.getByRole('button', { name: 'Delete my account…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Delete your account?' });
    await expect(dialog).toBeVisible();
    await expectAccessible(page, 'delete dialog');
    await shot(page, 'j6-02-delete-dialog');
    await dialog.getByLabel('Type DELETE to confirm').fill('DELETE');
    await dialog.getByRole('button', { name: 'Delete everything' }).click();
    await expect(page.getByText('Your account has been deleted')).toBeVisible();

    // The account is really gone.
    await page.getByLabel('E-mail').fill(email);
    await page.getByLabel('Password').fill(PASSWORD);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect(page.getByRole('alert')).toBeVisible();
  });
});
