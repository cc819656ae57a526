import { expect, test } from '@playwright/test';
import { expectAccessible, requireServices, SERVICES, shot, signUp } from './helpers';

test.describe('journey 5: shop', () => {
  test('browse, filter by category, price and colour', async ({ page, request }) => {
    await requireServices(request, SERVICES.product);
    await page.goto('/shop');
    const grid = page.getByRole('list', { name: 'Products' });
    await expect(grid.getByRole('listitem').first()).toBeVisible();
    await expectAccessible(page, 'shop');
    await shot(page, 'j5-01-shop');

    await page.getByLabel('Max price').fill('100000');
    await page.getByLabel('Colour', { exact: true }).selectOption('blue');
    await page.getByRole('button', { name: 'Show products' }).click();
    await expect(page).toHaveURL(/colorFamily=blue/);
    await expect(page).toHaveURL(/maxPrice=100000/);
    await expect(grid.or(page.getByRole('heading', { name: 'No products match' }))).toBeVisible();
    await shot(page, 'j5-02-shop-filtered');
  });

  test('colour search: products near a colour', async ({ page, request }) => {
    await requireServices(request, SERVICES.product);
    await page.goto('/shop/colour?hex=%231f4e79&maxDeltaE=30');
    const results = page.getByRole('list', { name: 'Products near this colour' });
    await expect(results.or(page.getByText(/No products this close/))).toBeVisible();
    await expectAccessible(page, 'colour search');
    await shot(page, 'j5-03-colour-search');
  });

  test('product detail with similar; like, dislike and add to bag are recorded', async ({ page, request }) => {
    await requireServices(request, SERVICES.auth, SERVICES.product, SERVICES.recommendation);
    await signUp(page, 'j5');
    await page.goto('/shop');
    const first = page.getByRole('list', { name: 'Products' }).getByRole('listitem').first().getByRole('link');
    const name = (await first.textContent())!.trim();
    await first.click();
    await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Similar' })).toBeVisible();
    await expect(page.getByRole('list', { name: 'Similar products' }).or(page.getByText('Nothing similar yet.'))).toBeVisible();

    const interactions: Array<{ kind: string }> = [];
    page.on('request', (r) => {
      if (r.url().endsWith('/api/v1/interactions') && r.method() === 'POST') interactions.push(r.postDataJSON());
    });
    await page.getByRole('button', { name: /Like/ }).click();
    await expect(page.getByText('Liked. We will show you more like this.')).toBeVisible();
    await page.getByRole('button', { name: 'Add to bag' }).click();
    await expect(page.getByText('Added to your bag.')).toBeVisible();
    await page.getByRole('button', { name: /Not for me/ }).click();
    await expect(page.getByText('Noted. We will show you fewer like this.')).toBeVisible();
    expect(interactions.map((i) => i.kind)).toEqual(['like', 'add-to-cart', 'dislike']);
    await expectAccessible(page, 'product detail');
    await shot(page, 'j5-04-product-detail');

    await page.goto('/shop');
    await expect(page.getByRole('heading', { name: 'Picked for you' })).toBeVisible();
    await shot(page, 'j5-05-picked-for-you');
  });

  test('foundation shade finder', async ({ page, request }) => {
    await requireServices(request, SERVICES.product);
    await page.goto('/shades');
    await page.getByRole('button', { name: 'Find my shade' }).click();
    await expect(page.locator('.shade').first().or(page.getByText(/No shades found/))).toBeVisible();
    await expectAccessible(page, 'shade finder');
    await shot(page, 'j5-06-shades');
  });
});
