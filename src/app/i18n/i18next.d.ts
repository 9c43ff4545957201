// Typed translation keys: t('…') only accepts keys that exist in the Dutch source files.
import 'i18next';
import type auth from '../../../locales/nl/auth.json';
import type common from '../../../locales/nl/common.json';
import type errors from '../../../locales/nl/errors.json';
import type involved from '../../../locales/nl/involved.json';
import type roles from '../../../locales/nl/roles.json';

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'common';
    resources: {
      common: typeof common;
      auth: typeof auth;
      involved: typeof involved;
      // Keys built from the role catalogue (`role.${roleKey}.name`) must all exist here.
      roles: typeof roles;
      errors: typeof errors;
    };
  }
}
