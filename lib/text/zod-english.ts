import * as z from 'zod/mini';

/**
 * zod/mini ships no message locale, so its issues read "Invalid input". Schemas whose messages a
 * user reads (a story file, a backup, a search-API job) import this module once for zod's English
 * messages ("expected string, received number"). The popup's schemas do not, to keep its budget.
 */
z.config(z.locales.en());
