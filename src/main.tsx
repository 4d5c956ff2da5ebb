// Must stay the first import: see boot.ts.
import './app/boot';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App, queryClient } from './app/App';
import './app/styles.css';
import { primeFirstScreen, startLoading } from './queries/dataset';

// The demo files, the figures computed ahead and storage need not wait for the first render.
startLoading();

const root = document.getElementById('root');
// The first render waits a moment for the figures computed ahead (already on their way), so
// that it draws them at once instead of drawing empty cards and then the figures.
void primeFirstScreen(queryClient, 150).then(() => {
  if (!root) return;
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
});
