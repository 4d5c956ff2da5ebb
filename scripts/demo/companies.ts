import type { Theme } from '../../src/model/index.ts';
import type { Rng } from './random.ts';
import type { Company, Region, SizeClass } from './world.ts';

/** All company and research-organisation names are invented. */

const STEMS = [
  'Data Sens Mobi Aqua Eco Zorg Infra Geo Clear Blue Green Vox Lumi Nova Terra Vita Cura',
  'Opti Civi Urba Argo Kwant Helix Stroom Vlot Kern Brug Delta Schelde Leie Dijle Kempen',
  'Polder Duin Vonk Raster Spoor Baken Kompas Atlas Orbit Pixel Quanta Sigma Vector Nimbus',
  'Ardu Lexi Medi Syn Tera Octo Kairo Velo',
].flatMap((line) => line.split(' '));
const TAILS = [
  'ware lab tech sys flow wise mind grid loop point scope sense works logic net bit dock',
  'hub cast vision metrics ly',
].flatMap((line) => line.split(' '));
const FLEMISH_SURNAMES = [
  'Peeters, Janssens, Maes, Jacobs, Mertens, Willems, Claes, Goossens, Wouters, De Smet',
  'Van den Broeck, Vermeulen, De Backer, Verstraete, Desmet, Coppens, Hermans, Segers',
  'Vandamme, Declercq, Van Acker, Verhaeghe, Lemmens, Aerts',
].flatMap((line) => line.split(', '));
const WALLOON_SURNAMES = 'Dubois Lambert Dupont Renard Leclercq Simon Laurent'.split(' ');
const FLEMISH_TRADES =
  'Bouwbedrijf Aannemingen Technieken Engineering Installaties Groep Studiebureau'.split(' ');
const DOMAIN_WORDS: Readonly<Record<Theme, readonly string[]>> = {
  digitalisation: ['Digital', 'Software', 'Analytics', 'AI', 'IT Solutions', 'Cloud'],
  mobility: ['Mobility', 'Traffic', 'Transport Systems', 'Parking'],
  care: ['Health', 'Care Solutions', 'Medical', 'Zorgtechnologie'],
  energy_transition: ['Energy', 'Solar', 'Renewables', 'Energietechniek'],
  circular_economy: ['Recycling', 'Circular', 'Materials', 'Waste Solutions'],
  water: ['Water', 'Hydro', 'Watertechniek'],
  infrastructure: ['Infra', 'Construct', 'Civil Engineering'],
  education: ['Learning', 'EdTech', 'Academy'],
  environment: ['Environmental', 'Monitoring', 'Groen'],
  other: ['Safety', 'Security', 'Services'],
};

const ABROAD: readonly { country: string; forms: readonly string[]; weight: number }[] = [
  { country: 'NL', forms: ['B.V.'], weight: 30 },
  { country: 'DE', forms: ['GmbH', 'AG'], weight: 14 },
  { country: 'FR', forms: ['SAS', 'SA'], weight: 12 },
  { country: 'GB', forms: ['Ltd'], weight: 8 },
  { country: 'ES', forms: ['S.L.'], weight: 7 },
  { country: 'IT', forms: ['S.r.l.'], weight: 4 },
  { country: 'DK', forms: ['ApS', 'A/S'], weight: 5 },
  { country: 'FI', forms: ['Oy'], weight: 5 },
  { country: 'SE', forms: ['AB'], weight: 4 },
  { country: 'EE', forms: ['OÜ'], weight: 4 },
  { country: 'IE', forms: ['Ltd'], weight: 3 },
  { country: 'AT', forms: ['GmbH'], weight: 2 },
  { country: 'LU', forms: ['S.à r.l.'], weight: 2 },
];

const THEME_WEIGHTS: Readonly<Record<Theme, number>> = {
  digitalisation: 40,
  mobility: 10,
  care: 11,
  energy_transition: 9,
  circular_economy: 7,
  water: 6,
  infrastructure: 6,
  education: 4,
  environment: 5,
  other: 2,
};

