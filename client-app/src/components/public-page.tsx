import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { LanguageSwitch } from './language-switch';

interface PublicPageProps {
  title: string;
  subtitle?: string;
  children: ReactNode;
  /** Links to the other public pages, under the card's content. */
  links?: ReactNode;
}

/** The card that pages for visitors who are not signed in share: sign-in, sign-up, links from mails. */
export function PublicPage({ title, subtitle, children, links }: PublicPageProps) {
  const { t } = useTranslation();
  return (
    <div className="login-page">
      <div className="login-topbar">
        <LanguageSwitch />
      </div>
      <main className="login-card">
        <p className="brand">
          <span className="brand-mark" aria-hidden="true" />
          {t('app.name')}
        </p>
        <h1>{title}</h1>
        {subtitle && <p className="muted">{subtitle}</p>}
        {children}
        {links && <nav className="public-links">{links}</nav>}
      </main>
    </div>
  );
}
