import type { Page } from 'playwright-core';

interface Watch {
  __csp: string[];
}

/** Records every Content-Security-Policy violation the page reports, from its first script. */
export async function watchCsp(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const w = window as unknown as Watch;
    w.__csp = [];
    document.addEventListener('securitypolicyviolation', (e) => {
      w.__csp.push(`${e.violatedDirective} ${e.blockedURI}`);
    });
  });
}

export function cspViolations(page: Page): Promise<string[]> {
  return page.evaluate(() => (window as unknown as Watch).__csp);
}

/** Empties the record, after a test has provoked violations on purpose. */
export function clearCspViolations(page: Page): Promise<void> {
  return page.evaluate(() => {
    (window as unknown as Watch).__csp = [];
  });
}
