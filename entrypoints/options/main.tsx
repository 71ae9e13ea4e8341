import { render } from 'preact';
import { OptionsApp } from '@/components/OptionsApp';
import '@/components/page.css';

render(<OptionsApp />, document.getElementById('app')!);
