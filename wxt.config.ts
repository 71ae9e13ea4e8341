import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

// A fixed public key gives the unpacked Chrome build a stable id, so the enterprise policy
// path 3rdparty.extensions.<id> is known in advance (see README, "Extension id").
export const CHROME_KEY =
  'MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAzR9kIc+J9SEhA2OE78CpZvlv8dGTeSghk8UlFZVdYiqmnnoD2LwFs/4j0EL2qn/0GW67ABXXZfNKoS8wSrpuN1U6AxSqVi7Vq2HRuBpgdPlml7KSWbjlKGi6q3c0u6+nv864MlNkOTL9UYYpa4+BGrYgSov6RLTDFUtQ/aAPVtcyTmNHZLj1RmdMQo3yz2mYrZx0HSQAds41d92VixKq2chJlUbVPfXGrunyknSIpzjLvDJ627Hkc5uiTPIQLlWKH0KrsU/PBxMBx0t+krAjsFHBSfBDwCjVn4NsBJl/beqJshoPV3T7Ax06ykChs4+5w2l2e9qNh4zy+uJ9Lb31UwIDAQAB';
export const EXTENSION_ID = 'ikjhkbdehljnofbcklpklgjemjkhfplo';
export const GECKO_ID = 'maruhi@maruhi.dev';

export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  // Explicit imports everywhere: the reader sees where every name comes from.
  imports: false,
  // MARUHI_OUT lets parallel work build into separate folders (tests read the same variable).
  outDir: process.env.MARUHI_OUT ?? '.output',
  // MARUHI_MINIFY=0 keeps names readable in CPU profiles of the content scripts.
  vite: () => ({ plugins: [preact()], build: process.env.MARUHI_MINIFY === '0' ? { minify: false } : {} }),
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'ja',
    permissions: ['storage', 'tabs', 'downloads', 'idle', 'alarms', 'declarativeNetRequest', 'webRequest', 'webNavigation', 'clipboardWrite', 'scripting'],
    host_permissions: ['<all_urls>'],
    storage: { managed_schema: 'managed_schema.json' },
    action: { default_title: '__MSG_extName__' },
    ...(browser === 'firefox'
      ? { browser_specific_settings: { gecko: { id: GECKO_ID, strict_min_version: '128.0' } } }
      : { key: CHROME_KEY, minimum_chrome_version: '120' }),
  }),
});
