import { useTranslation } from 'react-i18next';
import type { CreatedShopConnection, Platform } from '../types';

/** Each platform's steps, in order; the values are filled in from the new connection. */
const STEPS = {
  shopify: [
    'shops.steps.shopify.open',
    'shops.steps.shopify.create',
    'shops.steps.shopify.repeat',
    'shops.steps.shopify.key',
    'shops.steps.shopify.test',
  ],
  woocommerce: [
    'shops.steps.woocommerce.open',
    'shops.steps.woocommerce.create',
    'shops.steps.woocommerce.repeat',
    'shops.steps.woocommerce.test',
  ],
  custom: ['shops.steps.custom.send', 'shops.steps.custom.fields', 'shops.steps.custom.answer'],
  csv: ['shops.steps.csv.import', 'shops.steps.csv.api'],
} as const satisfies Record<Platform, readonly string[]>;

export function SetupSteps({ connection }: { connection: CreatedShopConnection }) {
  const { t } = useTranslation();
  const values = {
    url: connection.webhookUrl ?? '',
    secret: connection.webhookSecret ?? '',
    apiUrl: connection.apiUrl,
    apiKey: connection.apiKey,
    interpolation: { escapeValue: false },
  };
  return (
    <section className="setup-steps" data-testid="setup-steps">
      <h3>{t('shops.stepsTitle', { platform: t(`shops.platforms.${connection.platform as Platform}`) })}</h3>
      <ol>
        {STEPS[connection.platform as Platform].map((step) => (
          <li key={step}>{t(step, values)}</li>
        ))}
      </ol>
    </section>
  );
}