/** Research organisations (invented): universities' labs, imec-like institutes, collective centres. */
const RESEARCH: readonly string[] = [
  'Interuniversitair Instituut voor Digitale Systemen|flanders|BE|large|1984',
  'Kenniscentrum Slimme Steden (universitaire onderzoeksgroep)|flanders|BE|large|2009',
  'Onderzoeksgroep Zorgtechnologie en Welzijn|flanders|BE|large|2004',
  'Instituut voor Energie en Gebouwen|flanders|BE|medium|1991',
  'Kenniscentrum Circulaire Materialen|flanders|BE|medium|2012',
  'Labo Toegepaste Artificiële Intelligentie|flanders|BE|medium|2015',
  'Collectief Onderzoekscentrum voor de Bouw|flanders|BE|large|1960',
  'Onderzoeksgroep Mobiliteit en Logistiek|flanders|BE|medium|1998',
  'Expertisecentrum Water en Klimaat|flanders|BE|medium|2007',
  'Centrum voor Sensortechnologie en IoT|flanders|BE|medium|2011',
  'Brussels Institute for Urban Data|brussels|BE|medium|2013',
  'Centre wallon de recherche en numérique|wallonia|BE|medium|1999',
  'Institut de recherche en énergie et matériaux|wallonia|BE|medium|1989',
  'Instituut voor Toegepast Technologisch Onderzoek|abroad|NL|large|1932',
  'Institut für Angewandte Systemtechnik|abroad|DE|large|1975',
  'Applied Research Centre for Digital Health|abroad|FI|medium|2006',
];

function legalForm(rng: Rng, region: Region, size: SizeClass, founded: number): string {
  const big = size === 'medium' || size === 'large';
  if (region === 'flanders' || (region === 'brussels' && rng.chance(0.5))) {
    // The Belgian BVBA became the BV with the Companies Code of 2019.
    return big && rng.chance(0.7) ? 'NV' : founded < 2019 && rng.chance(0.15) ? 'BVBA' : 'BV';
  }
  return big && rng.chance(0.6) ? 'SA' : 'SRL';
}

export function buildCompanyPool(rng: Rng, n: number): Company[] {
  const names = new Set<string>();
  const out: Company[] = [];
  const unique = (make: () => string): string => {
    for (let i = 0; i < 50; i++) {
      const name = make();
      if (!names.has(name)) {
        names.add(name);
        return name;
      }
    }
    throw new Error('Could not find a unique company name');
  };

  for (const spec of RESEARCH) {
    const [name = '', region = '', country = '', size = '', founded = ''] = spec.split('|');
    const r = {
      name,
      region: region as Region,
      country,
      size: size as SizeClass,
      founded: Number(founded),
    };
    names.add(r.name);
    const themes = rng.sampleWeighted(
      Object.keys(THEME_WEIGHTS) as Theme[],
      3,
      (t) => THEME_WEIGHTS[t],
    );
    out.push({ ...r, research: true, themes });
  }

  while (out.length < n) {
    const region = rng.choose<Region>({ flanders: 66, brussels: 11, wallonia: 8, abroad: 15 });
    const size =
      region === 'abroad'
        ? rng.choose<SizeClass>({ micro: 8, small: 27, medium: 35, large: 30 })
        : rng.choose<SizeClass>({ micro: 32, small: 31, medium: 21, large: 16 });
    const young = (size === 'micro' || size === 'small') && rng.chance(0.4);
    const founded = young
      ? rng.int(2012, 2021)
      : size === 'large'
        ? rng.int(1905, 2008)
        : size === 'medium'
          ? rng.int(1962, 2012)
          : rng.int(1988, 2013);
    const main = rng.choose(THEME_WEIGHTS);
    const themes: Theme[] = [main];
    if (rng.chance(0.45)) {
      const second = rng.choose(THEME_WEIGHTS);
      if (second !== main) themes.push(second);
    }
    if (main !== 'digitalisation' && rng.chance(0.35)) themes.push('digitalisation');

    let country = 'BE';
    let form = '';
    if (region === 'abroad') {
      const place = rng.weighted(ABROAD, (a) => a.weight);
      country = place.country;
      form = rng.pick(place.forms);
    } else {
      form = legalForm(rng, region, size, founded);
    }
    const name = unique(() => {
      const coined = `${rng.pick(STEMS)}${rng.pick(TAILS)}`;
      const domain = rng.pick(DOMAIN_WORDS[main]);
      if (region === 'abroad') {
        return rng.chance(0.6) ? `${coined} ${form}` : `${coined} ${domain} ${form}`;
      }
      if (size === 'large' && rng.chance(0.35)) {
        // Multinationals usually bid through a Belgian subsidiary.
        return `${coined} Belgium ${form}`;
      }
      if ((size === 'medium' || size === 'large') && region === 'flanders' && rng.chance(0.45)) {
        const surname = rng.pick(FLEMISH_SURNAMES);
        return rng.chance(0.5)
          ? `${rng.pick(FLEMISH_TRADES)} ${surname} ${form}`
          : `${surname} ${domain} ${form}`;
      }
      if (region === 'wallonia' && rng.chance(0.4)) {
        return `${rng.pick(WALLOON_SURNAMES)} ${domain} ${form}`;
      }
      return rng.chance(0.7) ? `${coined} ${form}` : `${coined} ${domain} ${form}`;
    });
    out.push({ name, size, region, country, founded, research: false, themes });
  }
  return out;
}
