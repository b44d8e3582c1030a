import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { firstScreenShown } from '../lib/firstScreen';
import { registerServiceWorker } from '../lib/serviceWorker';
import { App } from './App';
import './styles.css';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
// Only the production build has a service worker; the development server serves modules live.
if (import.meta.env.PROD) registerServiceWorker('/sw.js', firstScreenShown);
