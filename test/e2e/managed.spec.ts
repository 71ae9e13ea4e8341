// Enterprise policy for real: the file Chromium reads from /etc/chromium/policies/managed.
import { test, expect, expectLabel, demoPolicy } from './fixtures';

const newsConfidential = (extraRules: unknown[] = []) => ({
  name: 'managed v1',
  classification: {
    rules: [
      { id: 'news-is-secret', label: 'strictly_confidential', urls: ['news.test'], reason: { ja: '管理者が指定', en: 'Set by admin' } },
      ...extraRules,
    ],
  },
});

test('managed policy labels a page, removing the host removes the label, a broken one keeps the last good', async ({ managedPolicy, ext, sites }) => {
  managedPolicy(newsConfidential());
  await ext.relaunch(); // Chromium reads policy files at start
  const page = await ext.page();
  await page.goto(sites.url('news.test', '/'));
  await expectLabel(page, 'strictly_confidential');

  // The options page says where each part came from and locks local editing.
  const opts = await ext.options();
  await expect(opts.getByTestId('managed-state')).toHaveClass(/managed/);
  await expect(opts.locator('tr[data-section=classification]')).toHaveAttribute('data-source', 'managed');
  await expect(opts.locator('tr[data-section=destinations]')).toHaveAttribute('data-source', 'default');
  await expect(opts.getByTestId('policy-name')).toHaveText('managed v1');
  await expect(opts.getByTestId('import')).toBeDisabled();

  // The admin removes the host: the label goes.
  managedPolicy({ name: 'managed v2', classification: { rules: [{ id: 'crm', label: 'confidential', urls: ['crm.test'] }] } });
  await ext.relaunch();
  const page2 = await ext.page();
  await page2.goto(sites.url('news.test', '/'));
  await expect.poll(async () => {
    const o = await ext.options();
    const name = await o.getByTestId('policy-name').textContent();
    await o.close();
    return name;
  }, { timeout: 20_000 }).toBe('managed v2');
  await page2.reload();
  await expectLabel(page2, null);
  await page2.goto(sites.url('crm.test', '/'));
  await expectLabel(page2, 'confidential');

  // A broken managed policy (a rule naming a label that does not exist): the last good one stays.
  managedPolicy({ name: 'managed v3 (broken)', classification: { rules: [{ id: 'typo', label: 'top_secret', urls: ['news.test'] }] } });
  await ext.relaunch();
  const opts3 = await ext.options();
  await expect(opts3.getByTestId('policy-errors')).toBeVisible({ timeout: 20_000 });
  await expect(opts3.getByTestId('policy-errors')).toContainText('/classification/rules/0/label');
  await expect(opts3.getByTestId('policy-errors')).toContainText('top_secret');
  await expect(opts3.getByTestId('policy-name')).toHaveText('managed v2');
  const page3 = await ext.page();
  await page3.goto(sites.url('crm.test', '/'));
  await expectLabel(page3, 'confidential');
  // The refusal is an event too.
  const { events } = await opts3.evaluate(() => (globalThis as any).chrome.runtime.sendMessage({ type: 'events.list', limit: 100 }));
  expect(events.map((e: { kind: string }) => e.kind)).toContain('policy_error');
});

test('local import works when unmanaged and is refused with a message when managed', async ({ managedPolicy, ext, sites }) => {
  const opts = await ext.importPolicy(demoPolicy());
  await expect(opts.getByTestId('import-result')).toHaveClass(/ok/);
  await expect(opts.locator('tr[data-section=classification]')).toHaveAttribute('data-source', 'local');
  const page = await ext.page();
  await page.goto(sites.url('crm.test', '/customers'));
  await expectLabel(page, 'confidential');

  // A broken local policy is refused with exact paths, and nothing changes.
  const bad = await ext.importPolicy({ classification: { rules: [{ id: 'x', label: 'confidential', urls: ['https://exa*mple.com/*'] }] }, retention: { days: 'long' } });
  await expect(bad.getByTestId('import-result')).toHaveClass(/error/);
  await expect(bad.getByTestId('import-result')).toContainText('/retention/days');
  await expect(bad.getByTestId('import-result')).toContainText('/classification/rules/0/urls/0');

  managedPolicy(newsConfidential());
  await ext.relaunch();
  const opts2 = await ext.options();
  await expect(opts2.getByTestId('managed-state')).toHaveClass(/managed/, { timeout: 20_000 });
  await expect(opts2.getByTestId('managed-state')).toContainText('ローカルでの変更はできません');
  await expect(opts2.getByTestId('import')).toBeDisabled();
  await expect(opts2.getByTestId('import-text')).toBeDisabled();
  // Even a message sent around the UI is refused by the background.
  const r = await opts2.evaluate((doc) => (globalThis as any).chrome.runtime.sendMessage({ type: 'policy.import', doc }), demoPolicy());
  expect(r).toEqual({ ok: false, reason: 'managed', errors: [] });
  await expect(opts2.locator('tr[data-section=classification]')).toHaveAttribute('data-source', 'managed');
});
