// Typed translation keys: t('…') only accepts keys that exist in the Dutch source files.
import 'i18next';
import type accesslog from '../../../locales/nl/accesslog.json';
import type auth from '../../../locales/nl/auth.json';
import type common from '../../../locales/nl/common.json';
import type decisions from '../../../locales/nl/decisions.json';
import type errors from '../../../locales/nl/errors.json';
import type events from '../../../locales/nl/events.json';
import type glossary from '../../../locales/nl/glossary.json';
import type glossarypage from '../../../locales/nl/glossarypage.json';
import type home from '../../../locales/nl/home.json';
import type invitation from '../../../locales/nl/invitation.json';
import type involved from '../../../locales/nl/involved.json';
import type measures from '../../../locales/nl/measures.json';
import type pro from '../../../locales/nl/pro.json';
import type procase from '../../../locales/nl/procase.json';
import type proinvolved from '../../../locales/nl/proinvolved.json';
import type promember from '../../../locales/nl/promember.json';
import type proteam from '../../../locales/nl/proteam.json';
import type proviewas from '../../../locales/nl/proviewas.json';
import type prodecision from '../../../locales/nl/prodecision.json';
import type proinbox from '../../../locales/nl/proinbox.json';
import type mystory from '../../../locales/nl/mystory.json';
import type voice from '../../../locales/nl/voice.json';
import type rights from '../../../locales/nl/rights.json';
import type rightspage from '../../../locales/nl/rightspage.json';
import type roles from '../../../locales/nl/roles.json';
import type install from '../../../locales/nl/install.json';
import type safety from '../../../locales/nl/safety.json';
import type sessions from '../../../locales/nl/sessions.json';
import type settings from '../../../locales/nl/settings.json';

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
      events: typeof events;
      rights: typeof rights;
      rightspage: typeof rightspage;
      glossary: typeof glossary;
      glossarypage: typeof glossarypage;
      // Keys built from the measure catalogue (`measure.${kind}.name`, `route.${route}.how`).
      measures: typeof measures;
      home: typeof home;
      decisions: typeof decisions;
      mystory: typeof mystory;
      voice: typeof voice;
      invitation: typeof invitation;
      sessions: typeof sessions;
      accesslog: typeof accesslog;
      safety: typeof safety;
      settings: typeof settings;
      install: typeof install;
      pro: typeof pro;
      procase: typeof procase;
      promember: typeof promember;
      proinvolved: typeof proinvolved;
      proteam: typeof proteam;
      proviewas: typeof proviewas;
      prodecision: typeof prodecision;
      proinbox: typeof proinbox;
    };
  }
}
