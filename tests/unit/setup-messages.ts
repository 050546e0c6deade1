// The app loads the features' strings when a workbook opens; unit tests read them from the start.
import { loadAllMessages } from '../../src/lib/i18n/translate';

await loadAllMessages();
