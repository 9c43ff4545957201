/**
 * The demo family of shared/domain.md (invented people, places and numbers). Every date is relative
 * to the day the demo is seeded, so the demo always shows a running OTS, an instruction whose 2-week
 * objection term is still open, and meetings ahead. Ids are fixed so tests can refer to them.
 */
import { addDays, addMonths } from '../../shared/catalog/dates';
import type { Decision, Involvement, Member, Perspective, Statement } from '../../shared/domain';
import type { DemoFamily, DemoUser } from './demo-family-types';

export const demoIds = {
  case: '9e21e000-0001-4000-8000-000000000001',
  users: {
    naima: '9e21e000-0002-4000-8000-000000000001',
    daan: '9e21e000-0002-4000-8000-000000000002',
    sam: '9e21e000-0002-4000-8000-000000000003',
    jeugdbeschermer: '9e21e000-0002-4000-8000-000000000004',
  },
  members: {
    naima: '9e21e000-0003-4000-8000-000000000001',
    daan: '9e21e000-0003-4000-8000-000000000002',
    sam: '9e21e000-0003-4000-8000-000000000003',
    lina: '9e21e000-0003-4000-8000-000000000004',
    oma: '9e21e000-0003-4000-8000-000000000005',
    jeugdbeschermer: '9e21e000-0003-4000-8000-000000000006',
  },
  involvements: {
    mentor: '9e21e000-0004-4000-8000-000000000001',
    internBegeleider: '9e21e000-0004-4000-8000-000000000002',
    huisarts: '9e21e000-0004-4000-8000-000000000003',
    wijkteam: '9e21e000-0004-4000-8000-000000000004',
    politie: '9e21e000-0004-4000-8000-000000000005',
    veiligThuis: '9e21e000-0004-4000-8000-000000000006',
    raad: '9e21e000-0004-4000-8000-000000000007',
    giFormer: '9e21e000-0004-4000-8000-000000000008',
    giNow: '9e21e000-0004-4000-8000-000000000009',
    kinderrechter: '9e21e000-0004-4000-8000-00000000000a',
    advocaatNaima: '9e21e000-0004-4000-8000-00000000000b',
    advocaatDaan: '9e21e000-0004-4000-8000-00000000000c',
    vertrouwenspersoon: '9e21e000-0004-4000-8000-00000000000d',
    jeugdhulp: '9e21e000-0004-4000-8000-00000000000e',
    /** Naima's own counsellor: contact details hidden from Daan. */
    maatschappelijkWerk: '9e21e000-0004-4000-8000-00000000000f',
  },
  decisions: {
    wijkteamHelp: '9e21e000-0005-4000-8000-000000000001',
    veiligThuisToRaad: '9e21e000-0005-4000-8000-000000000002',
    ots: '9e21e000-0005-4000-8000-000000000003',
    planVanAanpak: '9e21e000-0005-4000-8000-000000000004',
    aanwijzing: '9e21e000-0005-4000-8000-000000000005',
  },
  statements: {
    parentsAskedHelp: '9e21e000-0006-4000-8000-000000000001',
    stomachAches: '9e21e000-0006-4000-8000-000000000002',
    lateNoLunch: '9e21e000-0006-4000-8000-000000000003',
    handoverPolice: '9e21e000-0006-4000-8000-000000000004',
    motherCannotCope: '9e21e000-0006-4000-8000-000000000005',
    voluntaryNotEnough: '9e21e000-0006-4000-8000-000000000006',
    separatedBothCustody: '9e21e000-0006-4000-8000-000000000007',
    schoolAbsence: '9e21e000-0006-4000-8000-000000000008',
    loyaltyConflict: '9e21e000-0006-4000-8000-000000000009',
    parentsCannotAgree: '9e21e000-0006-4000-8000-00000000000a',
    bondWithMother: '9e21e000-0006-4000-8000-00000000000b',
    weeklyContactFather: '9e21e000-0006-4000-8000-00000000000c',
    tiredOnMonday: '9e21e000-0006-4000-8000-00000000000d',
    football: '9e21e000-0006-4000-8000-00000000000e',
    omaCalm: '9e21e000-0006-4000-8000-00000000000f',
    backAtSchool: '9e21e000-0006-4000-8000-000000000010',
    parentsTakePart: '9e21e000-0006-4000-8000-000000000011',
    newHandoverFight: '9e21e000-0006-4000-8000-000000000012',
    fridayStomachAche: '9e21e000-0006-4000-8000-000000000013',
    noMoreDoorstep: '9e21e000-0006-4000-8000-000000000014',
  },
  events: {
    hearing: '9e21e000-0007-4000-8000-000000000001',
    evaluation: '9e21e000-0007-4000-8000-000000000002',
    homeVisitNaima: '9e21e000-0007-4000-8000-000000000003',
    homeVisitDaan: '9e21e000-0007-4000-8000-000000000004',
  },
  perspectives: {
    naimaDisagrees: '9e21e000-0008-4000-8000-000000000001',
    naimaIncorrectCorrected: '9e21e000-0008-4000-8000-000000000002',
    daanOutdated: '9e21e000-0008-4000-8000-000000000003',
    samThreeHouses: '9e21e000-0008-4000-8000-000000000004',
    daanPartly: '9e21e000-0008-4000-8000-000000000005',
    daanPrivate: '9e21e000-0008-4000-8000-000000000006',
  },
  replies: {
    toNaimaDisagrees: '9e21e000-0009-4000-8000-000000000001',
    toNaimaCorrection: '9e21e000-0009-4000-8000-000000000002',
    naimaThanks: '9e21e000-0009-4000-8000-000000000003',
  },
} as const;

const m = demoIds.members;
const inv = demoIds.involvements;
const dec = demoIds.decisions;
const st = demoIds.statements;

/** An instant on a given day; times are UTC so the demo is the same on every machine. */
const at = (day: string, time = '09:00') => `${day}T${time}:00Z`;
/** The first day on or after `day` that falls on `weekday` (0 Sunday … 6 Saturday). */
const onOrAfter = (day: string, weekday: number) =>
  addDays(day, (weekday - new Date(`${day}T00:00:00Z`).getUTCDay() + 7) % 7);
