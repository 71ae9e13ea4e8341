// The UI language for extension pages: options-page override, then policy, then browser.
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { pickLang } from '@/utils/i18n';
import type { Lang } from '@/utils/policy/types';
import { KEYS, type EffectivePolicy } from '@/utils/storage-keys';

export function useLang(): [Lang, 'auto' | Lang, (v: 'auto' | Lang) => void] {
  const [choice, setChoice] = useState<'auto' | Lang>('auto');
  const [policyLang, setPolicyLang] = useState<'auto' | Lang>('auto');
  useEffect(() => {
    const load = async () => {
      const s = await browser.storage.local.get([KEYS.uiLang, KEYS.effective]);
      setChoice((s[KEYS.uiLang] as 'auto' | Lang | undefined) ?? 'auto');
      setPolicyLang((s[KEYS.effective] as EffectivePolicy | undefined)?.policy.language ?? 'auto');
    };
    void load();
    const l = (_: unknown, area: string) => area === 'local' && void load();
    browser.storage.onChanged.addListener(l);
    return () => browser.storage.onChanged.removeListener(l);
  }, []);
  const lang = choice !== 'auto' ? choice : pickLang(policyLang, navigator.language);
  useEffect(() => {
    document.documentElement.lang = lang;
  }, [lang]);
  return [lang, choice, (v) => void browser.storage.local.set({ [KEYS.uiLang]: v })];
}
