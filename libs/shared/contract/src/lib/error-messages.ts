import { z } from 'zod/mini';

// zod/mini ships without messages ("Invalid input"); English ones name what was expected
// ("Invalid option: expected one of …"), which is what a caller needs to fix a request.
z.config(z.locales.en());
