import { StrictMode } from 'react';
import { z } from 'zod';
import { createRoot } from 'react-dom/client';
import { ApiProvider } from './api/ApiContext';
import { createDefaultClient } from './api/client';
import { App } from './app/App';
import { installBidiGuard } from './app/bidi-guard';
import { RolloutProvider } from './state/RolloutProvider';
import { applyTheme, useTheme } from './state/theme';
import './styles/index.css';

// The CSP forbids eval; without this zod probes `new Function` once and the browser logs a CSP violation.
z.config({ jitless: true });

// Apply the theme before the first paint so a dark-theme user never sees a white flash.
applyTheme(useTheme.getState().choice);

// A right-to-left override in a name must not reverse the text around it, in any view (app/bidi-guard.ts).
installBidiGuard();

const client = createDefaultClient();
const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root element');

createRoot(container).render(
  <StrictMode>
    <ApiProvider client={client}>
      <RolloutProvider>
        <App />
      </RolloutProvider>
    </ApiProvider>
  </StrictMode>,
);
