import type { ReactNode } from 'react';
import { reloadToUpdate, useUpdateReady } from './lib/app-update';
import { rulesPage, START, routeHref } from './lib/navigation';
import { SERVICE_NAME } from './lib/page-title';
import type { Region } from './lib/regions';

interface LayoutProps {
  region: Region;
  /** Saved answers could not be used and were removed. */
  discardedAnswers: boolean;
  /** The browser has just refused to store the answers or the region: they are kept in the tab. */
  storageRefused: boolean;
  children: ReactNode;
}

export function Layout({ region, discardedAnswers, storageRefused, children }: LayoutProps) {
  const emergency = region.emergencyNumber;
  const updateReady = useUpdateReady();
  return (
    <>
      <header className="header">
        <div className="width-container header__inner">
          <a className="header__service" href={routeHref(START)}>
            {SERVICE_NAME}
          </a>
          <p className="header__emergency">
            Emergency? Call{' '}
            {region.mobileEmergency ? emergency.display : <a href={`tel:${emergency.dial}`}>{emergency.display}</a>}
          </p>
        </div>
      </header>
      <div className="width-container">
        <main className="main" id="main-content">
          {discardedAnswers && (
            <div className="notice" role="status">
              <p>We could not read the answers saved on this device, so we removed them. Please answer the questions again.</p>
            </div>
          )}
          {storageRefused && (
            <div className="notice" role="status">
              <p>
                This browser is not letting us save your answers on this device. We keep them in this tab, so you can carry on,
                but if you close the tab you will need to answer again.
              </p>
            </div>
          )}
          {updateReady && (
            <div className="notice" role="status">
              <p>A new version of this tool is ready. Your answers stay on this device when you reload.</p>
              <button type="button" className="button button--secondary" onClick={reloadToUpdate}>
                Reload to update
              </button>
            </div>
          )}
          {children}
        </main>
      </div>
      <footer className="footer">
        <div className="width-container">
          <p>Your answers stay on this device and are never sent anywhere. This tool does not give a diagnosis.</p>
          <p>
            <a href={routeHref(rulesPage())}>How this tool decides</a>
          </p>
        </div>
      </footer>
    </>
  );
}
