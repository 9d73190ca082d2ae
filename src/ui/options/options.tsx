/** The options page: language and how warnings behave, and the indicator lists. */
import type { FeedRequest } from '../../messaging/protocol';
import type { StorageArea } from '../../storage/area';
import { useUi } from '../ui-env';
import { FeedsSection } from './feeds';
import { GeneralSection } from './general';

export interface OptionsProps {
  send: (m: FeedRequest) => Promise<unknown>;
  /** Asks the browser for access to a feed's server; a feed that sends CORS headers works without it. */
  requestOrigins: (origins: string[]) => Promise<boolean>;
  storage: StorageArea;
  /** The browser's interface language, named in the "same as the browser" choice. */
  browserLanguage?: string;
}

export function Options(props: OptionsProps) {
  const { t } = useUi();
  return (
    <main style={{ font: '15px/1.5 system-ui, sans-serif', maxWidth: '46rem', margin: '0 auto', padding: '1rem', color: '#1a1a1a' }}>
      <h1 style={{ fontSize: '1.4rem' }}>{t('optionsTitle')}</h1>
      <GeneralSection storage={props.storage} browserLanguage={props.browserLanguage ?? 'en'} />
      <FeedsSection {...props} />
    </main>
  );
}
