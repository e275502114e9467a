import * as z from 'zod/mini';
import en from 'zod/v4/locales/en.js';

// zod/mini ships without messages ("Invalid input"); English ones name what was expected
// ("Invalid option: expected one of …"), which is what a caller needs to fix a request. Only
// English is imported: `z.locales` would bundle every language (~260 KB).
z.config(en());
