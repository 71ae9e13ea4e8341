import { render } from 'preact';
import { PopupApp } from '@/components/PopupApp';
import '@/components/page.css';

render(<PopupApp />, document.getElementById('app')!);