/** The first working day (Monday–Friday) on or after `day`. */
const workingDay = (day: string) => {
  const weekday = new Date(`${day}T00:00:00Z`).getUTCDay();
  return weekday === 6 ? addDays(day, 2) : weekday === 0 ? addDays(day, 1) : day;
};
const nlDate = (day: string) =>
  new Intl.DateTimeFormat('nl-NL', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(new Date(`${day}T00:00:00Z`));

export function buildDemoFamily(today: string): DemoFamily {
  const caseId = demoIds.case;
  const months = (n: number) => addMonths(today, n);
  const days = (n: number) => addDays(today, n);

  // The story's timeline, in one place.
  const t = {
    samBorn: months(-(13 * 12 - 3)), // 12 today, 13 in three months
    linaBorn: months(-(7 * 12 + 4)),
    separation: months(-42),
    firstStomachAches: months(-40),
    lateNoLunch: months(-44),
    wijkteamStart: months(-30),
    policeCall: months(-19),
    veiligThuisStart: months(-18),
    absenceYear: months(-16),
    toRaad: months(-14),
    // A GI works with a family only once a judge ordered a (voorlopige) OTS (content-review L50).
    giFormerStart: months(-7),
    raadReport: months(-8),
    ots: months(-7),
    otsEnds: addMonths(months(-7), 12),
    giChange: months(-5),
    plan: months(-4),
    jeugdhulpStart: months(-4),
    mentorStart: months(-9),
    newHandoverFight: onOrAfter(days(-22), 0), // a Sunday handover, about 3 weeks ago
    aanwijzing: days(-5),
    heardOnAanwijzing: days(-9),
    homeVisitNaima: onOrAfter(days(6), 2), // a Tuesday next week
    homeVisitDaan: onOrAfter(days(6), 3), // a Wednesday afternoon, when the children are with Daan
    evaluation: workingDay(days(14)),
    hearing: workingDay(months(4)),
  };

  const members: Member[] = [
    {
      id: m.naima,
      caseId,
      displayName: 'Naima El Amrani',
      role: 'parent',
      hasCustody: true,
      youthAllowsParentView: false,
      relation: 'moeder',
      birthDate: null,
      address: 'Kastanjelaan 14, 1234 AB Rijnhove',
      phone: '06-0000 1401',
      email: 'naima.elamrani@example.nl',
    },
    {
      id: m.daan,
      caseId,
      displayName: 'Daan Visser',
      role: 'parent',
      hasCustody: true,
      youthAllowsParentView: false,
      relation: 'vader',
      birthDate: null,
      address: 'Molenweg 3b, 1235 CD Rijnhove',
      phone: '06-0000 2702',
      email: 'daan.visser@example.nl',
    },
    {
      id: m.sam,
      caseId,
      displayName: 'Sam',
      role: 'youth',
      hasCustody: null,
      youthAllowsParentView: false,
      relation: null,
      birthDate: t.samBorn,
      address: null,
      phone: '06-0000 3903',
      email: null,
    },
    {
      id: m.lina,
      caseId,
      displayName: 'Lina',
      role: 'youth',
      hasCustody: null,
      youthAllowsParentView: false,
      relation: null,
      birthDate: t.linaBorn,
      address: null,
      phone: null,
      email: null,
    },
    {
      id: m.oma,
      caseId,
      displayName: 'Oma Ria',
      role: 'network',
      hasCustody: null,
      youthAllowsParentView: false,
      relation: 'oma (moeder van Daan)',
      birthDate: null,
      address: 'Dorpsstraat 21, 1236 EF Rijnhove',
      phone: '06-0000 5105',
      email: null,
    },
    {
      id: m.jeugdbeschermer,
      caseId,
      displayName: 'Joyce Bakker',
      role: 'professional',
      hasCustody: null,
      youthAllowsParentView: false,
      relation: 'jeugdbeschermer',
      birthDate: null,
      address: null,
      phone: '030-000 4419',
      email: 'joyce.bakker@example.nl',
    },
  ];

  const users: DemoUser[] = [
    {
      id: demoIds.users.naima,
      username: 'naima',
      kind: 'family',
      displayName: 'Naima El Amrani',
      memberId: m.naima,
    },
    {
      id: demoIds.users.daan,
      username: 'daan',
      kind: 'family',
      displayName: 'Daan Visser',
      memberId: m.daan,
    },
    { id: demoIds.users.sam, username: 'sam', kind: 'family', displayName: 'Sam', memberId: m.sam },
    {
      id: demoIds.users.jeugdbeschermer,
      username: 'jeugdbeschermer',
      kind: 'professional',
      displayName: 'Joyce Bakker',
      memberId: m.jeugdbeschermer,
      organisation: 'Jeugdbescherming Rijnhove',
    },
  ];

  const involvement = (
    row: Omit<Involvement, 'caseId' | 'hiddenFrom' | 'contactHiddenFrom' | 'contactFor'> &
      Partial<Pick<Involvement, 'contactFor' | 'contactHiddenFrom'>>,
  ): Involvement => ({ caseId, contactFor: [], hiddenFrom: [], contactHiddenFrom: [], ...row });

  const involvements: Involvement[] = [
    involvement({
      id: inv.mentor,
      roleKey: 'school',
      organisation: 'Rijnhove College',
      personName: 'Tom Hendriks',
      function: 'Mentor van Sam (brugklas)',
      contact: {
        phone: '030-000 7120',
        email: 't.hendriks@example.nl',
        hours: 'Maandag tot en met vrijdag, 8.00 tot 16.30 uur',
      },
      since: t.mentorStart,
      until: null,
    }),
    involvement({
      id: inv.internBegeleider,
      roleKey: 'school',
      organisation: 'Basisschool De Linde',
      personName: 'Anouk Smit',
      function: 'Intern begeleider. Nu voor Lina (groep 4); kende Sam tot en met groep 8.',
      contact: { phone: '030-000 7340', email: 'ib@example.nl', hours: 'Dinsdag en donderdag' },
      since: months(-60),
      until: null,
    }),
    involvement({
      id: inv.huisarts,
      roleKey: 'huisarts',
      organisation: 'Huisartsenpraktijk Kastanjeplein',
      personName: 'Dokter Ruud Meijer',
      function: 'Huisarts van Naima, Sam en Lina',
      contact: {
        phone: '030-000 2210',
        email: null,
        hours: 'Bel op werkdagen tussen 8.00 en 10.00 uur voor een afspraak',
      },
      since: months(-120),
      until: null,
    }),
    involvement({
      id: inv.wijkteam,
      roleKey: 'wijkteam',
      organisation: 'Wijkteam Rijnhove-Oost',
      personName: 'Esra Yilmaz',
      function: 'Gezinscoach. Blijft het vaste gezicht van het wijkteam voor het gezin.',
      contact: {
        phone: '030-000 5560',
        email: 'e.yilmaz@example.nl',
        hours: 'Maandag, dinsdag en donderdag',
      },
      since: t.wijkteamStart,
      until: null,
    }),
    involvement({
      id: inv.politie,
      roleKey: 'politie',
      organisation: 'Politie, basisteam Rijnhove',
      personName: 'Wijkagent Bram de Jong',
      function: 'Kwam na de ruzie bij de overdracht en gaf de zorgen door aan Veilig Thuis',
      contact: { phone: null, email: null, hours: 'Bij gevaar: bel altijd 112' },
      since: t.policeCall,
      until: addDays(t.policeCall, 14),
    }),
    involvement({
      id: inv.veiligThuis,
      roleKey: 'veilig-thuis',
      organisation: 'Veilig Thuis regio Rijnhove',
      personName: 'Pieter van Dam',
      function: 'Onderzoeker. Deed onderzoek na de melding van de politie.',
      contact: { phone: '0800-2000', email: null, hours: 'Dag en nacht bereikbaar, gratis' },
      since: t.veiligThuisStart,
      until: t.toRaad,
    }),
    involvement({
      id: inv.raad,
      roleKey: 'raad',
      organisation: 'Raad voor de Kinderbescherming, vestiging Rijnhove',
      personName: 'Linda Verhoeven',
      function: 'Raadsonderzoeker. Deed het onderzoek en gaf de kinderrechter advies.',
      contact: { phone: '030-000 3380', email: 'l.verhoeven@example.nl', hours: 'Op werkdagen' },
      since: t.toRaad,
      until: t.ots,
    }),
    involvement({
      id: inv.giFormer,
      roleKey: 'gi',
      organisation: 'Jeugdbescherming Rijnhove',
      personName: 'Mirjam de Wit',
      function: 'Jeugdbeschermer. Werkt nu in een ander team; Joyce Bakker nam het over.',
      contact: {
        phone: '030-000 4400',
        email: 'info.jeugdbescherming@example.nl',
        hours: 'Algemeen nummer, op werkdagen',
      },
      contactFor: [m.naima, m.daan, m.sam],
      since: t.giFormerStart,
      until: t.giChange,
    }),
    involvement({
      id: inv.giNow,
      roleKey: 'gi',
      organisation: 'Jeugdbescherming Rijnhove',
      personName: 'Joyce Bakker',
      function: 'Jeugdbeschermer van Sam en Lina',
      contact: {
        phone: '030-000 4419',
        email: 'joyce.bakker@example.nl',
        hours:
          'Maandag tot en met donderdag, 9.00 tot 17.00 uur. Bij spoed buiten kantoortijd: 030-000 4400.',
      },
      contactFor: [m.naima, m.daan, m.sam],
      since: t.giChange,
      until: null,
    }),
    involvement({
      id: inv.kinderrechter,
      roleKey: 'kinderrechter',
      organisation: 'Rechtbank Rijnhove, team jeugd',
      personName: 'mr. H. de Boer',
      function: 'Kinderrechter',
      contact: { phone: '030-000 9100', email: null, hours: 'Griffie (administratie), op werkdagen' },
      since: t.raadReport,
      until: null,
    }),
    involvement({
      id: inv.advocaatNaima,
      roleKey: 'advocaat',
      organisation: 'Van Leeuwen Advocaten',
      personName: 'mr. Sara van Leeuwen',
      function: 'Advocaat jeugd- en familierecht, voor Naima',
      contact: {
        phone: '030-000 6610',
        email: 's.vanleeuwen@example.nl',
        hours: 'Op werkdagen, liefst per mail',
      },
      contactFor: [m.naima],
      since: t.raadReport,
      until: null,
    }),
    involvement({
      id: inv.advocaatDaan,
      roleKey: 'advocaat',
      organisation: 'Bos & Brug Advocaten',
      personName: 'mr. Jeroen Bos',
      function: 'Advocaat familierecht, voor Daan',
      contact: { phone: '030-000 6820', email: 'j.bos@example.nl', hours: 'Maandag tot en met vrijdag' },
      contactFor: [m.daan],
      since: t.raadReport,
      until: null,
    }),
    involvement({
      id: inv.vertrouwenspersoon,
      roleKey: 'vertrouwenspersoon',
      organisation: 'Jeugdstem',
      personName: 'Kim Vermeulen',
      function: 'Vertrouwenspersoon. Onafhankelijk en gratis, voor Sam, Naima en Daan.',
      contact: {
        phone: '088-555 1000',
        email: null,
        hours: 'Bel op werkdagen en vraag naar de vertrouwenspersoon',
      },
      since: months(-2),
      until: null,
    }),
    involvement({
      id: inv.jeugdhulp,
      roleKey: 'jeugdhulp',
      organisation: 'Jeugdhulp Rijnhove, ambulant team',
      personName: 'Marco Peters',
      function: 'Gezinsbegeleider. Komt om de week bij Naima thuis en bij Daan thuis.',
      contact: { phone: '030-000 8830', email: 'm.peters@example.nl', hours: 'Dinsdag tot en met vrijdag' },
      since: t.jeugdhulpStart,
      until: null,
    }),
    involvement({
      id: inv.maatschappelijkWerk,
      roleKey: 'other',
      organisation: 'Maatschappelijk werk Rijnhove',
      personName: 'Femke Mulder',
      function:
        'Eigen hulpverlener van Naima. Op haar verzoek zijn de contactgegevens niet zichtbaar voor Daan.',
      contact: { phone: '030-000 1150', email: 'f.mulder@example.nl', hours: 'Woensdag en vrijdag' },
      contactFor: [m.naima],
      contactHiddenFrom: [m.daan],
      since: months(-15),
      until: null,
    }),
  ];

  const decision = (row: Omit<Decision, 'caseId' | 'hiddenFrom'>): Decision => ({
    caseId,
    hiddenFrom: [],
    ...row,
  });

  const decisions: Decision[] = [
    decision({
      id: dec.wijkteamHelp,
      kind: 'other',
      title: 'Wijkteam start vrijwillige gezinsbegeleiding',
      summary:
        'Naima en Daan vroegen na de scheiding zelf hulp bij het wijkteam. Het wijkteam gaf het gezin een gezinscoach. Die hielp met afspraken over de kinderen. De hulp was vrijwillig.',
      decidedBy: inv.wijkteam,
      decidedOn: t.wijkteamStart,
      startsOn: t.wijkteamStart,
      endsOn: t.toRaad,
      reviewOn: null,
      legalBasis: null,
      meaning: {
        parent:
          'Dit was hulp die jullie zelf kozen. Niemand kon jullie dwingen. Jullie konden ook zelf stoppen of om andere hulp vragen.',
        youth:
          'Na de scheiding kwam Esra van het wijkteam helpen. Zij praatte met je moeder en je vader over hoe het thuis rustiger kon.',
      },
      nextSteps:
        'Deze hulp is gestopt toen Veilig Thuis de zorgen aan de Raad doorgaf. Esra is nog wel betrokken. Je kunt haar bellen met vragen.',
      status: 'ended',
      sharedWithNetwork: false,
    }),
    decision({
      id: dec.veiligThuisToRaad,
      kind: 'other',
      title: 'Veilig Thuis vraagt de Raad om onderzoek',
      summary:
        'Veilig Thuis deed onderzoek na een melding van de politie. Veilig Thuis vond dat vrijwillige hulp niet genoeg was. Daarom gaf Veilig Thuis de zorgen door aan de Raad voor de Kinderbescherming.',
      decidedBy: inv.veiligThuis,
      decidedOn: t.toRaad,
      startsOn: t.toRaad,
      endsOn: null,
      reviewOn: null,
      legalBasis: null,
      meaning: {
        parent:
          'Veilig Thuis besliste niets over het gezag of over waar de kinderen wonen. Het vroeg de Raad om te onderzoeken of Sam en Lina bescherming nodig hebben. Veilig Thuis moet je vertellen bij wie het informatie heeft opgevraagd.',
        youth:
          'Veilig Thuis maakte zich zorgen over jou en Lina. Daarom vroegen ze de Raad voor de Kinderbescherming om goed te kijken hoe het met jullie gaat.',
      },
      nextSteps:
        'Dit is afgerond. De Raad heeft onderzoek gedaan en de kinderrechter advies gegeven. Ben je niet tevreden over hoe Veilig Thuis werkte? Dan kun je een klacht indienen bij Veilig Thuis. De vertrouwenspersoon kan je helpen.',
      status: 'ended',
      sharedWithNetwork: false,
    }),
    decision({
      id: dec.ots,
      kind: 'ots',
      title: 'Ondertoezichtstelling (OTS) van Sam en Lina, 12 maanden',
      summary:
        'De kinderrechter heeft Sam en Lina onder toezicht gesteld voor 12 maanden. Naima en Daan houden allebei het gezag. Een jeugdbeschermer van Jeugdbescherming Rijnhove helpt het gezin en let op hoe het met de kinderen gaat. De rechter vond dat de ruzies tussen de ouders de kinderen te veel raken, en dat vrijwillige hulp niet genoeg hielp.',
      decidedBy: inv.kinderrechter,
      decidedOn: t.ots,
      startsOn: t.ots,
      endsOn: t.otsEnds,
      reviewOn: t.hearing,
      legalBasis: 'BW 1:255',
      toEnd: [
        {
          concern: 'Sam en Lina zien en horen veel ruzie tussen hun ouders, vooral bij het wisselen.',
          goal: 'Sam en Lina zien geen ruzie meer bij het wisselen. Naima en Daan wisselen zonder elkaar te treffen, of rustig.',
        },
        {
          concern: 'Sam mist veel schooldagen en heeft vaak buikpijn.',
          goal: 'Sam gaat elke schooldag naar school. School en Naima bellen elkaar als hij er niet is.',
        },
        {
          concern: 'Naima en Daan kunnen samen geen afspraken maken over de kinderen.',
          goal: 'Naima en Daan maken samen afspraken over school, zorg en vakanties, met hulp van een gezinsbegeleider.',
        },
      ],
      meaning: {
        parent:
          'Jullie blijven allebei ouder met gezag. Sam en Lina blijven bij Naima wonen en gaan naar Daan zoals afgesproken. De jeugdbeschermer beslist mee over de hulp. Zij kan een schriftelijke aanwijzing geven: een opdracht die jullie moeten opvolgen. Vinden jullie dat de OTS niet meer nodig is? Dan kun je de kinderrechter vragen om de OTS eerder te stoppen.',
        youth:
          'De rechter heeft besloten dat er een tijdje iemand extra op jou en Lina let. Dat is je jeugdbeschermer. Je blijft gewoon bij je moeder wonen en je gaat naar je vader zoals altijd. Je jeugdbeschermer praat met jou, je ouders en school. Zo kijkt ze of het beter gaat. Jij mag haar altijd vertellen wat jij ervan vindt.',
      },
      nextSteps: `De OTS loopt tot ${nlDate(t.otsEnds)}. Voor die tijd beslist de jeugdbeschermer of zij de rechter vraagt om de OTS te verlengen. Dat bespreekt zij eerst met Naima, Daan en Sam. De zitting bij de kinderrechter is op ${nlDate(t.hearing)}. Sam is dan 13 en krijgt een uitnodiging om met de rechter te praten.`,
      status: 'in-effect',
      sharedWithNetwork: false,
    }),
    decision({
      id: dec.planVanAanpak,
      kind: 'plan-van-aanpak',
      title: 'Plan van aanpak: rust bij het wisselen en elke dag naar school',
      summary:
        'In dit plan staan de doelen van de OTS en wie wat doet. Naima en Daan kregen eerst de kans om zelf met familie een plan te maken (een familiegroepsplan). Zij kozen ervoor om het plan samen met Joyce te maken. Naima, Daan en Sam hebben meegepraat. Oma Ria en de school dachten mee. De doelen: 1. Sam en Lina zien geen ruzie meer tussen hun ouders. 2. Sam gaat elke schooldag naar school. 3. Naima en Daan maken samen afspraken over de kinderen, met hulp van een gezinsbegeleider.',
      decidedBy: inv.giNow,
      decidedOn: t.plan,
      startsOn: t.plan,
      endsOn: null,
      reviewOn: t.evaluation,
      legalBasis: 'JW 4.1.3',
      meaning: {
        parent:
          'Dit plan is de basis voor het werk van de jeugdbeschermer. Jullie hebben meegepraat over de doelen. Loopt iets anders dan afgesproken? Zeg het tegen Joyce. Komen jullie er samen niet uit, dan kun je de kinderrechter vragen om te beslissen (daarvoor heb je een advocaat nodig).',
        youth:
          'In het plan staat wat iedereen gaat doen, zodat het rustiger wordt. Jij hebt ook gezegd wat jij belangrijk vindt: blijven voetballen, en geen ruzie meer bij het wisselen.',
      },
      nextSteps: `Op ${nlDate(t.evaluation)} kijken we samen hoe het gaat. Daarna passen we het plan aan als dat nodig is.`,
      status: 'in-effect',
      sharedWithNetwork: true,
    }),
    decision({
      id: dec.aanwijzing,
      kind: 'schriftelijke-aanwijzing',
      title: 'Schriftelijke aanwijzing: wisselen via school of bij oma Ria',
      summary:
        'De jeugdbeschermer geeft Naima en Daan een opdracht. Sam en Lina wisselen niet meer aan de voordeur. Op vrijdag haalt Daan de kinderen op van school. Op zondag om 18.00 uur brengt Daan ze naar oma Ria. Daar haalt Naima ze op. Naima en Daan zijn niet tegelijk bij het wisselen.' +
        ` Voordat Joyce deze aanwijzing gaf, heeft zij op ${nlDate(t.heardOnAanwijzing)} apart met Naima, met Daan en met Sam gepraat. Ze hebben alle drie gezegd wat zij ervan vonden.` +
        ' Er is geen regeling van een rechter over het wisselen: Naima en Daan waren niet getrouwd en hadden het zelf afgesproken. Had een rechter het wel geregeld, dan had alleen de kinderrechter dit kunnen veranderen.' +
        ' Joyce heeft oma Ria zelf uitgelegd wat haar rol is bij het wisselen.',
      decidedBy: inv.giNow,
      decidedOn: t.aanwijzing,
      startsOn: t.aanwijzing,
      endsOn: null,
      reviewOn: t.evaluation,
      legalBasis: 'BW 1:263',
      meaning: {
        parent:
          'Een schriftelijke aanwijzing is een opdracht die je moet opvolgen. Ben je het er niet mee eens? Vraag de kinderrechter om de aanwijzing te laten vervallen. Dat moet binnen 2 weken, te tellen vanaf de dag na het versturen, en kan zonder advocaat. Je kunt Joyce ook vragen om de aanwijzing in te trekken, maar wacht niet op haar antwoord: de 2 weken lopen door. Tot de rechter beslist, geldt de aanwijzing wel.',
        youth:
          'Je jeugdbeschermer heeft een regel gemaakt voor het wisselen tussen je moeder en je vader. Dat gaat nu via school of bij oma Ria. Zo hoef jij geen ruzie meer te zien. Ben jij het er niet mee eens? Omdat je 12 bent, mag je de rechter zelf vragen om deze regel te laten vervallen. Dat moet binnen 2 weken. De vertrouwenspersoon kan je daarbij helpen.',
      },
      nextSteps:
        'De nieuwe regeling geldt vanaf het eerstvolgende weekend. Joyce belt na dat weekend met Naima en met Daan. Bij de evaluatie bespreken we samen hoe het gaat.',
      status: 'in-effect',
      sharedWithNetwork: false,
    }),
  ];

  const statement = (
    row: Omit<Statement, 'caseId' | 'hiddenFrom' | 'history' | 'status'> &
      Partial<Pick<Statement, 'history' | 'status'>>,
  ): Statement => ({ caseId, status: 'current', history: [], hiddenFrom: [], ...row });

  const correctedAt = at(addDays(t.giChange, 21), '14:00');
  const statements: Statement[] = [
    // Voluntary help by the wijkteam
    statement({
      id: st.parentsAskedHelp,
      decisionId: dec.wijkteamHelp,
      kind: 'strength',
      text: 'Naima en Daan kwamen na de scheiding allebei zelf naar het wijkteam. Ze wilden hulp om de kinderen buiten hun ruzies te houden.',
      source: 'Wijkteam (gezinscoach)',
      observedOn: t.wijkteamStart,
      lastCheckedOn: t.wijkteamStart,
    }),
    statement({
      id: st.stomachAches,
      decisionId: dec.wijkteamHelp,
      kind: 'worry',
      text: 'Sam had vaak buikpijn en sliep slecht. De huisarts vond geen lichamelijke oorzaak en dacht dat de spanning thuis meespeelde.',
      source: 'Huisarts',
      observedOn: t.firstStomachAches,
      lastCheckedOn: t.firstStomachAches,
    }),
    // Veilig Thuis passes the worries to the Raad
    statement({
      id: st.lateNoLunch,
      decisionId: dec.veiligThuisToRaad,
      kind: 'observation',
      text: 'Sam kwam in groep 6 vaak te laat op school en had soms geen eten bij zich.',
      source: 'Basisschool (intern begeleider)',
      observedOn: t.lateNoLunch,
      lastCheckedOn: t.absenceYear,
    }),
    statement({
      id: st.handoverPolice,
      decisionId: dec.veiligThuisToRaad,
      kind: 'fact',
      text: `Op ${nlDate(t.policeCall)} was er bij de overdracht een harde ruzie tussen Naima en Daan aan de voordeur. Sam en Lina stonden erbij. Een buurman belde de politie. Niemand raakte gewond.`,
      source: 'Politie (melding aan Veilig Thuis)',
      observedOn: t.policeCall,
      lastCheckedOn: t.veiligThuisStart,
    }),
    statement({
      id: st.motherCannotCope,
      decisionId: dec.veiligThuisToRaad,
      kind: 'opinion',
      text: 'Veilig Thuis vond dat Naima de zorg voor twee kinderen in haar eentje op dat moment niet altijd aankon.',
      source: 'Veilig Thuis',
      observedOn: t.absenceYear,
      lastCheckedOn: t.raadReport,
      status: 'disputed',
    }),
    statement({
      id: st.voluntaryNotEnough,
      decisionId: dec.veiligThuisToRaad,
      kind: 'opinion',
      text: 'Veilig Thuis vond vrijwillige hulp niet genoeg, omdat Naima en Daan het steeds niet eens werden over welke hulp er moest komen.',
      source: 'Veilig Thuis',
      observedOn: t.toRaad,
      lastCheckedOn: t.toRaad,
    }),
    // The OTS
    statement({
      id: st.separatedBothCustody,
      decisionId: dec.ots,
      kind: 'fact',
      text: 'Naima en Daan zijn uit elkaar. Ze hebben allebei het gezag over Sam en Lina. De kinderen wonen bij Naima.',
      source: 'Raad voor de Kinderbescherming',
      observedOn: t.separation,
      lastCheckedOn: months(-1),
    }),
    statement({
      id: st.schoolAbsence,
      decisionId: dec.ots,
      kind: 'fact',
      text: 'Sam was in groep 8 in één schooljaar 41 dagen afwezig. Op 19 dagen had de school geen bericht. De andere 22 dagen was hij ziek gemeld.',
      source: 'Basisschool (intern begeleider)',
      observedOn: t.absenceYear,
      lastCheckedOn: addDays(t.giChange, 21),
      status: 'corrected',
      history: [
        {
          text: 'Sam was in groep 8 in één schooljaar 41 dagen zonder geldige reden afwezig.',
          replacedAt: correctedAt,
        },
      ],
    }),
    statement({
      id: st.loyaltyConflict,
      decisionId: dec.ots,
      kind: 'worry',
      text: 'Sam zit klem tussen zijn ouders. Hij vertelt elke ouder wat die graag wil horen. Hij durft niet te zeggen wat hij zelf wil.',
      source: 'Raad voor de Kinderbescherming',
      observedOn: t.raadReport,
      lastCheckedOn: t.raadReport,
    }),
    statement({
      id: st.parentsCannotAgree,
      decisionId: dec.ots,
      kind: 'opinion',
      text: 'De Raad vindt dat het Naima en Daan samen nog niet lukt om afspraken over de kinderen te maken en na te komen. Beide ouders willen het beste voor de kinderen. Zonder iemand die meekijkt, blijven de kinderen in het midden staan.',
      source: 'Raad voor de Kinderbescherming',
      observedOn: t.raadReport,
      lastCheckedOn: t.raadReport,
    }),
    statement({
      id: st.bondWithMother,
      decisionId: dec.ots,
      kind: 'strength',
      text: 'Naima heeft een warme band met Sam en Lina. De kinderen gaan naar haar toe als ze verdrietig zijn.',
      source: 'Raad voor de Kinderbescherming',
      observedOn: t.raadReport,
      lastCheckedOn: months(-1),
    }),
    statement({
      id: st.weeklyContactFather,
      decisionId: dec.ots,
      kind: 'strength',
      text: 'Daan ziet de kinderen elke woensdagmiddag en om het weekend. Dat gaat bijna altijd door. Sam en Lina kijken ernaar uit.',
      source: 'Daan (vader), bevestigd door de jeugdbeschermer',
      observedOn: t.giChange,
      lastCheckedOn: months(-1),
    }),
    statement({
      id: st.tiredOnMonday,
      decisionId: dec.ots,
      kind: 'observation',
      text: 'Sam is op maandag vaak stil en moe in de klas, na een weekend bij zijn vader. Later in de week gaat het beter.',
      source: 'School (mentor)',
      observedOn: months(-6),
      lastCheckedOn: months(-6),
    }),
    // The plan van aanpak (shared with oma Ria)
    statement({
      id: st.football,
      decisionId: dec.planVanAanpak,
      kind: 'strength',
      text: 'Sam voetbalt twee keer per week bij zijn club en mist bijna nooit een training. Zijn trainer ziet een vrolijke jongen die goed samenwerkt.',
      source: 'Daan (vader) en de voetbaltrainer',
      observedOn: t.plan,
      lastCheckedOn: months(-1),
    }),
    statement({
      id: st.omaCalm,
      decisionId: dec.planVanAanpak,
      kind: 'strength',
      text: 'Oma Ria is voor allebei de ouders een rustig punt. De kinderen logeren graag bij haar.',
      source: 'Wijkteam (gezinscoach)',
      observedOn: t.plan,
      lastCheckedOn: t.plan,
    }),
    statement({
      id: st.backAtSchool,
      decisionId: dec.planVanAanpak,
      kind: 'fact',
      text: 'Sam gaat nu elke schooldag naar school. Dit schooljaar miste hij 2 dagen, allebei ziek gemeld.',
      source: 'School (mentor)',
      observedOn: months(-1),
      lastCheckedOn: days(-10),
    }),
    statement({
      id: st.parentsTakePart,
      decisionId: dec.planVanAanpak,
      kind: 'observation',
      text: 'Naima en Daan zijn allebei op tijd bij de gesprekken met de gezinsbegeleider. Ze doen actief mee en houden zich aan de huiswerkopdrachten.',
      source: 'Jeugdhulp (gezinsbegeleider)',
      observedOn: months(-2),
      lastCheckedOn: days(-12),
    }),
    // The schriftelijke aanwijzing
    statement({
      id: st.newHandoverFight,
      decisionId: dec.aanwijzing,
      kind: 'fact',
      text: `Op zondag ${nlDate(t.newHandoverFight)} was er bij het wisselen opnieuw een harde ruzie aan de deur bij Naima. Lina moest huilen. Naima en Daan vertelden dit allebei.`,
      source: 'Naima (moeder) en Daan (vader)',
      observedOn: t.newHandoverFight,
      lastCheckedOn: addDays(t.newHandoverFight, 2),
    }),
    statement({
      id: st.fridayStomachAche,
      decisionId: dec.aanwijzing,
      kind: 'worry',
      text: 'Sam zegt dat hij op vrijdag al buikpijn krijgt als hij aan het wisselen denkt.',
      source: 'Sam, in een gesprek met de jeugdbeschermer (hij vond het goed dat dit erin staat)',
      observedOn: days(-12),
      lastCheckedOn: days(-12),
    }),
    statement({
      id: st.noMoreDoorstep,
      decisionId: dec.aanwijzing,
      kind: 'opinion',
      text: 'De jeugdbeschermer vindt dat Sam en Lina de ruzies bij het wisselen niet meer mogen meemaken. Afspraken hierover zijn twee keer niet gelukt. Daarom is nu een aanwijzing nodig.',
      source: 'Jeugdbeschermer (Jeugdbescherming Rijnhove)',
      observedOn: t.aanwijzing,
      lastCheckedOn: t.aanwijzing,
    }),
  ];

  const perspective = (
    row: Omit<
      Perspective,
      'caseId' | 'houses' | 'correctionStatus' | 'correctionReason' | 'withdrawn' | 'updatedAt'
    > &
      Partial<Pick<Perspective, 'houses' | 'correctionStatus' | 'correctionReason' | 'updatedAt'>>,
  ): Perspective => ({
    caseId,
    houses: null,
    correctionStatus: null,
    correctionReason: null,
    withdrawn: false,
    updatedAt: row.createdAt,
    ...row,
  });

  const p = demoIds.perspectives;
  const naimaCorrectionAt = at(addDays(t.giChange, 10), '19:40');
  const perspectives: Perspective[] = [
    perspective({
      id: p.naimaDisagrees,
      authorMemberId: m.naima,
      subject: { type: 'statement', id: st.motherCannotCope },
      stance: 'disagree',
      text: 'Ik ben het hier niet mee eens. In die tijd was ik ziek en stond ik er alleen voor. Ik heb zelf hulp gezocht bij de huisarts en maatschappelijk werk. Nu werk ik weer 24 uur per week en zijn de kinderen elke dag op tijd op school. Ik wil dat dit erbij staat.',
      audience: 'everyone',
      readBy: [m.jeugdbeschermer, m.daan],
      createdAt: at(days(-20), '20:15'),
    }),
    perspective({
      id: p.naimaIncorrectCorrected,
      authorMemberId: m.naima,
      subject: { type: 'statement', id: st.schoolAbsence },
      stance: 'incorrect',
      text: 'Dit klopt niet. Sam was niet 41 dagen zonder reden weg. Hij was vaak ziek en dat heb ik elke keer bij school gemeld. Vraag het alstublieft na bij de school.',
      audience: 'everyone',
      correctionStatus: 'corrected',
      correctionReason:
        'De school heeft de lijst nagekeken: 22 dagen was Sam ziek gemeld, 19 dagen had de school geen bericht. De tekst is aangepast; de oude tekst blijft zichtbaar als vervangen.',
      readBy: [m.jeugdbeschermer, m.daan],
      createdAt: naimaCorrectionAt,
      updatedAt: correctedAt,
    }),
    perspective({
      id: p.daanOutdated,
      authorMemberId: m.daan,
      subject: { type: 'statement', id: st.stomachAches },
      stance: 'outdated',
      text: 'Dit is oud. Sam had die buikpijn toen hij 9 was, vlak na de scheiding. Daarna is hij er bij de huisarts niet meer voor geweest. Kunt u erbij zetten dat dit niet meer speelt?',
      audience: 'professionals',
      correctionStatus: 'open',
      readBy: [],
      createdAt: at(days(-3), '21:05'),
    }),
    perspective({
      id: p.samThreeHouses,
      authorMemberId: m.sam,
      subject: { type: 'case', id: caseId },
      stance: 'three-houses',
      text: 'Mijn drie huizen, voor het gesprek met Joyce.',
      houses: {
        worries:
          'Dat papa en mama weer ruzie maken bij de deur. Dat Lina dan moet huilen. Dat ik naar een andere school moet als ik te veel mis.',
        goodThings:
          'Voetbal op zaterdag met mijn team. Gamen met papa op woensdag. Mama maakt de lekkerste harira. Oma Ria. Mijn mentor is aardig.',
        dreams:
          'Dat papa en mama gewoon normaal tegen elkaar doen, ook op mijn verjaardag. Later profvoetballer worden, of iets met computers. Een hond.',
      },
      audience: 'professionals',
      readBy: [m.jeugdbeschermer],
      createdAt: at(days(-10), '16:30'),
    }),
    perspective({
      id: p.daanPartly,
      authorMemberId: m.daan,
      subject: { type: 'decision', id: dec.aanwijzing },
      stance: 'partly',
      text: 'Ik snap dat de kinderen geen ruzie moeten zien. Dat wil ik ook niet. Maar op vrijdag kan ik ze niet om 12.15 uur van school halen: ik werk tot 14.00 uur. Kan oma Ria ze op vrijdag ophalen?',
      audience: 'everyone',
      readBy: [m.jeugdbeschermer],
      createdAt: at(days(-4), '07:50'),
    }),
    perspective({
      id: p.daanPrivate,
      authorMemberId: m.daan,
      subject: { type: 'decision', id: dec.aanwijzing },
      stance: 'story',
      text: 'Voor mezelf: mr. Bos bellen. Vragen of ik de rechter moet vragen de aanwijzing te laten vervallen. Niet wachten op Joyce: het moet binnen 2 weken.',
      audience: 'private',
      readBy: [],
      createdAt: at(days(-4), '08:10'),
    }),
  ];

  const r = demoIds.replies;
  const replies: DemoFamily['replies'] = [
    {
      id: r.toNaimaCorrection,
      caseId,
      perspectiveId: p.naimaIncorrectCorrected,
      authorMemberId: m.jeugdbeschermer,
      text: 'Je had gelijk, Naima. De school heeft het nagekeken en ik heb de tekst aangepast. Dank je dat je het meldde.',
      createdAt: correctedAt,
    },
    {
      id: r.toNaimaDisagrees,
      caseId,
      perspectiveId: p.naimaDisagrees,
      authorMemberId: m.jeugdbeschermer,
      text: 'Dank je, Naima. Ik heb je reactie gelezen en aan het dossier toegevoegd. Dit is een mening van Veilig Thuis van toen. Die kan ik niet veranderen, maar jouw kant staat er nu naast. Ik zie zelf ook dat de ochtenden en school nu goed gaan. Dat schrijf ik in de evaluatie en in mijn brief aan de rechter.',
      createdAt: at(days(-18), '10:20'),
    },
    {
      id: r.naimaThanks,
      caseId,
      perspectiveId: p.naimaDisagrees,
      authorMemberId: m.naima,
      text: 'Dank je. Fijn dat het erbij staat.',
      createdAt: at(days(-18), '12:02'),
    },
  ];

  const e = demoIds.events;
  const events: DemoFamily['events'] = [
    {
      id: e.homeVisitNaima,
      caseId,
      kind: 'home-visit',
      title: 'Huisbezoek van Joyce bij Naima',
      startsAt: at(t.homeVisitNaima, '14:00'),
      endsAt: at(t.homeVisitNaima, '15:00'),
      place: 'Bij Naima thuis',
      withInvolvements: [inv.giNow],
      invitedMembers: [m.naima, m.sam, m.lina],
      prepareNote:
        'Joyce wil horen hoe het eerste weekend met de nieuwe regeling ging. Ze praat ook even alleen met Sam en met Lina. Sam, je mag je drie huizen erbij pakken.',
      hiddenFrom: [],
    },
    {
      id: e.homeVisitDaan,
      caseId,
      kind: 'home-visit',
      title: 'Huisbezoek van Joyce bij Daan',
      startsAt: at(t.homeVisitDaan, '13:30'),
      endsAt: at(t.homeVisitDaan, '14:30'),
      place: 'Bij Daan thuis',
      withInvolvements: [inv.giNow],
      invitedMembers: [m.daan, m.sam, m.lina],
      prepareNote:
        'Joyce komt op woensdagmiddag, als Sam en Lina bij Daan zijn. Daan, denk vast na over een oplossing voor het ophalen op vrijdag. Dan bespreken we die.',
      hiddenFrom: [],
    },
    {
      id: e.evaluation,
      caseId,
      kind: 'meeting',
      title: 'Evaluatie van het plan van aanpak',
      startsAt: at(t.evaluation, '12:00'),
      endsAt: at(t.evaluation, '13:30'),
      place: 'Wijkteam Rijnhove-Oost, Lindeplein 2, Rijnhove (of via beeldbellen)',
      withInvolvements: [inv.giNow, inv.wijkteam, inv.jeugdhulp, inv.mentor],
      invitedMembers: [m.naima, m.daan, m.sam, m.oma],
      prepareNote:
        'We kijken samen naar de drie doelen van het plan. Denk vooraf na: wat gaat beter? Wat is nog moeilijk? Wat heb je nodig? Sam, je mag het eerste half uur erbij zijn, of je vertelt het vooraf aan Joyce. Naima en Daan: zit je liever niet samen in één ruimte? Zeg het tegen Joyce, dan praten we eerst apart.',
      hiddenFrom: [],
    },
    {
      id: e.hearing,
      caseId,
      kind: 'hearing',
      title: 'Zitting bij de kinderrechter over de OTS (verlengen of stoppen)',
      startsAt: at(t.hearing, '08:30'),
      endsAt: at(t.hearing, '09:30'),
      place: 'Rechtbank Rijnhove, Gerechtsplein 1, Rijnhove',
      withInvolvements: [inv.kinderrechter, inv.giNow, inv.advocaatNaima, inv.advocaatDaan],
      invitedMembers: [m.naima, m.daan, m.sam],
      prepareNote:
        'Voor de zitting stuurt de jeugdbeschermer haar verzoek en rapport naar de rechter. Jullie krijgen dat ook. Lees het goed en schrijf op wat je wilt zeggen. Klopt er iets niet? Zeg het op tijd, ook hier in Gezien. Sam: je bent dan 13 en krijgt een brief van de rechter. Je mag vooraf met de rechter praten, ongeveer 10 minuten, zonder je ouders. Je mag ook een brief of tekening sturen. Het hoeft niet.',
      hiddenFrom: [],
    },
  ];

  return {
    case: { id: caseId, title: 'Sam en Lina', createdAt: at(t.giFormerStart, '10:00') },
    users,
    members,
    involvements,
    decisions,
    statements,
    events,
    perspectives,
    replies,
  };
}
