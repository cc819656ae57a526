import { expect, test } from '@playwright/test';
import { expectAccessible, openNav, PASSWORD, requireServices, SERVICES, shot, signUp } from './helpers';

test.describe('journey 1: sign up, sign in, or continue without an account', () => {
  test('continue without an account', async ({ page }) => {
    await page.goto('/');
    await expect(page.getByRole('heading', { level: 1, name: 'Wear the colours that light you up.' })).toBeVisible();
    await expectAccessible(page, 'home');
    await shot(page, 'j1-01-home-phone');
    await page.setViewportSize({ width: 1280, height: 900 });
    await shot(page, 'j1-02-home-desktop');
    await page.setViewportSize({ width: 390, height: 844 });

    await openNav(page);
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Sign in' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Sign in' })).toBeVisible();
    await expectAccessible(page, 'sign in');
    await shot(page, 'j1-03-signin');
    await page.getByRole('link', { name: 'Continue without an account' }).click();
    await expect(page).toHaveURL(/\/analyze$/);
    await expect(page.getByRole('heading', { level: 1, name: 'Find your colours' })).toBeVisible();
    await expect(page.getByText('You are not signed in: that is fine.')).toBeVisible();
  });

  test('skip link and keyboard focus', async ({ page }) => {
    await page.goto('/');
    await page.keyboard.press('Tab');
    const skip = page.getByRole('link', { name: 'Skip to content' });
    await expect(skip).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page.locator('#main')).toBeFocused();
  });

  test('sign up, sign out and sign in again', async ({ page, request }) => {
    await requireServices(request, SERVICES.auth);
    await page.goto('/signup');
    await expectAccessible(page, 'sign up');
    await shot(page, 'j1-04-signup');
    const { email } = await signUp(page, 'j1');
    await shot(page, 'j1-05-signed-in');

    await openNav(page);
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Profile' }).click();
    await expect(page.getByRole('heading', { level: 1, name: /Hello, / })).toBeVisible();
    await page.getByRole('button', { name: 'Sign out' }).click();
    await expect(page).toHaveURL(/\/$/);

    await page.goto('/signin');
    await page.getByLabel('E-mail').fill(email);
    await page.getByLabel('Password').fill('not the password');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect(page.getByRole('alert')).toBeVisible();
    await shot(page, 'j1-06-signin-error');

    await page.getByLabel('Password').fill(PASSWORD);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect(page).toHaveURL(/\/analyze$/);
    // The session survives a reload (refresh token in sessionStorage).
    await page.reload();
    await openNav(page);
    await expect(page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Profile' })).toBeVisible();
  });
});
